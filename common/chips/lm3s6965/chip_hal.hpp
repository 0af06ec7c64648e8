#pragma once

#include "chips/lm3s6965/hal.hpp"
#include "chips/lm3s6965/interrupts.hpp"
#include "chips/lm3s6965/peripherals.hpp"
#include "cortex_m/systick.hpp"

// What this chip gives a portable program, by role. A program includes
// "chip_hal.hpp" and gets the file of whichever chip BOARD= selected:
// common/chips/<chip>/ is on the include path (common/mk/rules.mk). The
// roles are the chip's drivers handed their real register blocks.
namespace chip {

constexpr const char* name = "lm3s6965";

// UART0, at its datasheet address (peripherals.hpp), on pins PA0 and PA1,
// from the crystal-locked system clock its baud rate needs.
class Serial : public lm3s6965::Uart<0> {
  public:
    Serial() : Uart(lm3s6965::uart0(), lm3s6965::system_control(), lm3s6965::gpio_port_a()) {}
    void start() {
        lm3s6965::start_system_clock(lm3s6965::system_control());
        Uart::start();
    }
};
// The chip's interrupt numbers (interrupts.hpp), and Serial's; its handler
// is UART0_Handler.
using Interrupt = lm3s6965::Interrupt;
constexpr Interrupt serial_irq = Interrupt::uart0;

// Pins of GPIO port F (the EK-LM3S6965's LED is on PF0).
template <unsigned pin>
class PortFPin : public lm3s6965::Pin<pin> {
  public:
    PortFPin() : lm3s6965::Pin<pin>(lm3s6965::gpio_port_f()) {}
};
using DataPin = PortFPin<0>;
using ClockPin = PortFPin<2>;
using LatchPin = PortFPin<3>;
// Before any pin: the GPIO port's clock.
inline void start_gpio() {
    lm3s6965::start_gpio_port<lm3s6965::port_f>(lm3s6965::system_control());
}

using Delay = lm3s6965::BusyDelay;

// The Cortex-M3 as TI built it into the LM3S6965: with SysTick (LM3S6965
// datasheet, chapter 3 "Cortex-M3 Peripherals", "System Timer (SysTick)").
struct Core {
    static constexpr bool has_sys_tick = true;
};
// The periodic tick: SysTick, counting the core clock. Its exception,
// SysTick_Handler, runs the program's Tick_Handler (tick.cpp).
class Tick : public cortex_m::SysTickTimer<> {
  public:
    Tick() : SysTickTimer(cortex_m::sys_tick<Core>()) {}
};

}  // namespace chip

// Every role above, checked: a missing or misshapen one stops the build
// with a message that names it.
#include "hal/chip_contract.hpp"
