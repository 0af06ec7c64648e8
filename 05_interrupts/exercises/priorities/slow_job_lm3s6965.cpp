// The slow job's interrupt on the LM3S6965: GPIO port B's (IRQ 1), which
// nothing in this program uses otherwise; main raises it itself.
#include "jobs.hpp"

const chip::Interrupt jobs::slow_irq = chip::Interrupt::gpio_b;

extern "C" void GPIOB_Handler() {
    jobs::slow();
}
