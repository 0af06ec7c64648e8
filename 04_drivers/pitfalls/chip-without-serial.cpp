// Pitfall: a chip whose chip_hal.hpp forgot a role. This one gives a name,
// interrupts, pins, start_gpio(), a delay, its core and its tick, but no
// chip::Serial. The chip
// contract (common/hal/chip_contract.hpp), which every chip_hal.hpp includes
// last, stops the build and names the missing role, before any program
// meets the gap.
#include "chips/lm3s6965/hal.hpp"
#include "chips/lm3s6965/interrupts.hpp"
#include "chips/lm3s6965/peripherals.hpp"
#include "cortex_m/systick.hpp"

namespace chip {

constexpr const char* name = "half a chip";
using Interrupt = lm3s6965::Interrupt;
constexpr Interrupt serial_irq = Interrupt::uart0;
template <unsigned pin>
class PortFPin : public lm3s6965::Pin<pin> {
  public:
    PortFPin() : lm3s6965::Pin<pin>(lm3s6965::gpio_port_f()) {}
};
using DataPin = PortFPin<0>;
using ClockPin = PortFPin<2>;
using LatchPin = PortFPin<3>;
inline void start_gpio() {}
using Delay = lm3s6965::BusyDelay;
struct Core {
    static constexpr bool has_sys_tick = true;
};
class Tick : public cortex_m::SysTickTimer<> {
  public:
    Tick() : SysTickTimer(cortex_m::sys_tick<Core>()) {}
};

}  // namespace chip

#include "hal/chip_contract.hpp"
