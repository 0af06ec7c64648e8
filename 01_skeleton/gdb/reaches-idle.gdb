# Run from reset to the idle loop; show where we are and what SP holds.
break skeleton::idle
continue
backtrace
info registers sp pc
