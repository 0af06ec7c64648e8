#pragma once

#include <cstdint>

// The boot counter you write in boot_counter.cpp.
namespace boot_counter {

// Which boot this is since power came on: 1 after a cold boot (power-on,
// whatever RAM holds then), one more after each warm reset. Called once
// per boot, by main(), before anything else.
std::uint32_t count_this_boot();

}  // namespace boot_counter
