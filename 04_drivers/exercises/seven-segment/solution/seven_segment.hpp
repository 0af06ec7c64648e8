#pragma once

#include <cstdint>
#include <iterator>

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
    // outputs change once, all together.
    // excerpt: show
    void show(unsigned digit, bool point = false) {
        std::uint8_t lit = digit < std::size(digits) ? digits[digit] : letter_e;
        if (point) {
            lit = lit | segment::point;
        }
        // Common anode: a lit segment is an output driven low.
        shift_register_.write(static_cast<std::uint8_t>(~lit));
    }
    // end excerpt

  private:
    // excerpt: font
    // The segments each digit lights, the way most displays draw them.
    static constexpr std::uint8_t digits[] = {
        segment::a | segment::b | segment::c | segment::d | segment::e | segment::f,               // 0
        segment::b | segment::c,                                                                   // 1
        segment::a | segment::b | segment::d | segment::e | segment::g,                            // 2
        segment::a | segment::b | segment::c | segment::d | segment::g,                            // 3
        segment::b | segment::c | segment::f | segment::g,                                         // 4
        segment::a | segment::c | segment::d | segment::f | segment::g,                            // 5
        segment::a | segment::c | segment::d | segment::e | segment::f | segment::g,               // 6
        segment::a | segment::b | segment::c,                                                      // 7
        segment::a | segment::b | segment::c | segment::d | segment::e | segment::f | segment::g,  // 8
        segment::a | segment::b | segment::c | segment::d | segment::f | segment::g,               // 9
    };
    static constexpr std::uint8_t letter_e = segment::a | segment::d | segment::e | segment::f | segment::g;
    // end excerpt
    ShiftRegister<Data, Clock, Latch> shift_register_;
};

}  // namespace drivers
