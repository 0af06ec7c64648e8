// The stack high-water mark (stack_watermark.hpp says what each function
// must do): paint every word between the bottom of the stack and the stack
// pointer, and later find the lowest word that no longer holds the paint.
#include "stack_watermark.hpp"

#include "runtime/linker_symbols.hpp"
#include "runtime/startup.hpp"

namespace stack_watermark {

namespace {

// Any value the program is unlikely to write; not the guard's.
constexpr std::uint32_t paint = 0xC0DE'57AC;
static_assert(paint != startup::stack_guard_pattern, "the guard word must stay the guard's");

// excerpt: paint
// The lowest word, __stack_bottom, holds startup's guard (lesson 02):
// paint from the word above it.
std::uint32_t* lowest_paintable() {
    return &__stack_bottom + 1;
}

}  // namespace

void paint_stack() {
    // Below the stack pointer nothing is in use (no interrupts run here);
    // everything above it is, this function's own frame included.
    std::uint32_t* stack_pointer;
    asm volatile("mov %0, sp" : "=r"(stack_pointer));
    for (std::uint32_t* word = lowest_paintable(); word < stack_pointer; ++word) {
        *word = paint;
    }
}
// end excerpt

std::uint32_t bytes_used() {
    // __stack_top is an address, not a variable (linker_symbols.hpp): only
    // compared with, never read.
    const auto top = reinterpret_cast<std::uintptr_t>(&__stack_top);
    const std::uint32_t* word = lowest_paintable();
    while (reinterpret_cast<std::uintptr_t>(word) < top && *word == paint) {
        ++word;
    }
    return top - reinterpret_cast<std::uintptr_t>(word);
}

}  // namespace stack_watermark
