# The real EK-LM3S6965 board: its on-board FTDI debugger speaks JTAG to OpenOCD.
BOARD_DESCRIPTION := EK-LM3S6965 evaluation board (real hardware, on-board FTDI JTAG)
CHIP := lm3s6965
QEMU_MACHINE :=
# QEMU's model of it, where the checks run its build without semihosting.
QEMU_TWIN := lm3s6965evb
# OpenOCD's own board file: FTDI interface + stellaris target, nothing of ours.
OPENOCD_CONFIG := -f board/ek-lm3s6965.cfg
# Its UART0 reaches the PC through the same FTDI chip (its second channel):
# make monitor opens it. The first USB serial port is usually the JTAG
# channel; 'ls /dev/serial/by-id/' shows which is which.
SERIAL_PORT ?= /dev/ttyUSB1
SERIAL_BAUD := 115200
