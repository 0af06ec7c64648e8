#pragma once

#include <cstddef>
#include <cstdint>

#include "cortex_m/interrupt_number.hpp"

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

template <>
inline constexpr bool cortex_m::is_interrupt_number<nrf51::Interrupt> = true;
