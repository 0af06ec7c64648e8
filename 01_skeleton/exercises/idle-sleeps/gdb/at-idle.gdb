# Run from reset into the idle loop; show the instruction the CPU is at.
set print asm-demangle on
break idle::forever
continue
x/i $pc
