# Prelude for a real board, once GDB is connected to OpenOCD's GDB server
# (common/debug/openocd-debug): halt the chip at reset, write the program
# into flash, halt again.
monitor reset halt
load
monitor reset halt
