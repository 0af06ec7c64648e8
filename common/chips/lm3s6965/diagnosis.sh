# What to look at, in the order to look, when a program on the LM3S6965
# prints nothing on UART0 or waits for an interrupt that never comes. Read
# by common/check/lib.sh (diagnose_run), which adds what QEMU saw.

# UART0 (datasheet table 2-4), and its data register UARTDR (table 12-3).
UART0_BASE=0x4000C000
UART0_DATA_OFFSET=0x000
UART_SILENCE_CAUSES=(
  "its clock: RCGC1 bit 0 set before any UART0 register is touched (datasheet chapter 6, RCGC1)"
  "its enable bits: UARTCTL's UARTEN (bit 0) and TXE (bit 8) (datasheet chapter 12, UARTCTL)"
  "its base address: UART0 is at 0x4000C000 (datasheet table 2-4)"
)
# The peripheral's own switch for its interrupt (the first cause to look at).
PERIPHERAL_INTERRUPT_ENABLE="the peripheral's own interrupt mask: for UART0, UARTIM (receive: RXIM, bit 4; datasheet chapter 12)"
