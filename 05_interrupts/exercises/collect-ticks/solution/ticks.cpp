// Ticks counted by the interrupt, collected by main (ticks.hpp). main's
// read and reset of the count are one step: a tick between them would be
// counted, then wiped out by the reset. A critical section holds the tick
// off for those two accesses; it comes right after, and is counted then.
#include "ticks.hpp"

#include "concurrency/critical_section.hpp"

namespace ticks {

namespace {
// Written by the handler and by main; main only inside a critical section.
volatile std::uint32_t counted;
}  // namespace

void count_one() {
    counted = counted + 1;  // the handler: main cannot interrupt it
}

// excerpt: take
std::uint32_t take_counted() {
    // Portable: the Cortex-M0 has no exclusive access, so no atomic
    // exchange; a critical section works on every Cortex-M.
    concurrency::CriticalSection guard;
    const std::uint32_t taken = counted;
    counted = 0;
    return taken;
}
// end excerpt

}  // namespace ticks
