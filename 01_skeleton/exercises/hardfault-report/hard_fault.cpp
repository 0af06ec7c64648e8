// EXERCISE NOT DONE: delete this line when you want `make exercises` to check your work.
// The HardFault handler. Its entry hands report_hard_fault() the frame the
// CPU stacked; report_hard_fault() ends in panic(), whose reason GDB shows.
// Lesson 01's says only "HardFault": make it say where.
#include "exception_frame.hpp"
#include "runtime/panic.hpp"

extern "C" [[noreturn]] void report_hard_fault(const ExceptionFrame& frame) {
    (void)frame;
    panic("HardFault");
}

// The entry, as the vector table calls it. Naked: no compiler-written
// prologue may push anything first, so r0 = the main stack pointer is the
// address of the frame the CPU stacked (lesson 01's programs use the main
// stack only), and report_hard_fault() takes it as its argument.
extern "C" [[gnu::naked]] void HardFault_Handler() {
    asm volatile(
        "mrs r0, msp\n"
        "b report_hard_fault\n");
}
