// Timer0 as a delay (timer.hpp): a 32-bit one-shot timer, configured the
// way the datasheet says (chapter 9, "Initialization and Configuration",
// one-shot and periodic mode): disabled while it is set up, 32-bit, one
// shot, loaded, enabled; then its time-out flag polled, and cleared.
#include "timer.hpp"

#include <cstdint>

#include "chips/lm3s6965/peripherals.hpp"
#include "gptm.hpp"

namespace {

// Timer0 at 0x4003.0000 (LM3S6965 datasheet, table 2-4, "Timer0"): 4-byte
// aligned, its layout pinned to the datasheet by gptm.hpp's static_asserts
// (and datasheet.cpp's), every access one volatile access through
// reg::Register.
lm3s6965::Gptm& timer0_registers() {
    return *reinterpret_cast<lm3s6965::Gptm*>(std::uintptr_t{0x4003'0000});
}

// RCGC1 bit 16 clocks Timer0 (datasheet chapter 6, RCGC1).
using Timer0Clock = reg::Field<lm3s6965::sysctl::RunClockGating1, 16>;

}  // namespace

namespace timer0 {

void start() {
    lm3s6965::SysCtl& system = lm3s6965::system_control();
    system.rcgc1.modify([](std::uint32_t value) { return Timer0Clock::set(value, 1); });
    while (Timer0Clock::get(system.rcgc1.read()) == 0) {  // read back: settled
    }
}

// excerpt: wait
void wait_cycles(std::uint32_t cycles) {
    using namespace lm3s6965::gptm;
    lm3s6965::Gptm& timer = timer0_registers();
    timer.ctl.write(0);  // disabled while it is set up
    timer.cfg.write(reg::Value<Configuration>{}.with<TimerConfiguration>(thirty_two_bit_timer));
    timer.tamr.write(reg::Value<TimerMode>{}.with<Mode>(one_shot));
    timer.tailr.write(cycles);  // counts down from here; times out at 0
    timer.ctl.write(reg::Value<Control>{}.with<TimerAEnable>(1));
    while (TimerATimeout::get(timer.ris.read()) == 0) {
    }
    // The flag stays set until cleared: the next wait would end at once.
    timer.icr.write(reg::Value<Interrupts>{}.with<TimerATimeout>(1));
}
// end excerpt

}  // namespace timer0
