// An interrupt enabled without a handler of its own: the chip's vector
// table sends it to IRQ_Default_Handler, which names it and panics.
#include "cortex_m/nvic.hpp"

int main() {
    constexpr unsigned irq = 1;  // GPIO port B on the LM3S6965, RADIO on the nRF51
    cortex_m::enable_irq(irq);
    cortex_m::nvic().ispr[0].write(1U << irq);  // make it pending, as if it fired
    return 0;                                   // not reached
}
