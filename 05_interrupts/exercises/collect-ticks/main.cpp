// The program of the exercise collect-ticks: read it, but change only
// ticks.cpp. The periodic tick counts, main collects, in a loop; the
// handler also keeps a total of its own, which main reads only at the end.
// Every tick fired must have been collected: the last line says how many
// were lost.
#include <cstdint>

#include "chip_hal.hpp"
#include "drivers/format.hpp"
#include "runtime/host.hpp"
#include "ticks.hpp"

namespace {

constexpr std::uint32_t rounds = 10'000;
constexpr std::uint32_t tick_period_cycles = 101;

// The handler's own total: main reads it only once the tick has stopped.
volatile std::uint32_t fired;

void report(const char* label, std::uint32_t number) {
    format::Buffer text;
    format::decimal(number, text);
    host::write(label);
    host::write(text);
}

}  // namespace

extern "C" void Tick_Handler() {
    fired = fired + 1;
    ticks::count_one();
}

int main() {
    chip::Tick tick;  // SysTick on the LM3S6965, TIMER0 on the nRF51
    tick.start(tick_period_cycles);
    std::uint32_t collected = 0;
    for (std::uint32_t round = 0; round < rounds; ++round) {
        collected = collected + ticks::take_counted();
        // Other work, a little longer or shorter each round, as a real
        // main loop's is.
        for (std::uint32_t turn = 0; turn < round % 7; ++turn) {
            asm volatile("" ::: "memory");
        }
    }
    tick.stop();
    collected = collected + ticks::take_counted();  // the last ones
    const std::uint32_t total = fired;
    report("ticks fired: ", total);
    report(", collected: ", collected);
    report(", lost: ", total - collected);
    host::write("\n");
    return 0;
}
