// The program of the exercise gdb-fault-command: read it, but change only
// fault.gdb. It faults at once, one way or another (the variant says how),
// and its fault handler only panics: GDB must say what happened.
#include <cstdint>

#include "cortex_m/scb.hpp"

namespace {
volatile std::int32_t zero = 0;
volatile std::int32_t sink;  // where results go, so no fault is optimised away
using Function = void (*)();
Function volatile nowhere = nullptr;
}  // namespace

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
#if defined(VARIANT_DIVIDE_BY_ZERO)
    divide_by_zero(1);
#elif defined(VARIANT_NULL_CALL)
    call_through_null();
#else
    run_undefined_instruction();
#endif
    return 0;
}
