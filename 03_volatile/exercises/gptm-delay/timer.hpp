#pragma once

#include <cstdint>

// Timer0 of the LM3S6965 as a delay, which you write in timer.cpp with the
// registers of your gptm.hpp.
namespace timer0 {

// Open Timer0's clock gate, settled, before anything touches it. Called
// once, after the system clock runs from the PLL (12.5 MHz).
void start();

// Return no sooner than `cycles` cycles of the system clock after the call
// (1 to 2^32 - 1), counted by Timer0 as a 32-bit one-shot timer, and ready
// to be called again at once.
void wait_cycles(std::uint32_t cycles);

}  // namespace timer0
