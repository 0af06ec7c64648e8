// EXERCISE NOT DONE: delete this line when you want `make exercises` to check your work.
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
    void start() {}

    // Send one byte; return once it has gone. This first try sends nothing.
    hal::Status try_write(std::uint8_t byte) {
        static_cast<void>(byte);
        return hal::Status::ok;
    }

  private:
    [[maybe_unused]] Line& line_;
    [[maybe_unused]] Timer& timer_;
};

}  // namespace drivers
