# After a fault: the crash report has run, panic() holds the CPU. Who called whom?
break panic
continue
backtrace
# The exception number: xPSR's low 9 bits. QEMU's GDB stub names the
# register xpsr, OpenOCD's xPSR: this reads whichever the target has.
print/x ($_isvoid($xpsr) ? $xPSR : $xpsr) & 0x1ff
