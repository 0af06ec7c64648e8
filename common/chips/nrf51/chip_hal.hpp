#pragma once

#include "chips/nrf51/hal.hpp"
#include "chips/nrf51/interrupts.hpp"
#include "chips/nrf51/peripherals.hpp"

// What this chip gives a portable program, by role (see the LM3S6965's):
// the chip's drivers, handed their real register blocks.
namespace chip {

constexpr const char* name = "nrf51";

// UART0, at its address in the Reference Manual (peripherals.hpp), on the
// micro:bit's USB serial pins, with HFCLK from the crystal its baud rate needs.
class Serial : public nrf51::Uart<> {
  public:
    Serial() : Uart(nrf51::uart0(), nrf51::gpio()) {}
    void start() {
        nrf51::start_crystal(nrf51::clock_control());
        Uart::start();
    }
};
// The chip's interrupt numbers (interrupts.hpp), and Serial's; its handler
// is UART0_Handler.
using Interrupt = nrf51::Interrupt;
constexpr Interrupt serial_irq = Interrupt::uart0;

// Pins of port P0. The shift register's are the edge connector's big rings
// 0, 1 and 2 (P0.03, P0.02, P0.01), which nothing on the board uses: P0.00
// and P0.30 are the I2C bus to the accelerometer and the magnetometer,
// P0.17 and P0.26 the buttons (micro:bit v1 schematic; tech.microbit.org,
// "Pinout").
template <unsigned pin>
class P0Pin : public nrf51::Pin<pin> {
  public:
    P0Pin() : nrf51::Pin<pin>(nrf51::gpio()) {}
};
using DataPin = P0Pin<3>;
using ClockPin = P0Pin<2>;
using LatchPin = P0Pin<1>;
// Before any pin: nothing, the nRF51's GPIO is always clocked.
inline void start_gpio() {}

using Delay = nrf51::BusyDelay;

}  // namespace chip

// Every role above, checked: a missing or misshapen one stops the build
// with a message that names it.
#include "hal/chip_contract.hpp"
