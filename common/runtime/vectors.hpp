#pragma once

// The names the vector table refers to. They are extern "C" because they
// cross a boundary that knows nothing of C++: the linker script names
// Reset_Handler as the ELF entry point, debuggers and other files look them
// up by these exact names, and a C++ (mangled) name such as
// _Z13Reset_Handlerv would never match.
#include "runtime/linker_symbols.hpp"

extern "C" {

[[noreturn]] void Reset_Handler();
void NMI_Handler();
void HardFault_Handler();
void MemManage_Handler();
void BusFault_Handler();
void UsageFault_Handler();
void SVC_Handler();
void DebugMon_Handler();
void PendSV_Handler();
void SysTick_Handler();

}  // extern "C"
