#pragma once

#include <cstddef>
#include <cstdint>

#include "cortex_m/interrupt_number.hpp"
#include "runtime/vectors.hpp"  // the core's handlers (SysTick_Handler, ...), extern "C"

// The nRF51's interrupts, by name: a peripheral's ID is its interrupt number
// (nRF51 Reference Manual, "Instantiation" table). The vector table in
// interrupts.cpp has one entry for each, in this order.
namespace nrf51 {

enum class Interrupt : std::uint8_t {
    power_clock = 0,
    radio = 1,
    uart0 = 2,
    spi0_twi0 = 3,
    spi1_twi1 = 4,
    // 5 reserved
    gpiote = 6,
    adc = 7,
    timer0 = 8,
    timer1 = 9,
    timer2 = 10,
    rtc0 = 11,
    temp = 12,
    rng = 13,
    ecb = 14,
    ccm_aar = 15,
    wdt = 16,
    rtc1 = 17,
    qdec = 18,
    lpcomp = 19,
    swi0 = 20,
    swi1 = 21,
    swi2 = 22,
    swi3 = 23,
    swi4 = 24,
    swi5 = 25,
};

// Vector-table entries after the 16 core exceptions, reserved ones included.
constexpr std::size_t interrupt_count = 26;

}  // namespace nrf51

// The handlers the vector table (interrupts.cpp) calls by name, declared
// extern "C" for every file that includes this one (chip_hal.hpp does), as
// runtime/vectors.hpp, included above, declares the core's: a handler
// defined without extern "C" keeps this first declaration's C name (lesson
// 01), so it cannot be mangled into a name the vector table never calls,
// leaving the interrupt to IRQ_Default_Handler.
extern "C" {
void POWER_CLOCK_Handler();
void RADIO_Handler();
void UART0_Handler();
void GPIOTE_Handler();
void TIMER0_Handler();
void RTC0_Handler();
void RTC1_Handler();
}

template <>
inline constexpr bool cortex_m::is_interrupt_number<nrf51::Interrupt> = true;
