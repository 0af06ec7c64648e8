// EXERCISE NOT DONE: delete this line when you want `make exercises` to check your work.
// UART1 (uart1.hpp). This first try is lesson 03's typed.cpp with UART1's
// address put in: QEMU runs it and UART1 sends every byte, but the chip
// would not. The check replays its register accesses through the chip's
// rules, and says which it breaks.
#include "uart1.hpp"

#include <cstdint>

#include "chips/lm3s6965/hal.hpp"
#include "chips/lm3s6965/peripherals.hpp"

using namespace lm3s6965;

namespace {

// UART1 at 0x4000.D000 (LM3S6965 datasheet, table 2-4, "UART1"): 4-byte
// aligned, its layout the PL011's (pl011.hpp, static_asserts), every
// access one volatile access through reg::Register.
Pl011& uart1_registers() {
    return *reinterpret_cast<Pl011*>(std::uintptr_t{0x4000'D000});
}

}  // namespace

namespace uart1 {

void start() {
    SysCtl& system = system_control();
    start_system_clock(system);  // the PLL from the crystal, 12.5 MHz (chips/lm3s6965/hal.hpp)
    system.rcgc1.modify([](std::uint32_t value) { return sysctl::Uart0Clock::set(value, 1); });
    while (sysctl::Uart0Clock::get(system.rcgc1.read()) == 0) {  // read back: settled
    }
    system.rcgc2.modify([](std::uint32_t value) { return sysctl::GpioPortAClock::set(value, 1); });
    while (sysctl::GpioPortAClock::get(system.rcgc2.read()) == 0) {
    }
    Pl061& port_a = gpio_port_a();
    port_a.afsel.modify([](std::uint32_t value) { return value | 0x3; });  // PA0, PA1: to the UART
    port_a.den.modify([](std::uint32_t value) { return value | 0x3; });
    Pl011& uart = uart1_registers();
    while (pl011::Busy::get(uart.fr.read()) != 0) {
    }
    uart.ctl.write(0);
    uart.lcrh.modify([](reg::Value<pl011::LineControl> value) { return value.with<pl011::FifoEnable>(0); });
    uart.ibrd.write(6);   // 115200 baud from the 12.5 MHz system clock:
    uart.fbrd.write(50);  // 12.5e6 / (16 * 115200) = 6 + 50/64
    uart.lcrh.write(
        reg::Value<pl011::LineControl>{}.with<pl011::WordLength>(0b11).with<pl011::FifoEnable>(1));
    uart.ctl.write(reg::Value<pl011::Control>{}
                       .with<pl011::UartEnable>(1)
                       .with<pl011::TxEnable>(1)
                       .with<pl011::RxEnable>(1));
}

void print(const char* text) {
    Pl011& uart = uart1_registers();
    for (; *text != '\0'; ++text) {
        while (pl011::TxFifoFull::get(uart.fr.read()) != 0) {
        }
        uart.dr.write(static_cast<unsigned char>(*text));
    }
}

}  // namespace uart1
