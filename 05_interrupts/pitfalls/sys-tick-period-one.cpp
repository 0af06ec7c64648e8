// Pitfall (make VARIANT=sys-tick-period-one): a SysTick "every cycle". The
// reload value would be 0, and SysTick never fires from a reload of 0
// (Cortex-M3 Devices Generic User Guide 4.4.2), so the program would wait
// for a tick that never comes. The period is checked while compiling
// (cortex_m::systick::Period, common/cortex_m/systick.hpp): this must not
// compile on the LM3S6965, whose tick is SysTick, and the error names the rule.
#include "chip_hal.hpp"

void tick_every_cycle() {
    chip::Tick{}.start(1);
}
