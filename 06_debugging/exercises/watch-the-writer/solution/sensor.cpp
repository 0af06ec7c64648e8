// The sensor's state (sensor.hpp). The ring wraps when its next place
// would be one past its end: `next > window` let it write readings[8], one
// past the array, which is where the struct keeps alarm_level.
#include "sensor.hpp"

namespace sensor {

State state = {{}, 100};

namespace {
std::size_t next;  // where the next reading goes
std::size_t kept;  // how many readings the ring holds, up to `window`
}  // namespace

void record(std::int16_t reading) {
    state.readings[next] = reading;
    next = next + 1;
    // excerpt: wrap
    if (next == window) {
        next = 0;
    }
    // end excerpt
    if (kept < window) {
        kept = kept + 1;
    }
}

std::int16_t average() {
    std::int32_t sum = 0;
    for (std::size_t i = 0; i < kept; ++i) {
        sum = sum + state.readings[i];
    }
    return static_cast<std::int16_t>(kept == 0 ? 0 : sum / static_cast<std::int32_t>(kept));
}

bool is_alarm(std::int16_t reading) {
    return reading > state.alarm_level;
}

}  // namespace sensor
