# The GDB command `fault`, for GDB stopped at the first instruction of
# HardFault_Handler (break *HardFault_Handler). It prints the address of
# the instruction that faulted, then a line for each UsageFault status bit
# it knows that is set.
define fault
  # excerpt: frame
  # Before the handler has pushed anything, the stack pointer points at the
  # frame the CPU stacked: r0, r1, r2, r3, r12, lr, pc, xpsr (ARMv7-M ARM
  # B1.5.6). These programs run on the main stack; one on the process stack
  # (bit 2 of EXC_RETURN, in lr, set) would have its frame at psp instead.
  set $frame = (unsigned int *) $sp
  printf "fault: pc 0x%08x\n", $frame[6]
  # end excerpt
  # CFSR, the Configurable Fault Status Register (B3.2.15), at 0xE000ED28:
  # its top half is the UsageFault Status Register.
  set $cfsr = *(unsigned int *) 0xE000ED28
  if $cfsr & (1 << 16)
    printf "fault: UsageFault: undefined instruction\n"
  end
  if $cfsr & (1 << 17)
    printf "fault: UsageFault: invalid state\n"
  end
  if $cfsr & (1 << 25)
    printf "fault: UsageFault: divide by zero\n"
  end
end
document fault
Say where the CPU faulted, and why: at the first instruction of HardFault_Handler.
end
