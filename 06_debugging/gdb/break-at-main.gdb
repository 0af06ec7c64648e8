# Run to main(), and see where we are.
break main
continue
backtrace
info registers sp pc
