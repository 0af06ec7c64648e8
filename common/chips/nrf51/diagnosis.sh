# What to look at, in the order to look, when a program on the nRF51 prints
# nothing on UART0 or waits for an interrupt that never comes. Read by
# common/check/lib.sh (diagnose_run), which adds what QEMU saw.

# UART0 (nRF51 Reference Manual v3.0, "Instantiation" table), and its
# transmit register TXD (chapter "UART", register overview).
UART0_BASE=0x40002000
UART0_DATA_OFFSET=0x51c
UART_SILENCE_CAUSES=(
  "its clock: nothing to switch on; the nRF51 has no clock gate per peripheral (Reference Manual, chapter Clock management)"
  "its enable, pin and start: ENABLE = 4, PSELTXD = the TX pin, then TASKS_STARTTX = 1 before the first byte goes to TXD (Reference Manual, chapter UART)"
  "its base address: UART0 is at 0x40002000 (Reference Manual, Instantiation table)"
)
# The peripheral's own switch for its interrupt (the first cause to look at).
PERIPHERAL_INTERRUPT_ENABLE="the peripheral's own interrupt enable: for UART0, INTENSET (receive: RXDRDY, bit 2; Reference Manual, chapter UART)"
