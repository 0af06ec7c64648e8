#include "cortex_m/system_reset.hpp"

#include <cstdint>

namespace cortex_m {

void request_system_reset() {
    // AIRCR, the Application Interrupt and Reset Control Register, is a
    // 32-bit word-aligned register at 0xE000ED0C in the System Control Block
    // on every Cortex-M (ARMv7-M ARM B3.2.6; ARMv6-M ARM B3.2.6). A write
    // takes effect only with 0x05FA in the top half (VECTKEY); bit 2,
    // SYSRESETREQ, asks for the reset. The write has a side effect the
    // compiler cannot see, so it must be volatile.
    auto* const aircr = reinterpret_cast<volatile std::uint32_t*>(0xE000'ED0C);
    constexpr std::uint32_t vectkey = 0x05FA'0000;
    constexpr std::uint32_t sysresetreq = 1U << 2;
    *aircr = vectkey | sysresetreq;
    // The reset is not instantaneous: make sure the write has left the core,
    // then wait for it.
    asm volatile("dsb" ::: "memory");
    while (true) {
    }
}

}  // namespace cortex_m
