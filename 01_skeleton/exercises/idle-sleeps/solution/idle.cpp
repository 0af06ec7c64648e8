// The idle loop (idle.hpp): the CPU sleeps until an interrupt wakes it
// (wfi, "wait for interrupt": ARMv7-M ARM A7.7.262 and B1.5.19; the same
// instruction on ARMv6-M), then goes back to sleep. Nothing wakes it yet
// (no interrupts until lesson 05): it sleeps for good, on little power.
#include "idle.hpp"

namespace idle {

void forever() {
    // excerpt: loop
    while (true) {
        // volatile: the instruction has an effect the compiler cannot see,
        // and must stay in the loop.
        asm volatile("wfi");
    }
    // end excerpt
}

}  // namespace idle
