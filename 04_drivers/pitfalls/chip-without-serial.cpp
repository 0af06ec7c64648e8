// Pitfall: a chip whose chip_hal.hpp forgot a role. This one gives a name,
// interrupts, pins, start_gpio() and a delay, but no chip::Serial. The chip
// contract (common/hal/chip_contract.hpp), which every chip_hal.hpp includes
// last, stops the build and names the missing role, before any program
// meets the gap.
#include "chips/lm3s6965/hal.hpp"
#include "chips/lm3s6965/interrupts.hpp"
#include "chips/lm3s6965/peripherals.hpp"

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

}  // namespace chip

#include "hal/chip_contract.hpp"
