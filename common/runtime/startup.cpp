// What must happen between reset and main() in C++. The CPU sets SP and PC
// and nothing else: globals with initial values still hold whatever RAM
// held, zero-initialised globals are not zero, static constructors have not
// run. A hosted program's crt0 does this for you; here it is ours.
#include "runtime/startup.hpp"

#include <cstdint>

#include "runtime/linker_symbols.hpp"
#include "runtime/panic.hpp"
#include "runtime/semihosting.hpp"
#include "runtime/vectors.hpp"

int main();

namespace startup {

// excerpt: copy-and-zero
// Word loops: firmware.ld aligns both ends of .data and .bss to 4 bytes.
// They run before anything else, so they must not call memcpy/memset
// either; rules.mk's -fno-tree-loop-distribute-patterns keeps GCC from
// turning them into such calls.
void copy_data() {
#if !defined(VARIANT_SKIP_DATA_COPY)
    const std::uint32_t* from = &__data_load_start;
    for (std::uint32_t* to = &__data_start; to < &__data_end; ++to, ++from) {
        *to = *from;
    }
#endif
}

void zero_bss() {
#if !defined(VARIANT_SKIP_BSS_ZERO)
    for (std::uint32_t* word = &__bss_start; word < &__bss_end; ++word) {
        *word = 0;
    }
#endif
}
// end excerpt

// excerpt: constructors
// The compiler puts a pointer to each translation unit's "run my static
// constructors" function into .init_array; firmware.ld gathers them.
void run_constructors() {
    for (auto* constructor = &__init_array_start; constructor < &__init_array_end; ++constructor) {
        (*constructor)();
    }
}
// end excerpt

// excerpt: stack-guard
void paint_stack_guard() {
    __stack_bottom = stack_guard_pattern;
}

bool stack_overflowed() {
    return __stack_bottom != stack_guard_pattern;
}
// end excerpt

}  // namespace startup

// excerpt: reset-handler
extern "C" [[noreturn]] void Reset_Handler() {
    startup::paint_stack_guard();
    startup::copy_data();
    startup::zero_bss();
    startup::run_constructors();
    const int status = main();
    if (startup::stack_overflowed()) {
        panic("stack overflow: the guard word at the bottom of the stack was overwritten");
    }
    // The course's programs end by reporting to the host (QEMU, or a
    // debugger) through semihosting: main()'s value is the exit status.
    semihosting::exit(status);
}
// end excerpt
