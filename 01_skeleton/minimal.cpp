// The smallest image that boots: two words of vector table and one
// instruction. Built by `make VARIANT=minimal` to measure the floor.
#include "runtime/linker_symbols.hpp"

extern "C" [[noreturn]] void Reset_Handler() {
    while (true) {
    }
}

struct MinimalVectors {
    const void* initial_stack_pointer;
    void (*reset)();
};

#if defined(VARIANT_MINIMAL_UNUSED)
// Pitfall (make VARIANT=minimal-unused): the same table without
// [[gnu::used]]. Nothing in the program refers to it, so the compiler
// drops it, and the image has no vector table at all.
[[gnu::section(".vectors")]] const MinimalVectors minimal_vectors{&__stack_top, Reset_Handler};
#else
[[gnu::used, gnu::section(".vectors")]] const MinimalVectors minimal_vectors{&__stack_top, Reset_Handler};
#endif
