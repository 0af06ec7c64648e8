// The RAM that C++ promises before main(): every global with an initial
// value holds it, every other static is zero. Reset_Handler
// (common/runtime/startup.cpp) calls these two first.
#include <cstdint>

#include "runtime/linker_symbols.hpp"
#include "runtime/startup.hpp"

namespace startup {

// excerpt: copy-and-zero
// Word loops: firmware.ld aligns both ends of .data and .bss to 4 bytes.
// They run before anything else, so they must not call memcpy/memset
// either; rules.mk's -fno-tree-loop-distribute-patterns keeps GCC from
// turning them into such calls.
void copy_data() {
    const std::uint32_t* from = &__data_load_start;
    for (std::uint32_t* to = &__data_start; to < &__data_end; ++to, ++from) {
        *to = *from;
    }
}

void zero_bss() {
    for (std::uint32_t* word = &__bss_start; word < &__bss_end; ++word) {
        *word = 0;
    }
}
// end excerpt

}  // namespace startup
