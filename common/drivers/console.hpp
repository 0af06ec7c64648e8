#pragma once

#include <cstdint>

#include "drivers/format.hpp"
#include "hal/serial.hpp"

// Text and numbers on any serial port that satisfies hal::SerialWriter. It
// knows nothing of UARTs or chips: that is the port's business.
namespace drivers {

template <hal::SerialWriter Port>
class Console {
  public:
    explicit Console(Port& port) : port_(port) {}

    void print(const char* text) {
        for (; *text != '\0'; ++text) {
            hal::write(port_, static_cast<std::uint8_t>(*text));
        }
    }

    void print_decimal(std::int32_t value) {
        format::Buffer text;
        format::decimal(value, text);
        print(text);
    }

    void print_decimal(std::uint32_t value) {
        format::Buffer text;
        format::decimal(value, text);
        print(text);
    }

    void print_hex(std::uint32_t value, unsigned min_digits = 1) {
        format::Buffer text;
        format::hex(value, min_digits, text);
        print(text);
    }

  private:
    Port& port_;
};

}  // namespace drivers
