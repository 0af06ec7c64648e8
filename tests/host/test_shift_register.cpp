// The shift-register driver against recording pins: the exact waveform a
// 74HC595 would see, edge by edge.
#include <string>

#include "catch.hpp"
#include "doubles/recording_pin.hpp"
#include "drivers/shift_register.hpp"

namespace {

std::string waveform_for(std::uint8_t value) {
    std::string waveform;
    doubles::RecordingPin data{'D', waveform}, clock{'C', waveform}, latch{'L', waveform};
    drivers::ShiftRegister shift_register{data, clock, latch};
    waveform.clear();  // only the write itself
    shift_register.write(value);
    return waveform;
}

}  // namespace

TEST_CASE("construction parks clock and latch low") {
    std::string waveform;
    doubles::RecordingPin data{'D', waveform}, clock{'C', waveform}, latch{'L', waveform};
    drivers::ShiftRegister shift_register{data, clock, latch};
    CHECK(waveform == "C0 L0 ");
}

TEST_CASE("0xa5 goes out most significant bit first, one clock pulse per bit, then one latch pulse") {
    CHECK(waveform_for(0xA5) ==
          "D1 C1 C0 D0 C1 C0 D1 C1 C0 D0 C1 C0 "
          "D0 C1 C0 D1 C1 C0 D0 C1 C0 D1 C1 C0 "
          "L1 L0 ");
}

TEST_CASE("data is set before each rising clock edge, and the latch comes last") {
    const std::string waveform = waveform_for(0x00);
    std::size_t clocks = 0, position = 0;
    while ((position = waveform.find("C1", position)) != std::string::npos) {
        CHECK(waveform.substr(position - 3, 3) == "D0 ");
        ++clocks;
        ++position;
    }
    CHECK(clocks == 8);
    CHECK(waveform.rfind("L1 L0 ") == waveform.size() - 6);
    CHECK(waveform.find('L') > waveform.rfind('C'));
}

TEST_CASE("all ones and all zeros") {
    CHECK(waveform_for(0xFF).find("D0") == std::string::npos);
    CHECK(waveform_for(0x00).find("D1") == std::string::npos);
}
