# On a real Cortex-M3: six breakpoints in flash, and a seventh. The FPB has
# six comparators for code (ARMv7-M C1.11): the seventh cannot be inserted.
delete
break main
break SysTick_Handler
break faults_demo::run_selected_fault
break panic
break Reset_Handler
break startup::zero_bss
break startup::copy_data
continue
