#pragma once

#include <concepts>

// A digital output: something that can drive one pin high or low.
//
// Contract: after set_high() the pin is driven high until set_low(), and
// the other way round. Both take effect before they return and cannot fail
// on the chips of this course (a chip whose pins can fail would report it
// through a Status and be a different concept).
namespace hal {

template <typename Pin>
concept OutputPin = requires(Pin& pin) {
    { pin.set_high() } -> std::same_as<void>;
    { pin.set_low() } -> std::same_as<void>;
};

}  // namespace hal
