# Prelude for a real board, once GDB is connected to OpenOCD's GDB server
# (common/debug/openocd-debug): halt the chip at reset, write the program
# into flash, halt again.
monitor reset halt
load
monitor reset halt
# Let OpenOCD answer the firmware's semihosting calls (bkpt 0xab), for a
# build that makes them (a build for QEMU, loaded onto the board): without
# it, the core halts at the first one, a breakpoint nobody answers. The
# real-board build that make flash and make debug use makes none (lesson 02).
monitor arm semihosting enable
# Connected: tell the firmware a debugger watches (course.gdb).
tell-firmware
