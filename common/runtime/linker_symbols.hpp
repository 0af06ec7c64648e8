#pragma once

#include <cstdint>

// Symbols the linker script defines. They are addresses, not variables:
// only take their address (&__stack_top), never read their "value".
extern "C" {

// One past the last byte of the stack, which is the end of RAM: the
// initial stack pointer. The stack grows down from here.
extern const char __stack_top;
// The lowest word of the stack (lesson 02 on): the stack-overflow guard.
extern std::uint32_t __stack_bottom;

// From common/runtime/firmware.ld (lesson 02 on): where .data lives in RAM,
// where its initial values are in flash, where .bss is, and the
// constructors to run.
extern std::uint32_t __data_start;
extern std::uint32_t __data_end;
extern const std::uint32_t __data_load_start;
extern std::uint32_t __bss_start;
extern std::uint32_t __bss_end;
extern void (*const __init_array_start)();
extern void (*const __init_array_end)();

}  // extern "C"
