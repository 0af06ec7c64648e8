// The shift-register driver against recording pins: the exact waveform a
// 74HC595 would see, edge by edge.
#include <cstdint>
#include <string>
#include <vector>

#include "catch.hpp"
#include "doubles/hc595.hpp"
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

// The 74HC595 double (doubles/hc595.hpp) that exercises' tests read the
// outputs from: the driver's bytes show on it as sent, one latch each.
TEST_CASE("on a 74HC595 double, each byte shows on the outputs as sent, once latched") {
    doubles::Hc595 chip;
    drivers::ShiftRegister shift_register{chip.data, chip.clock, chip.latch};
    shift_register.write(0xA5);
    CHECK(chip.outputs() == 0xA5);
    shift_register.write(0x01);
    CHECK(chip.outputs() == 0x01);
    CHECK(chip.shown() == std::vector<std::uint8_t>{0xA5, 0x01});
    CHECK(chip.clocks_since_latch() == 0);
}
