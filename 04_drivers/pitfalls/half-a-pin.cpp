// Pitfall: a pin type with set_high() but no set_low(), handed to a driver
// that requires hal::OutputPin. The compiler refuses at the call site and
// names the concept and the missing expression.
#include "drivers/shift_register.hpp"

namespace {
struct HalfAPin {
    void set_high() {}
};
}  // namespace

void use_half_a_pin() {
    HalfAPin data, clock, latch;
    drivers::ShiftRegister shift_register{data, clock, latch};
    shift_register.write(0xA5);
}
