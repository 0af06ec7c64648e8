#pragma once

#include <cstdint>

// The button, debounced, which you write in button.cpp.
namespace button {

// How long a level must last to be believed: read the same on this many
// samples in a row, the one that confirms it included.
constexpr unsigned stable_samples = 4;

// In the tick's handler, once per tick: the button's level now (true:
// pressed) and the sample's number. A press is the believed level going
// from released to pressed; it is handed to main with the number of the
// sample that made it certain.
void sample(bool pressed, std::uint32_t when);

// In main: the next press the handler handed over, oldest first, if any.
bool next_press(std::uint32_t& when);

}  // namespace button
