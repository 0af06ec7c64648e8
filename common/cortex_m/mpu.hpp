#pragma once

#include <cstddef>
#include <cstdint>

#include "registers/register.hpp"

// The Memory Protection Unit of ARMv7-M (ARMv7-M ARM B3.5; optional on the
// Cortex-M3, present on the LM3S6965; the nRF51's Cortex-M0 has none).
namespace cortex_m {

template <typename Bus = reg::Mmio>
struct MpuRegisters {
    reg::ReadOnly<std::uint32_t, Bus> type;   // 0xd90
    reg::ReadWrite<std::uint32_t, Bus> ctrl;  // 0xd94
    reg::ReadWrite<std::uint32_t, Bus> rnr;   // 0xd98 region number
    reg::ReadWrite<std::uint32_t, Bus> rbar;  // 0xd9c region base address
    reg::ReadWrite<std::uint32_t, Bus> rasr;  // 0xda0 region attributes and size
};
using Mpu = MpuRegisters<>;
static_assert(offsetof(Mpu, rasr) == 0x10);

// At 0xE000.ED90 in the System Control Space; word-aligned 32-bit registers.
inline Mpu& mpu() {
    return *reinterpret_cast<Mpu*>(std::uintptr_t{0xE000'ED90});
}

}  // namespace cortex_m
