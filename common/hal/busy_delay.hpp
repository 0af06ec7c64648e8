#pragma once

#include <cstdint>

#include "hal/delay.hpp"

// A hal::Delay by counting loop turns: no timer needed, accuracy only as
// good as the estimate of turns per microsecond, which each chip gives
// (common/chips/<chip>/hal.hpp) from its clock and the loop's cycles.
namespace hal {

template <std::uint32_t turns_per_microsecond>
class BusyDelay {
  public:
    void delay_us(std::uint32_t microseconds) {
        for (std::uint32_t turn = 0; turn < microseconds * turns_per_microsecond; ++turn) {
            asm volatile("" ::: "memory");  // keeps the loop: it is the point
        }
    }
};

}  // namespace hal
