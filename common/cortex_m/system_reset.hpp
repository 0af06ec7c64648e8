#pragma once

// Ask the core for a system reset (a "warm" reset: RAM keeps its contents;
// the CPU, the peripherals and the program start over from the vector table).
namespace cortex_m {

[[noreturn]] void request_system_reset();

}  // namespace cortex_m
