// UART1 (uart1.hpp), set up for the chip: its own clock gate (RCGC1 bit 1),
// its pins' port's gate (port D: RCGC2 bit 3), each read back to settle,
// and its pins PD2 (U1Rx) and PD3 (U1Tx) given to it (GPIOAFSEL, GPIODEN):
// LM3S6965 datasheet, chapter 12 "Signal Description" and "Initialization
// and Configuration"; chapter 6, RCGC1 and RCGC2; chapter 8, GPIOAFSEL and
// GPIODEN.
#include "uart1.hpp"

#include <cstdint>

#include "chips/lm3s6965/hal.hpp"
#include "chips/lm3s6965/peripherals.hpp"

using namespace lm3s6965;

namespace {

// UART1 at 0x4000.D000 and GPIO port D at 0x4000.7000 (LM3S6965 datasheet,
// table 2-4): 4-byte aligned, their layouts the PL011's and the PL061's
// (pl011.hpp, pl061.hpp, static_asserts), every access one volatile access
// through reg::Register.
Pl011& uart1_registers() {
    return *reinterpret_cast<Pl011*>(std::uintptr_t{0x4000'D000});
}
Pl061& gpio_port_d() {
    return *reinterpret_cast<Pl061*>(std::uintptr_t{0x4000'7000});
}

// U1Rx is PD2, U1Tx is PD3 (datasheet chapter 12, "Signal Description").
constexpr std::uint32_t pins_pd2_pd3 = 0b1100;

}  // namespace

namespace uart1 {

// excerpt: start
void start() {
    SysCtl& system = system_control();
    start_system_clock(system);  // the PLL from the crystal, 12.5 MHz (chips/lm3s6965/hal.hpp)
    system.rcgc1.modify([](std::uint32_t value) { return sysctl::UartClock<1>::set(value, 1); });
    while (sysctl::UartClock<1>::get(system.rcgc1.read()) == 0) {  // read back: settled
    }
    system.rcgc2.modify([](std::uint32_t value) { return sysctl::GpioPortClock<3>::set(value, 1); });
    while (sysctl::GpioPortClock<3>::get(system.rcgc2.read()) == 0) {
    }
    Pl061& port_d = gpio_port_d();
    port_d.afsel.modify([](std::uint32_t value) { return value | pins_pd2_pd3; });  // to the UART
    port_d.den.modify([](std::uint32_t value) { return value | pins_pd2_pd3; });
    // end excerpt
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
