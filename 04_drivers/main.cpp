// Lesson 04: portable drivers on whichever chip BOARD= picked. Nothing in
// this file names a chip: chip_hal.hpp comes from common/chips/<chip>/.
#include <cstdint>
#include <limits>

#include "chip_hal.hpp"
#include "drivers/console.hpp"
#include "jobs.hpp"

// excerpt: main
int main() {
    chip::Serial serial;
    serial.start();
    drivers::Console console{serial};

    console.print("drivers on ");
    console.print(chip::name);
    console.print("\ndecimal: ");
    console.print_decimal(0);
    console.print(" ");
    console.print_decimal(-42);
    console.print(" ");
    console.print_decimal(std::numeric_limits<std::int32_t>::min());
    console.print(" ");
    console.print_decimal(std::numeric_limits<std::uint32_t>::max());
    console.print("\nhex: ");
    console.print_hex(0xBEEF);
    console.print(" ");
    console.print_hex(0xBEEF, 8);
    console.print("\n");

    jobs::shift_out(0xA5);  // last bit 1: the data pin ends high
    chip::DataPin data;
    console.print(data.is_high() ? "shift register: 0xa5 out, data pin high\n"
                                 : "shift register: data pin wrong\n");

    std::uint8_t byte = 0;
    const bool nothing_yet = serial.try_read(byte) == hal::Status::would_block;
    console.print(nothing_yet ? "serial: nothing received (would block)\n" : "serial: unexpected byte\n");
    return 0;
}
// end excerpt
