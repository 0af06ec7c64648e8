#pragma once

#include "chips/nrf51/hal.hpp"
#include "chips/nrf51/interrupts.hpp"
#include "chips/nrf51/peripherals.hpp"
#include "chips/nrf51/tick.hpp"
#include "cortex_m/nvic.hpp"

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

// excerpt: tick
// The Cortex-M0 as Nordic built it into the nRF51: without SysTick, which
// ARMv6-M leaves optional ("nRF51 does not have a SysTick timer", Nordic's
// nRF51 SDK; ARM's CMSIS_5 issue #60 says the same). QEMU's micro:bit has
// one anyway: code that used it would run in QEMU and never on the board.
struct Core {
    static constexpr bool has_sys_tick = false;
};
// The periodic tick: TIMER0, at the core's 16 MHz, and its interrupt in the
// NVIC. TIMER0_Handler acknowledges it and runs the program's Tick_Handler
// (tick.cpp).
class Tick : public nrf51::TimerTick<> {
  public:
    Tick() : TimerTick(nrf51::timer0()) {}
    void start(std::uint32_t cycles) {
        TimerTick::start(cycles);
        cortex_m::enable_irq(Interrupt::timer0);
    }
    void stop() {
        cortex_m::disable_irq(Interrupt::timer0);
        TimerTick::stop();
    }
};
// end excerpt

}  // namespace chip

// Every role above, checked: a missing or misshapen one stops the build
// with a message that names it.
#include "hal/chip_contract.hpp"
