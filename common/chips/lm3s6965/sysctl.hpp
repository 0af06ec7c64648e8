#pragma once

#include <cstddef>
#include <cstdint>

#include "registers/register.hpp"

// System control: the clock gates. A peripheral whose clock is gated off
// ignores writes and faults on access (LM3S6965 datasheet, chapter 6
// "System Control", table 6-2; registers RCGC1 and RCGC2).
namespace lm3s6965 {

template <typename Bus = reg::Mmio>
struct SysCtlRegisters {
    reg::Reserved<0x104> reserved_000;
    reg::ReadWrite<std::uint32_t, Bus> rcgc1;  // 0x104 run-mode clock gating 1: UARTs, timers, ...
    reg::ReadWrite<std::uint32_t, Bus> rcgc2;  // 0x108 run-mode clock gating 2: GPIO ports
};

using SysCtl = SysCtlRegisters<>;
static_assert(offsetof(SysCtl, rcgc1) == 0x104);
static_assert(offsetof(SysCtl, rcgc2) == 0x108);

namespace sysctl {
using Uart0Clock = reg::Field<0>;      // RCGC1 bit 0
using GpioPortFClock = reg::Field<5>;  // RCGC2 bit 5
}  // namespace sysctl

}  // namespace lm3s6965
