#include "runtime/panic.hpp"

[[gnu::weak]] void report_panic(const char*) {}

// noinline: a backtrace must show panic() as its own frame, called from the
// function that gave up.
[[gnu::noinline]] void panic(const char* reason) {
    report_panic(reason);
    // Mask interrupts: nothing may run on top of a broken state.
    asm volatile("cpsid i" ::: "memory");
    // The "memory" clobber makes each turn of the loop an observable step,
    // so `reason` stays live and GDB can print it from this frame.
    while (true) {
        asm volatile("" : : "r"(reason) : "memory");
    }
}
