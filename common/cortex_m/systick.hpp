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

// Never defined, never called at run time: a Period out of range calls it
// while the compiler evaluates the constant, and the compiler's error names
// it, and so the rule.
void period_must_be_2_to_16777216_cycles();

// A SysTick period, in core clock cycles: 2 to 2^24, known when compiling.
// The counter counts down from RVR, fires on the step from 1 to 0 and
// reloads, so RVR = cycles - 1; and "a start value of 0 is possible, but has
// no effect" (Cortex-M3 and Cortex-M0 Devices Generic User Guides, 4.4.2
// SYST_RVR): RVR = 0 (cycles = 1) never fires. RVR has 24 bits.
class Period {
  public:
    // Implicit: start_sys_tick(50'000) takes a plain constant.
    consteval Period(std::uint32_t cycles) : cycles_(cycles) {
        if (cycles < 2 || cycles > max_reload + 1) {
            period_must_be_2_to_16777216_cycles();
        }
    }
    constexpr std::uint32_t reload() const { return cycles_ - 1; }

  private:
    std::uint32_t cycles_;
};
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

// Interrupt every `period` core clock cycles (2 to 2^24), on the given
// registers (a host test hands it a block in RAM) or on the real ones.
template <typename Bus>
void start_sys_tick(SysTickRegisters<Bus>& timer, systick::Period period) {
    timer.rvr.write(period.reload());
    timer.cvr.write(0);
    timer.csr.write(reg::Value<systick::ControlAndStatus>{}
                        .with<systick::ProcessorClock>(1)
                        .with<systick::TickInterrupt>(1)
                        .with<systick::Enable>(1));
}
inline void start_sys_tick(systick::Period period) {
    start_sys_tick(sys_tick(), period);
}

inline void stop_sys_tick() {
    sys_tick().csr.write(0);
}

}  // namespace cortex_m
