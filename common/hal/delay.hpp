#pragma once

#include <concepts>
#include <cstdint>

// Busy waiting for a while.
//
// Contract: delay_us(n) returns no sooner than n microseconds after it was
// called (it may take longer: interrupts, a slow clock estimate).
namespace hal {

template <typename Timer>
concept Delay = requires(Timer& timer, std::uint32_t microseconds) {
    { timer.delay_us(microseconds) } -> std::same_as<void>;
};

}  // namespace hal
