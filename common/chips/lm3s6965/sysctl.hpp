#pragma once

#include <cstddef>
#include <cstdint>

#include "registers/register.hpp"

// System control: the clocks and the clock gates (LM3S6965 datasheet,
// chapter 6 "System Control", table 6-2). A peripheral whose clock is gated
// off is "unclocked and disabled": a read or a write to it is a bus fault
// (register descriptions of RCGC1 and RCGC2).
namespace lm3s6965 {

namespace sysctl {
// RIS, raw interrupt status: PLLLRIS says the PLL has locked.
struct RawInterruptStatus;
using PllLocked = reg::Field<RawInterruptStatus, 6>;
// MISC, masked interrupt status and clear: a 1 written clears that status.
struct InterruptClear;
using PllLockClear = reg::Field<InterruptClear, 6>;
// RCC, run-mode clock configuration: where the system clock comes from.
struct RunClockConfiguration;
using MainOscillatorDisable = reg::Field<RunClockConfiguration, 0>;
using OscillatorSource = reg::Field<RunClockConfiguration, 4, 2>;  // 0: the main oscillator (the crystal)
using CrystalValue = reg::Field<RunClockConfiguration, 6, 4>;      // 0xE: an 8 MHz crystal
using PllBypass = reg::Field<RunClockConfiguration, 11>;           // 1: the oscillator, not the PLL
using PllOutputEnable = reg::Field<RunClockConfiguration, 12>;     // OEN: 0 lets the PLL's output out
using PllPowerDown = reg::Field<RunClockConfiguration, 13>;
using UseSystemDivider = reg::Field<RunClockConfiguration, 22>;
using SystemDivider = reg::Field<RunClockConfiguration, 23, 4>;  // divide by SYSDIV + 1
constexpr std::uint32_t oscillator_main = 0;
constexpr std::uint32_t crystal_8_mhz = 0xE;
// RCGC1: UARTs, timers, ...; bit n clocks UARTn (n = 0 to 2).
struct RunClockGating1;
template <unsigned uart>
using UartClock = reg::Field<RunClockGating1, uart>;
using Uart0Clock = UartClock<0>;
// RCGC2: the GPIO ports; bit n clocks port A + n (n = 0 to 6).
struct RunClockGating2;
template <unsigned port>
using GpioPortClock = reg::Field<RunClockGating2, port>;
using GpioPortAClock = GpioPortClock<0>;
using GpioPortFClock = GpioPortClock<5>;
}  // namespace sysctl

template <typename Bus = reg::Mmio>
struct SysCtlRegisters {
    reg::Reserved<0x050> reserved_000;
    reg::ReadOnly<std::uint32_t, Bus, sysctl::RawInterruptStatus> ris;      // 0x050 raw interrupt status
    reg::ReadWrite<std::uint32_t, Bus> imc;                                 // 0x054 interrupt mask control
    reg::WriteOneToClear<std::uint32_t, Bus, sysctl::InterruptClear> misc;  // 0x058 masked status, clear
    reg::ReadWrite<std::uint32_t, Bus> resc;                                // 0x05c reset cause
    reg::ReadWrite<std::uint32_t, Bus, sysctl::RunClockConfiguration>
        rcc;  // 0x060 run-mode clock configuration
    reg::Reserved<0xa0> reserved_064;
    reg::ReadWrite<std::uint32_t, Bus, sysctl::RunClockGating1> rcgc1;  // 0x104 run-mode clock gating 1
    reg::ReadWrite<std::uint32_t, Bus, sysctl::RunClockGating2> rcgc2;  // 0x108 run-mode clock gating 2
};

using SysCtl = SysCtlRegisters<>;
static_assert(offsetof(SysCtl, ris) == 0x050);
static_assert(offsetof(SysCtl, misc) == 0x058);
static_assert(offsetof(SysCtl, rcc) == 0x060);
static_assert(offsetof(SysCtl, rcgc1) == 0x104);
static_assert(offsetof(SysCtl, rcgc2) == 0x108);

}  // namespace lm3s6965
