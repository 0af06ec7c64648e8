// The two jobs' priorities (jobs.hpp). A lower number is more urgent, and
// an interrupt preempts a running handler only if its priority is strictly
// more urgent (ARMv7-M ARM B1.5.4; ARMv6-M ARM B1.5.4). Only the top bits of
// each priority byte exist: 3 on the LM3S6965, 2 on the nRF51's Cortex-M0
// (its 4 levels: 0x00, 0x40, 0x80, 0xC0), so the values differ in their top
// two bits, which both chips keep.
#include "cortex_m/nvic.hpp"
#include "jobs.hpp"

// excerpt: priorities
void jobs::set_priorities() {
    cortex_m::set_irq_priority(chip::serial_irq, 0x40);  // urgent
    cortex_m::set_irq_priority(jobs::slow_irq, 0x80);    // slow: waits for the urgent one
}
// end excerpt
