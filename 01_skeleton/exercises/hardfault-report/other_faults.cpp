// The exercise hardfault-report's other fault handlers, as lesson 01's
// common/runtime/faults.cpp has them (this exercise leaves that file out,
// for HardFault_Handler is yours, in hard_fault.cpp).
#include "runtime/panic.hpp"
#include "runtime/vectors.hpp"

extern "C" {

void MemManage_Handler() {
    panic("MemManage fault");
}
void BusFault_Handler() {
    panic("BusFault");
}
void UsageFault_Handler() {
    panic("UsageFault");
}

}  // extern "C"
