#pragma once

#include <cstddef>
#include <cstdint>

#include "registers/register.hpp"

// SysTick, the 24-bit down-counter every Cortex-M core has (ARMv7-M ARM
// B3.3; ARMv6-M ARM B3.3, where it is optional, and present on the nRF51).
namespace cortex_m {

namespace systick {
// CSR, control and status
struct ControlAndStatus;
using Enable = reg::Field<ControlAndStatus, 0>;
using TickInterrupt = reg::Field<ControlAndStatus, 1>;
using ProcessorClock = reg::Field<ControlAndStatus, 2>;  // 1: count the core clock
using CountFlag = reg::Field<ControlAndStatus, 16>;
constexpr std::uint32_t max_reload = 0x00FF'FFFF;
}  // namespace systick

template <typename Bus = reg::Mmio>
struct SysTickRegisters {
    reg::ReadWrite<std::uint32_t, Bus, systick::ControlAndStatus> csr;  // 0x0 control and status
    reg::ReadWrite<std::uint32_t, Bus> rvr;                             // 0x4 reload value
    reg::ReadWrite<std::uint32_t, Bus> cvr;   // 0x8 current value (any write clears it)
    reg::ReadOnly<std::uint32_t, Bus> calib;  // 0xc calibration
};
using SysTick = SysTickRegisters<>;
static_assert(offsetof(SysTick, rvr) == 0x4 && offsetof(SysTick, calib) == 0xc && sizeof(SysTick) == 0x10);

// At 0xE000.E010 in the System Control Space of every Cortex-M; 32-bit,
// word-aligned registers; reading CSR clears COUNTFLAG.
inline SysTick& sys_tick() {
    return *reinterpret_cast<SysTick*>(std::uintptr_t{0xE000'E010});
}

// Interrupt every `cycles` core clock cycles (1 to 2^24).
inline void start_sys_tick(std::uint32_t cycles) {
    SysTick& timer = sys_tick();
    timer.rvr.write(cycles - 1);
    timer.cvr.write(0);
    timer.csr.write(reg::Value<systick::ControlAndStatus>{}
                        .with<systick::ProcessorClock>(1)
                        .with<systick::TickInterrupt>(1)
                        .with<systick::Enable>(1));
}

inline void stop_sys_tick() {
    sys_tick().csr.write(0);
}

}  // namespace cortex_m
