// The program of the exercise gptm-delay: read it, but change only gptm.hpp
// and timer.cpp. It measures your delay with another counter: SysTick, the
// core's own, counting the same 12.5 MHz system clock. Three waits: 1000
// cycles (80 us), 1000 again at once, and 5000 (400 us). Short ones: the
// checks replay every register access the program makes, and each turn of
// a polling loop is one.
#include <cstdint>

#include "chip_hal.hpp"
#include "cortex_m/systick.hpp"
#include "drivers/format.hpp"
#include "runtime/host.hpp"
#include "timer.hpp"

namespace {

// SysTick, free-running: it counts down from 2^24 - 1 and wraps, and nothing
// interrupts (ARMv7-M ARM B3.3).
void start_reference() {
    cortex_m::SysTick& reference = cortex_m::sys_tick();
    reference.rvr.write(cortex_m::systick::max_reload);
    reference.cvr.write(0);
    reference.csr.write(reg::Value<cortex_m::systick::ControlAndStatus>{}
                            .with<cortex_m::systick::ProcessorClock>(1)
                            .with<cortex_m::systick::Enable>(1));
}

void print_number(std::uint32_t number) {
    format::Buffer text;
    format::decimal(number, text);
    host::write(text);
}

// One wait, measured: "wait_cycles(1000) took 1015 cycles".
void measure(std::uint32_t cycles) {
    cortex_m::SysTick& reference = cortex_m::sys_tick();
    const std::uint32_t before = reference.cvr.read();
    timer0::wait_cycles(cycles);
    const std::uint32_t after = reference.cvr.read();
    host::write("wait_cycles(");
    print_number(cycles);
    host::write(") took ");
    print_number((before - after) & cortex_m::systick::max_reload);  // it counts down
    host::write(" cycles\n");
}

}  // namespace

int main() {
    lm3s6965::start_system_clock(lm3s6965::system_control());  // 12.5 MHz from the PLL
    timer0::start();
    start_reference();
    measure(1'000);
    measure(1'000);  // again, at once
    measure(5'000);
    return 0;
}
