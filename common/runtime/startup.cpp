// What must happen between reset and main() in C++: give initialised
// globals their values, zero the rest, run static constructors. The CPU
// does none of this; a hosted program's crt0 does it for you.
#include <cstdint>

#include "runtime/linker_symbols.hpp"
#include "runtime/semihosting.hpp"
#include "runtime/vectors.hpp"

int main();

namespace {

using Constructor = void (*)();

// Plain word loops. GCC would turn a byte loop like these into calls to
// memcpy/memset, which do not exist under -nostdlib; the attribute stops it.
[[gnu::optimize("no-tree-loop-distribute-patterns")]] void copy_data() {
    const std::uint32_t* from = &__data_load_start;
    for (std::uint32_t* to = &__data_start; to < &__data_end; ++to, ++from) {
        *to = *from;
    }
}

[[gnu::optimize("no-tree-loop-distribute-patterns")]] void zero_bss() {
    for (std::uint32_t* word = &__bss_start; word < &__bss_end; ++word) {
        *word = 0;
    }
}

void run_constructors() {
    for (const Constructor* constructor = &__init_array_start; constructor < &__init_array_end; ++constructor) {
        (*constructor)();
    }
}

}  // namespace

extern "C" [[noreturn]] void Reset_Handler() {
    copy_data();
    zero_bss();
    run_constructors();
    // The course's programs end by reporting to the host (QEMU or a
    // debugger) through semihosting: main()'s value is the exit code.
    semihosting::exit(main());
}
