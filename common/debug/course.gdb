# The course's GDB settings, the same for QEMU and for a real board over
# OpenOCD; only the connect-and-reset prelude differs (qemu.gdb, openocd.gdb).
set confirm off
set pagination off
set print pretty on
set print asm-demangle on
# Show the next instruction each time the program stops.
display/i $pc
