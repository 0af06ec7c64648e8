// The seven-segment driver on the host, driving a 74HC595 double
// (doubles/hc595.hpp): which segments its outputs light after each show().
#include <cstdint>
#include <string>

#include "catch.hpp"
#include "doubles/hc595.hpp"
#include "seven_segment.hpp"

namespace {

// The segments a value of the outputs lights, by name: "bc" for a 1. Common
// anode: an output that is low lights its segment (Q0 a, ..., Q6 g, Q7 dp).
std::string lit(std::uint8_t outputs) {
    const char* names = "abcdefg.";
    std::string segments;
    for (int bit = 0; bit < 8; ++bit) {
        if (((outputs >> bit) & 1U) == 0) {
            segments += names[bit];
        }
    }
    return segments;
}

// What the display lights after show(digit, point).
std::string lit_after(unsigned digit, bool point = false) {
    doubles::Hc595 chip;
    drivers::SevenSegment display{chip.data, chip.clock, chip.latch};
    display.show(digit, point);
    return lit(chip.outputs());
}

}  // namespace

TEST_CASE("digit 1 lights segments b and c, and nothing else (common anode: low lights)") {
    CHECK(lit_after(1) == "bc");
}

TEST_CASE("every digit lights its segments") {
    CHECK(lit_after(0) == "abcdef");
    CHECK(lit_after(2) == "abdeg");
    CHECK(lit_after(3) == "abcdg");
    CHECK(lit_after(4) == "bcfg");
    CHECK(lit_after(5) == "acdfg");
    CHECK(lit_after(6) == "acdefg");
    CHECK(lit_after(7) == "abc");
    CHECK(lit_after(8) == "abcdefg");
    CHECK(lit_after(9) == "abcdfg");
}

TEST_CASE("the decimal point lights with a digit when asked, and only then") {
    CHECK(lit_after(3, true) == "abcdg.");
    CHECK(lit_after(8, true) == "abcdefg.");
    CHECK(lit_after(8, false) == "abcdefg");
}

TEST_CASE("a number above 9 shows E") {
    CHECK(lit_after(10) == "adefg");
    CHECK(lit_after(42) == "adefg");
    CHECK(lit_after(0xFFFF'FFFFU) == "adefg");
}

TEST_CASE("each show() changes the outputs once: one latch, after all eight bits") {
    doubles::Hc595 chip;
    drivers::SevenSegment display{chip.data, chip.clock, chip.latch};
    display.show(1);
    display.show(2, true);
    CHECK(chip.shown().size() == 2);
    CHECK(chip.clocks_since_latch() == 0);
}
