# Run by 'make debug' while its GDB is attached to QEMU: every socket that
# listens on this machine, for the check to find QEMU's among them.
shell cat /proc/net/tcp /proc/net/tcp6 2>/dev/null
# Which of them is QEMU's: the port GDB is connected to.
info connections
