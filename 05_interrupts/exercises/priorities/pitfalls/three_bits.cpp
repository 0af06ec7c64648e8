// A pitfall, for the checks: two priorities that differ in the third bit
// only. The LM3S6965 keeps three bits of each priority byte, and sees 0x00
// and 0x20 as two priorities; the nRF51's Cortex-M0 keeps two, reads 0x20
// as 0x00, and sees one (make VARIANT=three-bits).
#include "cortex_m/nvic.hpp"
#include "jobs.hpp"

void jobs::set_priorities() {
    cortex_m::set_irq_priority(chip::serial_irq, 0x00);
    cortex_m::set_irq_priority(jobs::slow_irq, 0x20);
}
