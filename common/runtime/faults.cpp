// What the CPU runs when it detects a fault: each ends in panic(), named so
// that a backtrace says which fault it was.
#include "runtime/panic.hpp"
#include "runtime/vectors.hpp"

extern "C" {

void NMI_Handler() { panic("non-maskable interrupt"); }
void HardFault_Handler() { panic("HardFault"); }
void MemManage_Handler() { panic("MemManage fault"); }
void BusFault_Handler() { panic("BusFault"); }
void UsageFault_Handler() { panic("UsageFault"); }

// An exception this program did not expect. Weak aliases let a later lesson
// define SysTick_Handler (say) without touching this file.
void Default_Handler() { panic("unexpected exception"); }
[[gnu::weak, gnu::alias("Default_Handler")]] void SVC_Handler();
[[gnu::weak, gnu::alias("Default_Handler")]] void DebugMon_Handler();
[[gnu::weak, gnu::alias("Default_Handler")]] void PendSV_Handler();
[[gnu::weak, gnu::alias("Default_Handler")]] void SysTick_Handler();

}  // extern "C"
