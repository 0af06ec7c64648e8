#pragma once

#include <cstdint>

#include "hal/output_pin.hpp"

// A 74HC595-style serial-in, parallel-out shift register, driven by three
// output pins ("bit-banged"): the chip samples DATA on each rising edge of
// CLOCK (SHCP), and copies its shift stage to its outputs on a rising edge of
// LATCH (STCP) (NXP 74HC595 datasheet, section 7 "Functional description").
namespace drivers {

template <hal::OutputPin Data, hal::OutputPin Clock, hal::OutputPin Latch>
class ShiftRegister {
  public:
    ShiftRegister(Data& data, Clock& clock, Latch& latch) : data_(data), clock_(clock), latch_(latch) {
        clock_.set_low();
        latch_.set_low();
    }

    // Shift out 8 bits, most significant first, then show them on the
    // outputs all at once.
    void write(std::uint8_t value) {
        for (int bit = 7; bit >= 0; --bit) {
            if (((value >> bit) & 1U) != 0) {
                data_.set_high();
            } else {
                data_.set_low();
            }
            clock_.set_high();  // the 595 samples DATA here
            clock_.set_low();
        }
        latch_.set_high();  // outputs change here
        latch_.set_low();
    }

  private:
    Data& data_;
    Clock& clock_;
    Latch& latch_;
};

}  // namespace drivers
