// The debugging chapter's program: a timer interrupt changes a variable
// while main() waits for it, so a debugger has something to watch; and,
// with VARIANT=<fault>, one deliberate fault for the crash report.
#include <cstdint>

#include "cortex_m/systick.hpp"
#include "faults_demo.hpp"

volatile std::uint32_t ticks;  // written only by SysTick_Handler

extern "C" void SysTick_Handler() {
    ticks = ticks + 1;
}

int main() {
    cortex_m::start_sys_tick(50'000);
    while (ticks < 3) {
    }
    cortex_m::stop_sys_tick();
    faults_demo::run_selected_fault();
    return 0;
}
