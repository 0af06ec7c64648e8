# The real EK-LM3S6965 board: its on-board FTDI debugger speaks JTAG to OpenOCD.
BOARD_DESCRIPTION := EK-LM3S6965 evaluation board (real hardware, on-board FTDI JTAG)
CHIP := lm3s6965
QEMU_MACHINE :=
# OpenOCD's own board file: FTDI interface + stellaris target, nothing of ours.
OPENOCD_CONFIG := -f board/ek-lm3s6965.cfg
