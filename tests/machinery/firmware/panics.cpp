// Parks in panic(): to the runner it looks like a hang, and must say so.
// The reset vector is panic() itself (the reason: whatever r0 holds at
// reset), so the CPU is in panic() from its first instruction on, but for
// the empty report_panic() it calls first (this build has no report of its
// own): wherever the runner finds it when its timeout comes, it is there.
#include "runtime/linker_symbols.hpp"
#include "runtime/panic.hpp"

struct TwoWordVectors {
    const void* initial_stack_pointer;
    void (*reset)(const char* reason);
};

[[gnu::used, gnu::section(".vectors")]] const TwoWordVectors vectors{&__stack_top, panic};
