#pragma once

#include <concepts>

// A digital input: something whose level can be read.
//
// Contract: is_high() samples the pin now; two calls may disagree if the
// level changed in between. It has no side effects on the pin.
namespace hal {

template <typename Pin>
concept InputPin = requires(const Pin& pin) {
    { pin.is_high() } -> std::same_as<bool>;
};

}  // namespace hal
