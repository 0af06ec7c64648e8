// The program of the exercise gdb-fault-command: read it, but change only
// fault.gdb. It faults at once, one way or another (which_fault says how),
// and its fault handler only panics: GDB must say what happened.
#include <cstdint>

#include "cortex_m/scb.hpp"

namespace {
volatile std::int32_t zero = 0;
volatile std::int32_t sink;  // where results go, so no fault is optimised away
using Function = void (*)();
Function volatile nowhere = nullptr;
}  // namespace

// Which fault main() runs: 0 an undefined instruction, 1 a division by
// zero, 2 a call through a null pointer. Set it from GDB once main() is
// reached (startup zeroes it before): set var which_fault = 1
volatile std::uint32_t which_fault;

// Each fault in a function of its own (noinline), as lesson 06's are.
[[gnu::noinline]] void run_undefined_instruction() {
    asm volatile("udf #0");
}

// With DIV_0_TRP set, sdiv by zero is a UsageFault (lesson 06).
[[gnu::noinline]] void divide_by_zero(std::int32_t numerator) {
    cortex_m::scb().ccr.modify(
        [](std::uint32_t value) { return cortex_m::ccr::DivideByZeroTrap::set(value, 1); });
    sink = numerator / zero;
}

[[gnu::noinline]] void call_through_null() {
    nowhere();
}

int main() {
    switch (which_fault) {
        case 1:
            divide_by_zero(1);
            break;
        case 2:
            call_through_null();
            break;
        default:
            run_undefined_instruction();
            break;
    }
    return 0;
}
