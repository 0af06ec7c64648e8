// read_byte() on the host: a UART's register block in RAM, holding what the
// hardware would have put there (doubles::set_by_hardware), handed to the
// very function the firmware calls (make exercises compiles receive.cpp for
// this PC too).
#include <cstdint>
#include <string>

#include "catch.hpp"
#include "doubles/recording_bus.hpp"
#include "receive.hpp"

namespace {

// UARTFR with a byte waiting: TXFE set (nothing to send), RXFE clear.
constexpr std::uint32_t byte_waiting = 1U << 7;
// UARTDR's error flags (datasheet 12.5, register 1).
constexpr std::uint32_t framing_error = 1U << 8, parity_error = 1U << 9, break_error = 1U << 10,
                        overrun_error = 1U << 11;

// What read_byte() says of a UART whose UARTDR holds `data`, and the byte.
struct Read {
    receive::Result result;
    std::uint32_t byte;
};
Read read_from(std::uint32_t data) {
    lm3s6965::Pl011 uart{};
    doubles::set_by_hardware(uart.fr, byte_waiting);
    doubles::set_by_hardware(uart.dr, data);
    std::uint8_t byte = 0;
    const receive::Result result = receive::read_byte(uart, byte);
    return {result, byte};
}

}  // namespace

// Catch2 (2 and 3 alike) shows a Result in a failed check by its name.
template <>
struct Catch::StringMaker<receive::Result> {
    static std::string convert(receive::Result result) {
        return result == receive::Result::ok ? "Result::ok" : "Result::error";
    }
};

TEST_CASE("a byte waiting in the UART is taken: Result::ok and the byte") {
    const Read read = read_from('A');
    CHECK(read.result == receive::Result::ok);
    CHECK(read.byte == 'A');
}

TEST_CASE("every byte value comes through unchanged: 0x00, 0x7f, 0x80, 0xff") {
    for (std::uint32_t value : {0x00U, 0x7FU, 0x80U, 0xFFU}) {
        const Read read = read_from(value);
        CHECK(read.result == receive::Result::ok);
        CHECK(read.byte == value);
    }
}

TEST_CASE("a byte with a framing error is refused: Result::error") {
    CHECK(read_from(framing_error | 'A').result == receive::Result::error);
}

TEST_CASE("so is one with a parity, a break or an overrun error") {
    CHECK(read_from(parity_error | 'A').result == receive::Result::error);
    CHECK(read_from(break_error | 0x00).result == receive::Result::error);
    CHECK(read_from(overrun_error | 'A').result == receive::Result::error);
}
