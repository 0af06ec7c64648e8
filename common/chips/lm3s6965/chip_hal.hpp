#pragma once

#include "chips/lm3s6965/hal.hpp"

// What this chip gives a portable program, by role. A program includes
// "chip_hal.hpp" and gets the file of whichever chip BOARD= selected:
// common/chips/<chip>/ is on the include path (common/mk/rules.mk).
namespace chip {

constexpr const char* name = "lm3s6965";
using Serial = lm3s6965::Uart0;
// Serial's interrupt: its NVIC number; the handler is UART0_Handler.
constexpr unsigned serial_irq = 5;
using DataPin = lm3s6965::PortFPin<0>;
using ClockPin = lm3s6965::PortFPin<2>;
using LatchPin = lm3s6965::PortFPin<3>;
using Delay = lm3s6965::BusyDelay;
// Before any pin: the GPIO port's clock.
inline void start_gpio() {
    lm3s6965::start_gpio_port_f();
}

}  // namespace chip
