// The program of the exercise led-bar: read it, but change only
// led_bar.hpp. It shows the levels 0 to 9 on the bar, one after another,
// on whichever board BOARD= names: the shift register's pins are the
// chip's (chip_hal.hpp).
#include "chip_hal.hpp"
#include "led_bar.hpp"
#include "runtime/host.hpp"

int main() {
    chip::start_gpio();
    chip::DataPin data;
    chip::ClockPin clock;
    chip::LatchPin latch;
    data.start_output();
    clock.start_output();
    latch.start_output();
    drivers::LedBar bar{data, clock, latch};
    for (unsigned level = 0; level <= 9; ++level) {
        bar.show(level);
    }
    host::write("levels 0 to 9 shown\n");
    return 0;
}
