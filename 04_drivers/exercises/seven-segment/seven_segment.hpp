// EXERCISE NOT DONE: delete this line when you want `make exercises` to check your work.
#pragma once

#include <cstdint>

#include "drivers/shift_register.hpp"
#include "hal/output_pin.hpp"

// One seven-segment digit on a 74HC595: segments a to g and the decimal
// point (dp), as the README's drawing names them. Portable: three output
// pins, any chip's.
namespace drivers {

// The wiring: segment a on the 595's Q0, b on Q1, ..., g on Q6, dp on Q7.
// The display is common anode: its segments share their + side, and a
// segment lights when its output is LOW.
namespace segment {
constexpr std::uint8_t a = 1U << 0, b = 1U << 1, c = 1U << 2, d = 1U << 3, e = 1U << 4, f = 1U << 5,
                       g = 1U << 6;
constexpr std::uint8_t point = 1U << 7;
}  // namespace segment

template <hal::OutputPin Data, hal::OutputPin Clock, hal::OutputPin Latch>
class SevenSegment {
  public:
    SevenSegment(Data& data, Clock& clock, Latch& latch) : shift_register_(data, clock, latch) {}

    // Show a digit, 0 to 9, with the decimal point lit if `point`; a number
    // above 9 shows E (segments a, d, e, f and g): "no such digit". The
    // outputs change once, all together. This first try lights everything.
    void show(unsigned digit, bool point = false) {
        static_cast<void>(digit);
        static_cast<void>(point);
        shift_register_.write(0x00);
    }

  private:
    ShiftRegister<Data, Clock, Latch> shift_register_;
};

}  // namespace drivers
