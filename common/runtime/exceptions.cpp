// The core exceptions other than the faults: each ends in panic() unless a
// program defines its own handler. Weak aliases let a later lesson define
// SysTick_Handler (say) without touching this file.
#include "runtime/panic.hpp"
#include "runtime/vectors.hpp"

extern "C" {

void NMI_Handler() {
    panic("non-maskable interrupt");
}

void Default_Handler() {
    panic("unexpected exception");
}
[[gnu::weak, gnu::alias("Default_Handler")]] void SVC_Handler();
[[gnu::weak, gnu::alias("Default_Handler")]] void DebugMon_Handler();
[[gnu::weak, gnu::alias("Default_Handler")]] void PendSV_Handler();
[[gnu::weak, gnu::alias("Default_Handler")]] void SysTick_Handler();

}  // extern "C"
