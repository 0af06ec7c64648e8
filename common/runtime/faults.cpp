// What the CPU runs when it detects a fault: each ends in panic(), named so
// that a backtrace says which fault it was. (common/runtime/crash_report.cpp
// is the version that also says why; see the debugging chapter.)
#include "runtime/panic.hpp"
#include "runtime/vectors.hpp"

extern "C" {

void HardFault_Handler() {
    panic("HardFault");
}
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
