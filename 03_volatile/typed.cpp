// The same job through the register layer: names from the datasheet, bit
// fields by name, read-only registers that cannot be written, and offsets
// checked at compile time. It compiles to the same instructions.
#include <cstdint>

#include "chips/lm3s6965/peripherals.hpp"
#include "hello.hpp"

namespace hello {

using namespace lm3s6965;

// excerpt: typed-start
void start_uart() {
    system_control().rcgc1.modify([](std::uint32_t value) { return sysctl::Uart0Clock::set(value, 1); });
    Pl011& uart = uart0();
    uart.ctl.write(0);
    uart.ibrd.write(6);   // 115200 baud from the 12 MHz reset clock:
    uart.fbrd.write(33);  // 12e6 / (16 * 115200) = 6 + 33/64
    uart.lcrh.write(
        reg::Value<pl011::LineControl>{}.with<pl011::WordLength>(0b11).with<pl011::FifoEnable>(1));
    uart.ctl.write(reg::Value<pl011::Control>{}
                       .with<pl011::UartEnable>(1)
                       .with<pl011::TxEnable>(1)
                       .with<pl011::RxEnable>(1));
}
// end excerpt

// excerpt: typed-print
void print(const char* text) {
    Pl011& uart = uart0();
    for (; *text != '\0'; ++text) {
        while (pl011::TxFifoFull::get(uart.fr.read()) != 0) {
        }
        uart.dr.write(static_cast<unsigned char>(*text));
    }
}
// end excerpt

bool gpio_round_trip() {
    system_control().rcgc2.modify([](std::uint32_t value) { return sysctl::GpioPortFClock::set(value, 1); });
    Pl061& port = gpio_port_f();
    port.dir.modify([](std::uint32_t value) { return value | 0x1; });
    port.den.modify([](std::uint32_t value) { return value | 0x1; });
    auto& pf0 = port.data[pin_mask(0)];
    pf0.write(0x1);
    const bool high = pf0.read() == 0x1;
    pf0.write(0x0);
    const bool low = pf0.read() == 0x0;
    return high && low;
}

}  // namespace hello
