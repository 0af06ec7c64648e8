# Prelude for a real board: OpenOCD's GDB server is on localhost:3333.
# Halt the chip at reset, write the program into flash, halt again.
target extended-remote localhost:3333
monitor reset halt
load
monitor reset halt
