#pragma once

#include <cstddef>
#include <cstdint>

#include "registers/register.hpp"

// System control: the clock gates. A peripheral whose clock is gated off
// ignores writes and faults on access (LM3S6965 datasheet, chapter 6
// "System Control", table 6-2; registers RCGC1 and RCGC2).
namespace lm3s6965 {

namespace sysctl {
// RCGC1: UARTs, timers, ...; bit n clocks UARTn (n = 0 to 2).
struct RunClockGating1;
template <unsigned uart>
using UartClock = reg::Field<RunClockGating1, uart>;
using Uart0Clock = UartClock<0>;
// RCGC2: the GPIO ports; bit n clocks port A + n (n = 0 to 6).
struct RunClockGating2;
template <unsigned port>
using GpioPortClock = reg::Field<RunClockGating2, port>;
using GpioPortFClock = GpioPortClock<5>;
}  // namespace sysctl

template <typename Bus = reg::Mmio>
struct SysCtlRegisters {
    reg::Reserved<0x104> reserved_000;
    reg::ReadWrite<std::uint32_t, Bus, sysctl::RunClockGating1> rcgc1;  // 0x104 run-mode clock gating 1
    reg::ReadWrite<std::uint32_t, Bus, sysctl::RunClockGating2> rcgc2;  // 0x108 run-mode clock gating 2
};

using SysCtl = SysCtlRegisters<>;
static_assert(offsetof(SysCtl, rcgc1) == 0x104);
static_assert(offsetof(SysCtl, rcgc2) == 0x108);

}  // namespace lm3s6965
