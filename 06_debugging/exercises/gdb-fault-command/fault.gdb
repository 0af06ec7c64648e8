# EXERCISE NOT DONE: delete this line when you want `make exercises` to check your work.
# The GDB command `fault`, for GDB stopped at the first instruction of
# HardFault_Handler (break *HardFault_Handler). The README says what it
# must print.
define fault
  printf "fault: not written yet\n"
end
document fault
Say where the CPU faulted, and why: at the first instruction of HardFault_Handler.
end
