// EXERCISE NOT DONE: delete this line when you want `make exercises` to check your work.
// The boot counter (boot_counter.hpp says what it must do). This first
// try counts in an ordinary global: read lesson 02 on .bss and .noinit,
// and the README, to see why it says 1 at every boot.
#include "boot_counter.hpp"

namespace boot_counter {

namespace {
std::uint32_t boots;
}  // namespace

std::uint32_t count_this_boot() {
    boots = boots + 1;
    return boots;
}

}  // namespace boot_counter
