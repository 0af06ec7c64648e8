// The same job, the same steps, with the registers written by hand for the
// LM3S6965 (port F pins 0, 2, 3; see lesson 03): the baseline an interface
// must not exceed.
#include <cstdint>

#include "chips/lm3s6965/peripherals.hpp"
#include "jobs.hpp"

void jobs::shift_out(std::uint8_t value) {
    using namespace lm3s6965;
    constexpr std::uint32_t data = 1U << 0, clock = 1U << 2, latch = 1U << 3;
    SysCtl& system = system_control();
    system.rcgc2.modify([](std::uint32_t v) { return sysctl::GpioPortFClock::set(v, 1); });
    while (sysctl::GpioPortFClock::get(system.rcgc2.read()) == 0) {  // the gate has settled
    }
    Pl061& port = gpio_port_f();
    port.dir.modify([](std::uint32_t v) { return v | data; });
    port.den.modify([](std::uint32_t v) { return v | data; });
    port.dir.modify([](std::uint32_t v) { return v | clock; });
    port.den.modify([](std::uint32_t v) { return v | clock; });
    port.dir.modify([](std::uint32_t v) { return v | latch; });
    port.den.modify([](std::uint32_t v) { return v | latch; });
    port.data[clock].write(0);
    port.data[latch].write(0);
    for (int bit = 7; bit >= 0; --bit) {
        if (((value >> bit) & 1U) != 0) {
            port.data[data].write(data);
        } else {
            port.data[data].write(0);
        }
        port.data[clock].write(clock);
        port.data[clock].write(0);
    }
    port.data[latch].write(latch);
    port.data[latch].write(0);
}
