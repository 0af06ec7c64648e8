#pragma once

#include <cstdint>

#include "hal/input_pin.hpp"

// A button, recorded: QEMU has none to press, so the program plays back
// what a real one's contacts do, one sample per tick: 1 pressed, 0
// released. A mechanical contact bounces for a while when it closes and
// when it opens; a spike on the line can look like a press for one
// sample; a tap can be too short to count. All of that is in here.
namespace recording {

constexpr char samples[] =
    "0000000"            // released
    "1011011111111111"   // pressed, bouncing as it closes
    "0101"               // released, bouncing as it opens
    "0000000000"         // released
    "1"                  // a spike: one sample
    "0000000000"         // released
    "11010111111111111"  // pressed again, bouncing
    "0"                  // released
    "00000000"           //   and staying so
    "111"                // a tap too short to believe: three samples
    "00000000"           // released
    "1111"               // a short press: four samples
    "000000000";         // released

// The recording as an input pin (hal::InputPin): is_high() is the sample
// at the current position, next() moves on to the following one.
class RecordedButton {
  public:
    bool is_high() const { return samples[position_] == '1'; }
    void next() { position_ = position_ + 1; }
    std::uint32_t position() const { return position_; }
    bool finished() const { return position_ + 1 >= sizeof(samples); }

  private:
    std::uint32_t position_ = 0;
};
static_assert(hal::InputPin<RecordedButton>);

}  // namespace recording
