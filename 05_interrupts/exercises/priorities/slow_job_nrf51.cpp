// The slow job's interrupt on the nRF51: the radio's (IRQ 1), which nothing
// in this program uses otherwise; main raises it itself.
#include "jobs.hpp"

const chip::Interrupt jobs::slow_irq = chip::Interrupt::radio;

extern "C" void RADIO_Handler() {
    jobs::slow();
}
