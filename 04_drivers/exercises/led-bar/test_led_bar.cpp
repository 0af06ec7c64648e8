// The LED bar on the host, driving a 74HC595 double (doubles/hc595.hpp):
// what its outputs show after each show(), bit n being Qn.
#include <cstdint>
#include <string>
#include <vector>

#include "catch.hpp"
#include "doubles/hc595.hpp"
#include "led_bar.hpp"

namespace {

// A value of the outputs as Q7..Q0, so a failed check reads like the bar.
std::string outputs(std::uint8_t value) {
    std::string text = "0b";
    for (int bit = 7; bit >= 0; --bit) {
        text += ((value >> bit) & 1U) != 0 ? '1' : '0';
    }
    return text;
}

// What the bar shows after show(level).
std::string bar_at(unsigned level) {
    doubles::Hc595 chip;
    drivers::LedBar bar{chip.data, chip.clock, chip.latch};
    bar.show(level);
    return outputs(chip.outputs());
}

}  // namespace

TEST_CASE("show(0) lights nothing") {
    CHECK(bar_at(0) == "0b00000000");
}

TEST_CASE("show(3) lights Q0, Q1 and Q2, and nothing else") {
    CHECK(bar_at(3) == "0b00000111");
}

TEST_CASE("every level from 0 to 8 lights that many LEDs, from Q0 up") {
    CHECK(bar_at(1) == "0b00000001");
    CHECK(bar_at(2) == "0b00000011");
    CHECK(bar_at(4) == "0b00001111");
    CHECK(bar_at(5) == "0b00011111");
    CHECK(bar_at(6) == "0b00111111");
    CHECK(bar_at(7) == "0b01111111");
    CHECK(bar_at(8) == "0b11111111");
}

TEST_CASE("a level above 8 lights all eight: it does not wrap around") {
    CHECK(bar_at(9) == "0b11111111");
    CHECK(bar_at(100) == "0b11111111");
    CHECK(bar_at(0xFFFF'FFFFU) == "0b11111111");
}

TEST_CASE("each show() changes the outputs once: one latch, after all eight bits") {
    doubles::Hc595 chip;
    drivers::LedBar bar{chip.data, chip.clock, chip.latch};
    bar.show(2);
    bar.show(5);
    CHECK(chip.shown().size() == 2);
    CHECK(chip.clocks_since_latch() == 0);
}
