#pragma once

#include <cstdint>

// The steps of Reset_Handler (common/runtime/startup.cpp; the RAM steps in
// ram_init.cpp), callable on their own so a lesson can show or test each one.
namespace startup {

// Give initialised globals their values: copy .data from flash to RAM.
void copy_data();
// Zero-initialised globals: fill .bss with zeros.
void zero_bss();
// C++ static constructors, in .init_array order.
void run_constructors();

// The lowest word of the stack holds this until the stack grows into it.
constexpr std::uint32_t stack_guard_pattern = 0x57AC'6A2D;
void paint_stack_guard();
// True once the stack has reached its lowest word: it may have overflowed.
bool stack_overflowed();

}  // namespace startup
