#pragma once

#include <cstdint>

#include "drivers/shift_register.hpp"
#include "hal/output_pin.hpp"

// A bar of eight LEDs on a 74HC595's outputs, Q0 at the bottom, Q7 at the
// top: a level meter. Portable: three output pins, any chip's.
namespace drivers {

template <hal::OutputPin Data, hal::OutputPin Clock, hal::OutputPin Latch>
class LedBar {
  public:
    LedBar(Data& data, Clock& clock, Latch& latch) : shift_register_(data, clock, latch) {}

    // Light the lowest `level` LEDs, from Q0 up, and no other: 0 lights
    // none, 8 or more all eight. The outputs change once, all together.
    // excerpt: show
    void show(unsigned level) {
        const unsigned lit = level < leds ? level : leds;
        // The lowest `lit` bits set; in 32 bits, where 1 << 8 still fits.
        shift_register_.write(static_cast<std::uint8_t>((1U << lit) - 1U));
    }
    // end excerpt

  private:
    static constexpr unsigned leds = 8;
    ShiftRegister<Data, Clock, Latch> shift_register_;
};

}  // namespace drivers
