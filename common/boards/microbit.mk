# BBC micro:bit v1 (nRF51822, Cortex-M0). QEMU emulates it; the real board's
# interface chip speaks CMSIS-DAP over USB.
BOARD_DESCRIPTION := BBC micro:bit v1 (Nordic nRF51822, Cortex-M0): QEMU microbit, or the real board over CMSIS-DAP
CHIP := nrf51
QEMU_MACHINE := microbit
OPENOCD_CONFIG := -f interface/cmsis-dap.cfg -f target/nrf51.cfg
# The interface chip also passes the nRF51's UART to the PC (make monitor).
SERIAL_PORT ?= /dev/ttyACM0
SERIAL_BAUD := 115200
