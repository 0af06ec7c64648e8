// The console and its number formatting against a buffer-backed serial
// port: edge cases of decimal and hex, and what happens when the port
// would block.
#include <cstdint>
#include <limits>
#include <string>

#include "catch.hpp"
#include "doubles/buffer_serial.hpp"
#include "drivers/console.hpp"
#include "drivers/format.hpp"

namespace {

std::string decimal(std::int32_t value) {
    format::Buffer text;
    const auto length = format::decimal(value, text);
    REQUIRE(length == std::string(text).size());
    return text;
}

std::string decimal(std::uint32_t value) {
    format::Buffer text;
    format::decimal(value, text);
    return text;
}

std::string hex(std::uint32_t value, unsigned digits) {
    format::Buffer text;
    const auto length = format::hex(value, digits, text);
    REQUIRE(length == std::string(text).size());
    return text;
}

// Whether print_decimal takes a Number, asked the way a program would call it.
template <typename Number>
concept PrintsDecimal = requires(drivers::Console<doubles::BufferSerial>& console, Number number) {
    console.print_decimal(number);
};

}  // namespace

TEST_CASE("decimal: zero, signs and the extremes") {
    CHECK(decimal(std::int32_t{0}) == "0");
    CHECK(decimal(std::int32_t{7}) == "7");
    CHECK(decimal(std::int32_t{-1}) == "-1");
    CHECK(decimal(std::int32_t{-42}) == "-42");
    CHECK(decimal(std::numeric_limits<std::int32_t>::max()) == "2147483647");
    CHECK(decimal(std::numeric_limits<std::int32_t>::min()) == "-2147483648");
    CHECK(decimal(std::uint32_t{0}) == "0");
    CHECK(decimal(std::numeric_limits<std::uint32_t>::max()) == "4294967295");
    CHECK(decimal(std::uint32_t{1000000000}) == "1000000000");
}

TEST_CASE("hex: widths pad with zeros but never truncate") {
    CHECK(hex(0, 1) == "0x0");
    CHECK(hex(0, 8) == "0x00000000");
    CHECK(hex(0xBEEF, 1) == "0xbeef");
    CHECK(hex(0xBEEF, 8) == "0x0000beef");
    CHECK(hex(0xBEEF, 2) == "0xbeef");
    CHECK(hex(0xFFFFFFFF, 1) == "0xffffffff");
    CHECK(hex(0x1, 12) == "0x00000001");  // at most 8 digits
}

TEST_CASE("the console writes exactly the text, through the port") {
    doubles::BufferSerial port;
    drivers::Console console{port};
    console.print("x=");
    console.print_decimal(std::int32_t{-5});
    console.print(" y=");
    console.print_hex(0x2A, 4);
    CHECK(port.sent == "x=-5 y=0x002a");
}

TEST_CASE("print_decimal takes any integer of up to 32 bits, an int literal too") {
    doubles::BufferSerial port;
    drivers::Console console{port};
    console.print_decimal(42);
    console.print(" ");
    console.print_decimal(std::int8_t{-7});
    console.print(" ");
    console.print_decimal(std::uint16_t{65535});
    console.print(" ");
    console.print_decimal(4294967295U);
    CHECK(port.sent == "42 -7 65535 4294967295");
    // Not a 64-bit value (it would not fit), nor a bool.
    STATIC_REQUIRE(PrintsDecimal<std::int16_t>);
    STATIC_REQUIRE_FALSE(PrintsDecimal<std::uint64_t>);
    STATIC_REQUIRE_FALSE(PrintsDecimal<bool>);
}

TEST_CASE("a port that would block is retried until it takes the byte, and nothing is lost") {
    doubles::BufferSerial port;
    port.room = 0;
    int calls = 0;
    // A port that frees one byte of room every third attempt, like a FIFO
    // draining while the CPU waits.
    struct SlowPort {
        doubles::BufferSerial& inner;
        int& calls;
        hal::Status try_write(std::uint8_t byte) {
            if (++calls % 3 == 0) {
                inner.room = 1;
            }
            return inner.try_write(byte);
        }
    } slow{port, calls};
    drivers::Console console{slow};
    console.print("abc");
    CHECK(port.sent == "abc");
    CHECK(port.refused_writes == 6);
}

TEST_CASE("try_read says would_block when nothing was received, and leaves the byte alone") {
    doubles::BufferSerial port;
    std::uint8_t byte = 0x55;
    CHECK(port.try_read(byte) == hal::Status::would_block);
    CHECK(byte == 0x55);
    port.to_receive.push_back('k');
    CHECK(hal::read(port, byte) == hal::Status::ok);
    CHECK(byte == 'k');
}
