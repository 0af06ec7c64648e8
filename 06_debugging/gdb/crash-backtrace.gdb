# After a fault: the crash report has run, panic() holds the CPU. Who called whom?
break panic
continue
backtrace
print/x $xpsr & 0x1ff
