#pragma once

#include <cstdint>

// Ticks counted by the interrupt, collected by main, written in ticks.cpp.
namespace ticks {

// In the tick's handler: one more tick to collect.
void count_one();

// In main: the ticks counted since the last call, and none of them twice.
// A tick counted while this runs is collected now or by the next call:
// never lost.
std::uint32_t take_counted();

}  // namespace ticks
