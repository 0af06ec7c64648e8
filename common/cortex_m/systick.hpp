#pragma once

#include <cstddef>
#include <cstdint>

#include "registers/register.hpp"

// SysTick, the core's 24-bit down-counter (ARMv7-M ARM B3.3, where every
// core has one; ARMv6-M ARM B3.3, where it is optional). The LM3S6965 has
// it; the nRF51 has none (Nordic's nRF51 SDK: "nRF51 does not have a
// SysTick timer"; ARM's CMSIS_5 issue #60 says the same), so portable
// code asks for chip::Tick, the chip's periodic tick, and only a chip whose
// core has SysTick builds its tick on this file.
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
    // Implicit: start(50'000) takes a plain constant.
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

// A periodic interrupt from SysTick, given its registers (a host test
// hands it a block in RAM): the exception every `period` core clock cycles
// (2 to 2^24, checked when compiling: a reload value of 0 never
// interrupts), from start() to stop().
template <typename Bus = reg::Mmio>
class SysTickTimer {
  public:
    explicit SysTickTimer(SysTickRegisters<Bus>& registers) : registers_(registers) {}

    void start(systick::Period period) {
        registers_.rvr.write(period.reload());
        registers_.cvr.write(0);
        registers_.csr.write(reg::Value<systick::ControlAndStatus>{}
                                 .with<systick::ProcessorClock>(1)
                                 .with<systick::TickInterrupt>(1)
                                 .with<systick::Enable>(1));
    }

    void stop() { registers_.csr.write(0); }

  private:
    SysTickRegisters<Bus>& registers_;
};

}  // namespace cortex_m

// What the architecture leaves to the chip maker, as each chip's
// chip_hal.hpp states it (chip::Core; CMSIS device headers say the same
// with __MPU_PRESENT, __NVIC_PRIO_BITS and the like).
namespace chip {
struct Core;
}

namespace cortex_m {

// SysTick at 0xE000.E010 in the System Control Space, where the core has
// one: 32-bit, word-aligned registers; reading CSR clears COUNTFLAG. Only
// the chip knows whether its core has one: on a chip without, this does
// not compile, and says why.
template <typename Core = chip::Core>
SysTick& sys_tick() {
    static_assert(Core::has_sys_tick,
                  "this chip's core has no SysTick (chip::Core::has_sys_tick is false; ARMv6-M makes it "
                  "optional, ARMv6-M ARM B3.3): use chip::Tick, the chip's periodic tick");
    return *reinterpret_cast<SysTick*>(std::uintptr_t{0xE000'E010});
}

}  // namespace cortex_m
