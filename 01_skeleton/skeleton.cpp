#include "skeleton.hpp"

#include <cassert>
#include <cstdint>

#include "runtime/linker_symbols.hpp"
#include "runtime/panic.hpp"

namespace skeleton {

// The stack must lie in RAM, where the linker script said; if it does not,
// nothing else can be trusted. A real program would start its clocks here.
void start_hardware() {
    const auto frame = reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
    const auto stack_top = reinterpret_cast<std::uintptr_t>(&__stack_top);
    assert(frame < stack_top && frame >= stack_top - 1024);
#if defined(VARIANT_PANIC)
    panic("demo: the clock never became ready");
#endif
}

void idle() {
    while (true) {
    }
}

}  // namespace skeleton
