#pragma once

#include <cstddef>
#include <cstdint>

#include "cortex_m/interrupt_number.hpp"
#include "registers/register.hpp"

// The Nested Vectored Interrupt Controller: enables, pends and prioritises
// the chip's interrupts (ARMv7-M ARM B3.4; ARMv6-M ARM B3.4, which has
// registers for 32 interrupts only). The set and clear registers take a 1
// for each interrupt to change and ignore 0s (and read as the state itself):
// no read-modify-write, and their types have no modify().
namespace cortex_m {

template <typename Bus = reg::Mmio>
struct NvicRegisters {
    reg::WriteOneToSet<std::uint32_t, Bus> iser[8];  // 0x000 set-enable
    reg::Reserved<0x60> reserved_020;
    reg::WriteOneToClear<std::uint32_t, Bus> icer[8];  // 0x080 clear-enable
    reg::Reserved<0x60> reserved_0a0;
    reg::WriteOneToSet<std::uint32_t, Bus> ispr[8];  // 0x100 set-pending
    reg::Reserved<0x60> reserved_120;
    reg::WriteOneToClear<std::uint32_t, Bus> icpr[8];  // 0x180 clear-pending
    reg::Reserved<0x160> reserved_1a0;
    reg::ReadWrite<std::uint32_t, Bus> ipr[60];  // 0x300 priority, 4 interrupts per word
};
using Nvic = NvicRegisters<>;
static_assert(offsetof(Nvic, icer) == 0x080 && offsetof(Nvic, ispr) == 0x100);
static_assert(offsetof(Nvic, icpr) == 0x180 && offsetof(Nvic, ipr) == 0x300);

// At 0xE000.E100 in the System Control Space of every Cortex-M; word access
// works on both ARMv6-M and ARMv7-M.
inline Nvic& nvic() {
    return *reinterpret_cast<Nvic*>(std::uintptr_t{0xE000'E100});
}

// Each takes the chip's interrupt type (interrupt_number.hpp), e.g.
// chip::serial_irq; the set and clear registers are written, never
// read and written back.
template <InterruptNumber Irq>
void enable_irq(Irq irq) {
    nvic().iser[index_of(irq) / 32].write(1U << (index_of(irq) % 32));
}
// Disabled means disabled once this returns: the ICER write may still be on
// its way through the bus, and an interrupt already fetched may still be
// taken, unless a DSB and an ISB follow it (CMSIS core_cm3.h and core_cm0.h,
// __NVIC_DisableIRQ; ARM's "Cortex-M Programming Guide to Memory Barrier
// Instructions", AN321). Given the NVIC's registers, so that a host test
// sees the barriers after the write.
template <typename Bus, InterruptNumber Irq>
void disable_irq(NvicRegisters<Bus>& controller, Irq irq) {
    controller.icer[index_of(irq) / 32].write(1U << (index_of(irq) % 32));
    Bus::data_synchronization_barrier();
    Bus::instruction_synchronization_barrier();
}
template <InterruptNumber Irq>
void disable_irq(Irq irq) {
    disable_irq(nvic(), irq);
}
// Pending, as if it had fired: the NVIC takes it once it is enabled and
// its priority allows.
template <InterruptNumber Irq>
void pend_irq(Irq irq) {
    nvic().ispr[index_of(irq) / 32].write(1U << (index_of(irq) % 32));
}

// Priority 0 is the most urgent; only the top bits exist (3 on the
// LM3S6965, 2 on the nRF51), so use multiples of 0x40. IPR holds four
// interrupts' priorities: read, modify, write; call it from main before
// the interrupts it changes are enabled.
template <InterruptNumber Irq>
void set_irq_priority(Irq irq, std::uint8_t priority) {
    const unsigned shift = 8 * (index_of(irq) % 4);
    nvic().ipr[index_of(irq) / 4].modify([=](std::uint32_t value) {
        return (value & ~(0xFFU << shift)) | (std::uint32_t{priority} << shift);
    });
}

}  // namespace cortex_m
