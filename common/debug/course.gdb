# The course's GDB settings, the same for QEMU and for a real board over
# OpenOCD; only how GDB connects differs (qemu-debug: target remote;
# openocd-debug: target extended-remote, then openocd.gdb).
set confirm off
set pagination off
set print pretty on
set print asm-demangle on
# Show the next instruction each time the program stops.
display/i $pc

# Tell the firmware that a debugger is watching, once connected: it writes
# the mark that common/runtime/host_semihosting.cpp looks for, and a panic
# then parks in panic() for you to look at instead of ending the session.
# A program without that variable (lesson 01, a real-board build) is left
# as it is. qemu-debug and openocd.gdb run it after connecting.
define tell-firmware
  python
try:
    gdb.execute("set var debugger_watching = 0x64626721", to_string=True)
except gdb.error:
    pass
  end
end
