# The checklist's first step, "continue, Ctrl-C, backtrace", in QEMU. A
# batch session cannot press Ctrl-C: it stops where panic() begins, lets the
# CPU run 100 more instructions (the rest of the report, and panic()'s own
# loop), and asks there, where Ctrl-C would have found it.
break panic
continue
delete
stepi 100
backtrace
