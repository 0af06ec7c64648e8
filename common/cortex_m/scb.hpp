#pragma once

#include <cstddef>
#include <cstdint>

#include "registers/register.hpp"

// The System Control Block's fault and configuration registers (ARMv7-M
// ARM B3.2.2 table B3-4). The ARMv6-M Cortex-M0 has no CFSR/HFSR/MMFAR/BFAR,
// and its CCR traps are not switches: UNALIGN_TRP reads as one, so every
// unaligned word or halfword access faults (ARMv6-M ARM A3.2, "Alignment
// support", and B3.2, CCR), and there is no divide instruction to trap.
// Not the debug registers (DHCSR and the like): the Cortex-M0's are "only
// accessible over DAP and not via processor" (CMSIS core_cm0.h), so the
// course asks the debugger instead (runtime/host_semihosting.cpp).
namespace cortex_m {

namespace aircr {
// AIRCR, application interrupt and reset control (ARMv7-M ARM B3.2.6;
// ARMv6-M ARM B3.2.6): a write takes effect only with 0x05FA in VECTKEY.
struct ApplicationInterruptAndResetControl;
using VectorKey = reg::Field<ApplicationInterruptAndResetControl, 16, 16>;
using SystemResetRequest = reg::Field<ApplicationInterruptAndResetControl, 2>;
constexpr std::uint32_t vector_key = 0x05FA;
}  // namespace aircr

namespace ccr {
// CCR, configuration and control: the traps of ARMv7-M ARM B3.2.8.
struct ConfigurationControl;
using UnalignedTrap = reg::Field<ConfigurationControl, 3>;
using DivideByZeroTrap = reg::Field<ConfigurationControl, 4>;
}  // namespace ccr

// CFSR, HFSR and DFSR are write-1-to-clear: a 1 written clears that status
// bit, so clearing one is writing that bit alone, never a modify() (which
// would clear every bit that was set).
template <typename Bus = reg::Mmio>
struct ScbRegisters {
    reg::ReadOnly<std::uint32_t, Bus> cpuid;                                               // 0xd00
    reg::ReadWrite<std::uint32_t, Bus> icsr;                                               // 0xd04
    reg::ReadWrite<std::uint32_t, Bus> vtor;                                               // 0xd08
    reg::ReadWrite<std::uint32_t, Bus, aircr::ApplicationInterruptAndResetControl> aircr;  // 0xd0c
    reg::ReadWrite<std::uint32_t, Bus> scr;                                                // 0xd10
    reg::ReadWrite<std::uint32_t, Bus, ccr::ConfigurationControl> ccr;  // 0xd14 configuration and control
    reg::ReadWrite<std::uint32_t, Bus> shpr[3];                         // 0xd18
    reg::ReadWrite<std::uint32_t, Bus> shcsr;                           // 0xd24
    reg::WriteOneToClear<std::uint32_t, Bus> cfsr;                      // 0xd28 configurable fault status
    reg::WriteOneToClear<std::uint32_t, Bus> hfsr;                      // 0xd2c HardFault status
    reg::WriteOneToClear<std::uint32_t, Bus> dfsr;                      // 0xd30 debug fault status
    reg::ReadWrite<std::uint32_t, Bus> mmfar;                           // 0xd34 MemManage fault address
    reg::ReadWrite<std::uint32_t, Bus> bfar;                            // 0xd38 BusFault address
};
using Scb = ScbRegisters<>;
static_assert(offsetof(Scb, ccr) == 0x14 && offsetof(Scb, shcsr) == 0x24);
static_assert(offsetof(Scb, cfsr) == 0x28 && offsetof(Scb, bfar) == 0x38);

// SCB at 0xE000.ED00: the System Control Space of every Cortex-M;
// word-aligned 32-bit registers.
inline Scb& scb() {
    return *reinterpret_cast<Scb*>(std::uintptr_t{0xE000'ED00});
}

}  // namespace cortex_m
