// Pitfall: a field of one register written into another. UartEnable is bit
// 0 of the PL011's UARTCTL; bit 0 of the core's CCR is something else
// entirely. A field belongs to its register's layout, and the value it
// makes can be written to a register of that layout only.
#include <cstdint>

#include "chips/lm3s6965/pl011.hpp"
#include "cortex_m/scb.hpp"

void enable_the_uart_in_the_wrong_register() {
    cortex_m::scb().ccr.modify(
        [](std::uint32_t value) { return lm3s6965::pl011::UartEnable::set(value, 1); });
}
