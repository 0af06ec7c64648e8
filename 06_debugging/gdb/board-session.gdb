# The session lessons/06-debugging.md shows on the emulated EK-LM3S6965:
# break at main, where are we, step into a call and back out, then let a
# watchpoint catch the interrupt handler.
break main
continue
backtrace
step
backtrace
finish
watch ticks
continue
backtrace
