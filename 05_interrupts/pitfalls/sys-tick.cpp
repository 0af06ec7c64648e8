// Pitfall: SysTick on a chip whose core has none. cortex_m::sys_tick() asks
// the chip (chip::Core) whether its core has one: on the nRF51, which has
// not, the build stops and names the rule; on the LM3S6965 the same file
// builds. Portable code asks for chip::Tick instead.
#include "chip_hal.hpp"
#include "cortex_m/systick.hpp"

void tick_with_sys_tick() {
    cortex_m::SysTickTimer<> timer{cortex_m::sys_tick()};
    timer.start(101);
}
