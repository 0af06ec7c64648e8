#pragma once

#include <concepts>
#include <cstdint>
#include <type_traits>

#include "drivers/format.hpp"
#include "hal/serial.hpp"

// Text and numbers on any serial port that satisfies hal::SerialWriter. It
// knows nothing of UARTs or chips: that is the port's business.
namespace drivers {

// An integer that fits in 32 bits (a bool is not a number to print).
template <typename Number>
concept Integer32 = std::integral<Number> && !std::same_as<Number, bool> && sizeof(Number) <= 4;

template <hal::SerialWriter Port>
class Console {
  public:
    explicit Console(Port& port) : port_(port) {}

    void print(const char* text) {
        for (; *text != '\0'; ++text) {
            hal::write(port_, static_cast<std::uint8_t>(*text));
        }
    }

    // Any integer of up to 32 bits, signed or not: print_decimal(42) too.
    // One template, not an overload for std::int32_t and one for
    // std::uint32_t: on arm-none-eabi std::int32_t is long, not int, and an
    // int would convert to either equally well (an ambiguous call).
    template <Integer32 Number>
    void print_decimal(Number value) {
        format::Buffer text;
        if constexpr (std::is_signed_v<Number>) {
            format::decimal(static_cast<std::int32_t>(value), text);
        } else {
            format::decimal(static_cast<std::uint32_t>(value), text);
        }
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
