// The debugging chapter's program: a timer interrupt changes a variable
// while main() waits for it, so a debugger has something to watch; and,
// with VARIANT=<fault>, one deliberate fault for the crash report.
#include <cstdint>

#include "chip_hal.hpp"
#include "faults_demo.hpp"

volatile std::uint32_t ticks;  // written only by Tick_Handler

extern "C" void Tick_Handler() {
    ticks = ticks + 1;
}

int main() {
    chip::Tick tick;  // SysTick on the LM3S6965, TIMER0 on the nRF51
    tick.start(50'000);
    while (ticks < 3) {
    }
    tick.stop();
    faults_demo::run_selected_fault();
    return 0;
}
