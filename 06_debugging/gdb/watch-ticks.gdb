# Stop whenever the interrupt handler changes `ticks`.
break main
continue
watch ticks
continue
backtrace
continue
