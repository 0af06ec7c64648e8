#pragma once

#include <cstddef>
#include <cstdint>

// A sensor's last readings, and the level above which a reading is an
// alarm. Written in sensor.cpp.
namespace sensor {

constexpr std::size_t window = 8;

struct State {
    std::int16_t readings[window];  // the last `window` readings, a ring
    std::int16_t alarm_level;       // set once, at build time
};
extern State state;

// Keep a reading, in place of the oldest once the ring is full.
void record(std::int16_t reading);
// The mean of the last `window` readings (rounded down).
std::int16_t average();
// Is this reading above the alarm level?
bool is_alarm(std::int16_t reading);

}  // namespace sensor
