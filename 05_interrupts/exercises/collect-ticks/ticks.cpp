// EXERCISE NOT DONE: delete this line when you want `make exercises` to check your work.
// Ticks counted by the interrupt, collected by main (ticks.hpp). It looks
// right, and it loses ticks: make run says how many.
#include "ticks.hpp"

namespace ticks {

namespace {
// Written by the handler and by main. volatile: every access a real load or
// store, so what is lost is lost in the code, not by the optimiser.
volatile std::uint32_t counted;
}  // namespace

void count_one() {
    counted = counted + 1;  // the handler: main cannot interrupt it
}

std::uint32_t take_counted() {
    const std::uint32_t taken = counted;
    counted = 0;
    return taken;
}

}  // namespace ticks
