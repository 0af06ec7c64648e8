// A fault with no fault handler: the vector table has only SP and reset, so
// the HardFault vector is whatever bytes follow. The CPU locks up.
#include "runtime/linker_symbols.hpp"

extern "C" [[noreturn]] void Reset_Handler() {
    asm volatile("udf #0");  // permanently undefined instruction: UsageFault, escalated
    while (true) {
    }
}

struct TwoWordVectors {
    const void* initial_stack_pointer;
    void (*reset)();
};

[[gnu::used, gnu::section(".vectors")]] const TwoWordVectors vectors{&__stack_top, Reset_Handler};
