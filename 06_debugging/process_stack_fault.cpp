// A fault on the process stack: the crash report's other stack (make
// VARIANT=process-stack, which links this file in place of faults_demo.cpp).
// Thread mode is switched from the main stack (MSP) to the process stack
// (PSP), as an RTOS runs its threads, then runs an undefined instruction.
// The CPU stacks the frame on PSP and says so in EXC_RETURN's bit 2; the
// report must find the frame there, or its pc would not be this line.
#include <cstdint>

#include "faults_demo.hpp"

namespace faults_demo {

namespace {
alignas(8) std::uint32_t process_stack[64];  // 256 bytes: a frame or two
}  // namespace

[[gnu::noinline]] void run_undefined_instruction_on_psp() {
    asm volatile("udf #0");  // fault here
}

// Never returns: the fault ends in panic().
void run_selected_fault() {
    // PSP at the top of process_stack; CONTROL.SPSEL = 1: thread mode runs
    // on PSP; isb: the instructions after it see the new CONTROL (ARMv7-M
    // ARM B1.4.4, CONTROL; ARMv6-M the same). From here on SP is PSP, so
    // this function must never return to a frame it left on the main stack.
    asm volatile(
        "msr psp, %0\n"
        "msr control, %1\n"
        "isb" ::"r"(process_stack + 64),
        "r"(2U)
        : "memory");
    run_undefined_instruction_on_psp();
}

}  // namespace faults_demo
