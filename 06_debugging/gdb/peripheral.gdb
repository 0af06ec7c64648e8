# Read a peripheral's registers through the course's own types: SysTick,
# the LM3S6965's periodic tick, while its interrupt is being handled.
break Tick_Handler
continue
print/x ((cortex_m::SysTick *) 0xE000E010)->rvr
print/x ((cortex_m::SysTick *) 0xE000E010)->rvr.storage_ + 1
