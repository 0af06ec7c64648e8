// Not an error: |=, &= and ^= on a volatile. C++23 took bitwise compound
// assignment back out of the deprecation (P2327), and GCC 12 applies that to
// C++20 too. The course still writes `reg = reg | bit`: a read and a write,
// in plain sight.
#include <cstdint>

void set_bit_zero(volatile std::uint32_t* reg) {
    *reg |= 1U;
}

void clear_bit_zero(volatile std::uint32_t* reg) {
    *reg &= ~1U;
}

void toggle_bit_zero(volatile std::uint32_t* reg) {
    *reg ^= 1U;
}
