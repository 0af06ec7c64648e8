#pragma once

#include <cstdint>

#include "hal/delay.hpp"
#include "hal/output_pin.hpp"
#include "hal/status.hpp"

// A serial transmitter made of one output pin and a delay: a UART's
// sending half done by software ("bit-banged"), 8N1 at 9600 baud.
// Portable: any chip's hal::OutputPin and hal::Delay. It is a
// hal::SerialWriter, so drivers::Console prints through it as through a
// UART. The README says what the line must do.
namespace drivers {

template <hal::OutputPin Line, hal::Delay Timer>
class SoftSerial {
  public:
    static constexpr std::uint32_t baud = 9600;

    SoftSerial(Line& line, Timer& timer) : line_(line), timer_(timer) {}

    // Put the line in its idle state, ready for the first byte.
    void start() { line_.set_high(); }

    // excerpt: frame
    // Send one byte; return once it has gone: a start bit (low), the eight
    // data bits least significant first (high for a 1), a stop bit (high),
    // each one bit time long. A transmitter that never refuses: it waits
    // out the whole frame instead.
    hal::Status try_write(std::uint8_t byte) {
        send_bit(false);
        for (unsigned bit = 0; bit < 8; ++bit) {
            send_bit(((byte >> bit) & 1U) != 0);
        }
        send_bit(true);
        return hal::Status::ok;
    }
    // end excerpt

  private:
    // 1 s / 9600 = 104.17 us; 104 is 0.16 % short, well within what a
    // receiver copes with (it samples each bit in its middle).
    static constexpr std::uint32_t bit_time_us = 1'000'000 / baud;

    void send_bit(bool one) {
        if (one) {
            line_.set_high();
        } else {
            line_.set_low();
        }
        timer_.delay_us(bit_time_us);
    }

    Line& line_;
    Timer& timer_;
};

}  // namespace drivers
