// Pitfall: a register address as a constexpr pointer. reinterpret_cast is
// never allowed in a constant expression, so the cast has to live in a
// function that runs (and inlines) instead; see common/chips/lm3s6965/peripherals.hpp.
#include <cstdint>

#include "chips/lm3s6965/pl011.hpp"

constexpr auto* uart0_at_compile_time = reinterpret_cast<lm3s6965::Pl011*>(std::uintptr_t{0x4000'C000});
