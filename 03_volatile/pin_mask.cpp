// The PL061's masked data address (LM3S6965 datasheet, 8.2.1.2): a write to
// data[m] changes only the pins set in m, and a read of data[m] shows only
// those pins. PF0 and PF1 are driven high, then data[pin_mask(0)] is written
// 0: PF0 must fall, PF1 stay high. make VARIANT=pin-mask runs it; its
// must-fail twin, VARIANT=pin-mask-all, writes the 0 to data[0xff] instead.
#include <cstddef>
#include <cstdint>

#include "chips/lm3s6965/peripherals.hpp"
#include "hello.hpp"

using namespace lm3s6965;

int main() {
    hello::start_uart();
    system_control().rcgc2.modify([](std::uint32_t value) { return sysctl::GpioPortFClock::set(value, 1); });
    Pl061& port = gpio_port_f();
    constexpr std::size_t pf0 = pin_mask(0);
    constexpr std::size_t pf1 = pin_mask(1);
    constexpr std::size_t all_pins = 0xFF;
    port.dir.modify([](std::uint32_t value) { return value | pf0 | pf1; });
    port.den.modify([](std::uint32_t value) { return value | pf0 | pf1; });
    port.data[pf0 | pf1].write(0xFF);  // both high: the mask keeps the other six pins out
    const bool read_masked = port.data[pf0].read() == 0x01 && port.data[pf1].read() == 0x02;
#if defined(VARIANT_PIN_MASK_ALL)
    port.data[all_pins].write(0x00);  // every pin: PF1 falls too
#else
    port.data[pf0].write(0x00);  // PF0 alone
#endif
    const bool wrote_pf0_alone = port.data[all_pins].read() == 0x02;
    hello::print(read_masked ? "data[pin_mask(0)] read PF0 alone, data[pin_mask(1)] PF1 alone\n"
                             : "a read of data[m] showed pins outside m\n");
    hello::print(wrote_pf0_alone ? "0 written to data[pin_mask(0)]: PF0 low, PF1 still high\n"
                                 : "0 written to data[pin_mask(0)] changed another pin\n");
    return read_masked && wrote_pf0_alone ? 0 : 1;
}
