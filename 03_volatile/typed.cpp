// The same job through the register layer: names from the datasheet, bit
// fields by name, read-only registers that cannot be written, and offsets
// checked at compile time. It compiles to the same instructions.
#include <cstdint>

#include "chips/lm3s6965/peripherals.hpp"
#include "hello.hpp"

using namespace lm3s6965;

namespace {

// excerpt: typed-clock
// The system clock from the PLL, locked to the board's 8 MHz crystal and
// divided by 16: 12.5 MHz, accurate enough for a baud rate (datasheet
// chapter 6, "Initialization and Configuration").
void start_system_clock() {
    SysCtl& system = system_control();
    auto clock = system.rcc.read();
    clock = clock.with<sysctl::PllBypass>(1).with<sysctl::UseSystemDivider>(0);
    system.rcc.write(clock);
    system.misc.write(reg::Value<sysctl::InterruptClear>{}.with<sysctl::PllLockClear>(1));
    clock = clock.with<sysctl::CrystalValue>(sysctl::crystal_8_mhz)
                .with<sysctl::OscillatorSource>(sysctl::oscillator_main)
                .with<sysctl::MainOscillatorDisable>(0)
                .with<sysctl::PllPowerDown>(0)
                .with<sysctl::PllOutputEnable>(0);
    system.rcc.write(clock);
    while (sysctl::PllLocked::get(system.ris.read()) == 0) {
    }
    system.rcc.write(
        clock.with<sysctl::SystemDivider>(15).with<sysctl::UseSystemDivider>(1).with<sysctl::PllBypass>(0));
}
// end excerpt

}  // namespace

namespace hello {

// excerpt: typed-start
void start_uart() {
    start_system_clock();
    SysCtl& system = system_control();
    system.rcgc1.modify([](std::uint32_t value) { return sysctl::Uart0Clock::set(value, 1); });
    while (sysctl::Uart0Clock::get(system.rcgc1.read()) == 0) {  // read back: settled
    }
    system.rcgc2.modify([](std::uint32_t value) { return sysctl::GpioPortAClock::set(value, 1); });
    while (sysctl::GpioPortAClock::get(system.rcgc2.read()) == 0) {
    }
    Pl061& port_a = gpio_port_a();
    port_a.afsel.modify([](std::uint32_t value) { return value | 0x3; });  // PA0, PA1: to the UART
    port_a.den.modify([](std::uint32_t value) { return value | 0x3; });
    Pl011& uart = uart0();
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
    SysCtl& system = system_control();
    system.rcgc2.modify([](std::uint32_t value) { return sysctl::GpioPortFClock::set(value, 1); });
    while (sysctl::GpioPortFClock::get(system.rcgc2.read()) == 0) {
    }
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
