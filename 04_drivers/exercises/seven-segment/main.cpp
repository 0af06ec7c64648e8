// The program of the exercise seven-segment: read it, but change only
// seven_segment.hpp. It shows 0 to 9, then a number too big for one digit,
// then 3 with its decimal point, on whichever board BOARD= names: the shift
// register's pins are the chip's (chip_hal.hpp).
#include "chip_hal.hpp"
#include "runtime/host.hpp"
#include "seven_segment.hpp"

int main() {
    chip::start_gpio();
    chip::DataPin data;
    chip::ClockPin clock;
    chip::LatchPin latch;
    data.start_output();
    clock.start_output();
    latch.start_output();
    drivers::SevenSegment display{data, clock, latch};
    for (unsigned digit = 0; digit <= 9; ++digit) {
        display.show(digit);
    }
    display.show(10);
    display.show(3, true);
    host::write("0 to 9, 10 and 3. shown\n");
    return 0;
}
