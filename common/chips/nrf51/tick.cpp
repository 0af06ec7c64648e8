// The nRF51's periodic tick (chip::Tick, chip_hal.hpp) is TIMER0: its
// interrupt acknowledges the compare event, then runs the program's
// Tick_Handler.
#include "chip_hal.hpp"
#include "runtime/panic.hpp"

extern "C" {

void TIMER0_Handler() {
    chip::Tick tick;
    tick.acknowledge();
    Tick_Handler();
}

// A program that starts the tick defines Tick_Handler; until it does, the
// name is a weak alias of this one (an alias, not a weak definition, so a
// debugger finds only the program's Tick_Handler).
static void Tick_Unhandled() {
    panic("TIMER0 fired, but the program defines no Tick_Handler");
}
[[gnu::weak, gnu::alias("Tick_Unhandled")]] void Tick_Handler();

}  // extern "C"
