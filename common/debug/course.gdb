# The course's GDB settings, the same for QEMU and for a real board over
# OpenOCD; only how GDB connects differs (qemu-debug: target remote;
# openocd-debug: target extended-remote, then openocd.gdb).
set confirm off
set pagination off
set print pretty on
set print asm-demangle on
# Show the next instruction each time the program stops.
display/i $pc
