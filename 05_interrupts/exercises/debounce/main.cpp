// The program of the exercise debounce: read it, but change only
// button.cpp. The periodic tick plays the recorded button (recording.hpp)
// into button::sample(), one sample per tick; main prints each press it is
// handed, and, once the recording has ended, how many there were.
#include <cstdint>

#include "button.hpp"
#include "chip_hal.hpp"
#include "drivers/format.hpp"
#include "recording.hpp"
#include "runtime/host.hpp"

namespace {

constexpr std::uint32_t tick_period_cycles = 2000;

recording::RecordedButton recorded;  // the handler's alone
volatile bool played;                // set by the handler once the recording has ended

void report(const char* label, std::uint32_t number) {
    format::Buffer text;
    format::decimal(number, text);
    host::write(label);
    host::write(text);
    host::write("\n");
}

}  // namespace

extern "C" void Tick_Handler() {
    if (recorded.finished()) {
        played = true;
        return;
    }
    button::sample(recorded.is_high(), recorded.position());
    recorded.next();
}

int main() {
    chip::Tick tick;  // SysTick on the LM3S6965, TIMER0 on the nRF51
    tick.start(tick_period_cycles);
    std::uint32_t presses = 0;
    bool done = false;
    while (!done) {
        done = played;  // first: every press handed over before it is drained below
        std::uint32_t when = 0;
        while (button::next_press(when)) {
            report("press at sample ", when);
            presses = presses + 1;
        }
    }
    tick.stop();
    report("presses: ", presses);
    return 0;
}
