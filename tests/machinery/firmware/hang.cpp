// Never exits, from its first instruction on: the reset vector points at a
// loop, so wherever the runner finds the CPU when its timeout comes, however
// early or late, it is in that loop. The runner's timeout must catch it,
// and say where it is.
#include "runtime/linker_symbols.hpp"

extern "C" [[noreturn]] void Reset_Handler() {
    while (true) {
    }
}

struct TwoWordVectors {
    const void* initial_stack_pointer;
    void (*reset)();
};

[[gnu::used, gnu::section(".vectors")]] const TwoWordVectors vectors{&__stack_top, Reset_Handler};
