# Reset_Handler returns to 0xFFFFFFFF. Where does the CPU go?
break HardFault_Handler
continue
print $xpsr & 0x1ff
print/x $lr
print/x ((unsigned int *) $sp)[6]
backtrace
