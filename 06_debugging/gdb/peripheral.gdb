# Read a peripheral's registers through the course's own types: SysTick,
# while its interrupt is being handled.
break SysTick_Handler
continue
print/x ((cortex_m::SysTick *) 0xE000E010)->rvr
print/x ((cortex_m::SysTick *) 0xE000E010)->rvr.storage_ + 1
