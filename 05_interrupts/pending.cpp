// An interrupt raised three times while interrupts are masked runs its
// handler once: an exception is pending or not, with no count (ARMv7-M ARM
// B1.5, the exception states; the same in ARMv6-M), so the second and third
// raise find it pending already. The program raises the UART's interrupt
// itself, through the NVIC's set-pending register, as the UART would: no
// timer, no timing. make VARIANT=pending-once; its must-fail twin,
// VARIANT=pending-unmasked, raises it with interrupts free.
#include <cstdint>

#include "chip_hal.hpp"
#include "concurrency/critical_section.hpp"
#include "cortex_m/nvic.hpp"
#include "drivers/console.hpp"

namespace {
volatile std::uint32_t handler_runs;  // written only by UART0_Handler
constexpr std::uint32_t raises = 3;
}  // namespace

extern "C" void UART0_Handler() {
    handler_runs = handler_runs + 1;
}

namespace {

void raise_serial_irq() {
    cortex_m::pend_irq(chip::serial_irq);
    // The write reaches the NVIC, and the CPU acts on it, before the next
    // instruction (ARM application note 321, "Cortex-M programming guide to
    // memory barrier instructions", on enabling and pending interrupts).
    asm volatile("dsb\n isb" ::: "memory");
}

#if defined(VARIANT_PENDING_UNMASKED)
constexpr const char* how = "with interrupts free";
void raise_three_times() {
    for (std::uint32_t raise = 0; raise < raises; ++raise) {
        raise_serial_irq();  // taken at once, each time
    }
}
#else
constexpr const char* how = "while masked";
void raise_three_times() {
    {
        concurrency::CriticalSection guard;
        for (std::uint32_t raise = 0; raise < raises; ++raise) {
            raise_serial_irq();  // pending, and pending it stays
        }
    }
    // Unmasked: the pending interrupt is taken once the CPU has seen the new
    // PRIMASK, which the isb makes sure of (the same application note).
    asm volatile("isb" ::: "memory");
}
#endif

}  // namespace

int main() {
    chip::Serial serial;
    serial.start();
    drivers::Console console{serial};
    cortex_m::enable_irq(chip::serial_irq);
    raise_three_times();
    cortex_m::disable_irq(chip::serial_irq);
    const std::uint32_t runs = handler_runs;
    console.print("raised 3 times ");
    console.print(how);
    console.print(", the handler ran ");
    console.print_decimal(runs);
    console.print(runs == 1 ? " time\n" : " times\n");
    return runs == 1 ? 0 : 1;
}
