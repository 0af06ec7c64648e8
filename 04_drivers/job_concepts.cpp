// excerpt: concepts
// The portable driver, instantiated with this chip's pins. The compiler
// sees every call and inlines them: what is left is the register writes.
#include "chip_hal.hpp"
#include "drivers/shift_register.hpp"
#include "jobs.hpp"

void jobs::shift_out(std::uint8_t value) {
    chip::start_gpio();
    chip::DataPin data;
    chip::ClockPin clock;
    chip::LatchPin latch;
    data.start_output();
    clock.start_output();
    latch.start_output();
    drivers::ShiftRegister shift_register{data, clock, latch};
    shift_register.write(value);
}
// end excerpt
