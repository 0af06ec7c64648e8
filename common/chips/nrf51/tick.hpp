#pragma once

#include <cstdint>

#include "chips/nrf51/timer.hpp"
#include "registers/register.hpp"

// The nRF51's periodic tick, given a TIMER's registers: it counts the core's
// own 16 MHz (PRESCALER 0: f_TIMER = 16 MHz / 2^PRESCALER, nRF51 Reference
// Manual v3.0, "Timer/counter"), COMPARE[0] fires at CC[0], and the
// COMPARE0_CLEAR shortcut starts the next period from 0 at once.
namespace nrf51 {

template <typename Bus = reg::Mmio>
class TimerTick {
  public:
    explicit TimerTick(TimerRegisters<Bus>& registers) : registers_(registers) {}

    // An interrupt every `cycles` core clock cycles (2 to 2^24: 24 bits wide,
    // as SysTick is; TIMER0 is the nRF51's only timer wider than 16 bits).
    // The timer is stopped first: PRESCALER and BITMODE may only change
    // while it is (Reference Manual, "Timer/counter").
    void start(std::uint32_t cycles) {
        registers_.tasks_stop.write(timer::triggered);
        registers_.tasks_clear.write(timer::triggered);
        registers_.mode.write(timer::mode_timer);
        registers_.bitmode.write(timer::bitmode_24bit);
        registers_.prescaler.write(0);
        registers_.cc[0].write(cycles);
        registers_.shorts.write(reg::Value<timer::Shortcuts>{}.with<timer::Compare0Clear>(1));
        registers_.events_compare[0].write(0);
        registers_.intenset.write(reg::Value<timer::Interrupts>{}.with<timer::Compare0Interrupt>(1));
        registers_.tasks_start.write(timer::triggered);
    }

    void stop() {
        registers_.tasks_stop.write(timer::triggered);
        registers_.intenclr.write(reg::Value<timer::Interrupts>{}.with<timer::Compare0Interrupt>(1));
        registers_.events_compare[0].write(0);
    }

    // In the handler, first: an interrupt is the event AND its INTEN bit
    // (Reference Manual, "Peripheral interface"), so while COMPARE[0] stays
    // set the handler would run again at once. Reading it back makes sure
    // the write has reached the timer before the handler returns.
    void acknowledge() {
        registers_.events_compare[0].write(0);
        static_cast<void>(registers_.events_compare[0].read());
    }

  private:
    TimerRegisters<Bus>& registers_;
};

}  // namespace nrf51
