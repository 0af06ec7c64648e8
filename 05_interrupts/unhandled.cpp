// An interrupt enabled without a handler of its own: the chip's vector
// table sends it to IRQ_Default_Handler, which names it and panics.
#include "chip_hal.hpp"
#include "cortex_m/nvic.hpp"

int main() {
    // Interrupt 1, whatever the chip calls it: GPIO port B on the LM3S6965,
    // RADIO on the nRF51. A number becomes an interrupt only explicitly.
    constexpr chip::Interrupt irq{1};
    cortex_m::enable_irq(irq);
    cortex_m::pend_irq(irq);  // as if it fired
    return 0;                 // not reached
}
