#pragma once

#include "chips/nrf51/hal.hpp"

// What this chip gives a portable program, by role (see the LM3S6965's).
namespace chip {

constexpr const char* name = "nrf51";
using Serial = nrf51::Uart0;
// Serial's interrupt: its NVIC number; the handler is UART0_Handler.
constexpr unsigned serial_irq = 2;
using DataPin = nrf51::Pin<0>;
using ClockPin = nrf51::Pin<1>;
using LatchPin = nrf51::Pin<2>;
using Delay = nrf51::BusyDelay;
// Before any pin: nothing, the nRF51's GPIO is always clocked.
inline void start_gpio() {}

}  // namespace chip
