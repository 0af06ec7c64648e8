// The button (button.hpp), debounced: a new level is believed once it has
// been read on stable_samples samples in a row, so a bounce, a spike or a
// tap shorter than that changes nothing. The handler does the debouncing,
// on its own state; main gets each press through lesson 05's ring buffer,
// which the handler alone pushes to and main alone pops from.
#include "button.hpp"

#include "concurrency/ring_buffer.hpp"

namespace button {

namespace {
// The handler's alone: main never touches them.
bool believed_pressed = false;
bool last_level = false;
unsigned same_in_a_row = 0;
// Presses, from the handler to main. Full, it refuses and counts
// (dropped()): never silently; 16 presses waiting for main is plenty.
concurrency::RingBuffer<std::uint32_t, 16> presses;
}  // namespace

// excerpt: sample
void sample(bool pressed, std::uint32_t when) {
    if (pressed != last_level) {
        same_in_a_row = 1;
    } else if (same_in_a_row < stable_samples) {
        same_in_a_row = same_in_a_row + 1;
    }
    last_level = pressed;
    if (same_in_a_row == stable_samples && pressed != believed_pressed) {
        believed_pressed = pressed;
        if (pressed) {
            presses.push(when);
        }
    }
}
// end excerpt

bool next_press(std::uint32_t& when) {
    return presses.pop(when);
}

}  // namespace button
