#pragma once

#include <cstddef>
#include <cstdint>

#include "registers/register.hpp"

// The nRF51's clock control (nRF51 Series Reference Manual v3.0, chapter
// "CLOCK", register overview). HFCLK, which clocks the CPU and the UART,
// runs from the 16 MHz RC oscillator until the HFCLKSTART task has started
// the crystal oscillator and the HFCLKSTARTED event says it runs.
namespace nrf51 {

namespace clock {
// HFCLKSTAT: where HFCLK comes from, and whether it runs.
struct HighFrequencyClockStatus;
using ClockSource = reg::Field<HighFrequencyClockStatus, 0>;  // 1: the crystal
using ClockRunning = reg::Field<HighFrequencyClockStatus, 16>;
constexpr std::uint32_t xtal_16_mhz = 0xFF;  // XTALFREQ: the micro:bit's crystal is 16 MHz
}  // namespace clock

template <typename Bus = reg::Mmio>
struct ClockRegisters {
    reg::WriteOnly<std::uint32_t, Bus> tasks_hfclkstart;  // 0x000 start the crystal oscillator
    reg::WriteOnly<std::uint32_t, Bus> tasks_hfclkstop;   // 0x004
    reg::Reserved<0xf8> reserved_008;
    reg::ReadWrite<std::uint32_t, Bus> events_hfclkstarted;  // 0x100 the crystal oscillator runs
    reg::Reserved<0x308> reserved_104;
    reg::ReadOnly<std::uint32_t, Bus, clock::HighFrequencyClockStatus> hfclkstat;  // 0x40c
    reg::Reserved<0x140> reserved_410;
    reg::ReadWrite<std::uint32_t, Bus> xtalfreq;  // 0x550 the crystal's frequency
};

using Clock = ClockRegisters<>;
static_assert(offsetof(Clock, events_hfclkstarted) == 0x100);
static_assert(offsetof(Clock, hfclkstat) == 0x40c);
static_assert(offsetof(Clock, xtalfreq) == 0x550);
static_assert(sizeof(Clock) == 0x554);

}  // namespace nrf51
