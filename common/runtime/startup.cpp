// What must happen between reset and main() in C++. The CPU sets SP and PC
// and nothing else: globals with initial values still hold whatever RAM
// held, zero-initialised globals are not zero, static constructors have not
// run. A hosted program's crt0 does this for you; here it is ours. The RAM
// steps, copy_data() and zero_bss(), are in common/runtime/ram_init.cpp.
#include "runtime/startup.hpp"

#include <cstdint>

#include "runtime/host.hpp"
#include "runtime/linker_symbols.hpp"
#include "runtime/panic.hpp"
#include "runtime/vectors.hpp"

int main();

namespace startup {

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
    // The course's programs end by reporting to the host: main()'s value is
    // the exit status (QEMU exits with it; a real board parks).
    host::exit(status);
}
// end excerpt
