// The LM3S6965's periodic tick (chip::Tick, chip_hal.hpp) is SysTick: its
// exception runs the program's Tick_Handler. Nothing to acknowledge: the
// SysTick exception is pending once per wrap of the counter, and taking it
// clears it (ARMv7-M ARM B3.3).
#include "chip_hal.hpp"
#include "runtime/panic.hpp"
#include "runtime/vectors.hpp"

extern "C" {

void SysTick_Handler() {
    Tick_Handler();
}

// A program that starts the tick defines Tick_Handler; until it does, the
// name is a weak alias of this one (an alias, not a weak definition, so a
// debugger finds only the program's Tick_Handler).
static void Tick_Unhandled() {
    panic("SysTick fired, but the program defines no Tick_Handler");
}
[[gnu::weak, gnu::alias("Tick_Unhandled")]] void Tick_Handler();

}  // extern "C"
