// The LM3S6965's drivers on the datasheet-strict double: what QEMU forgives
// (clock gates, pin routing, clock accuracy, reconfiguration), held here.
// First the course's drivers keep every rule; then, rule by rule, the
// driver broken on purpose breaks exactly that rule, and the report names
// it and where it is written (doubles/strict_lm3s6965.hpp has the rules);
// last, the baud-rate arithmetic behind one of them, per clock source.
#include <cmath>
#include <cstdint>
#include <string>

#include "catch.hpp"
#include "chips/lm3s6965/hal.hpp"
#include "chips/lm3s6965/interrupts.hpp"
#include "cortex_m/nvic.hpp"
#include "cortex_m/system_reset.hpp"
#include "cortex_m/systick.hpp"
#include "doubles/recording_bus.hpp"
#include "doubles/strict_lm3s6965.hpp"
#include "strict_rules.hpp"

namespace {

using doubles::StrictBus;
using doubles::StrictLm3s6965;
using strict_rules::broke_only;
using strict_rules::kept_every_rule;

const silicon::Chip& rules = StrictLm3s6965::rules();

using Uart0 = lm3s6965::Uart<0, StrictBus>;
constexpr std::uint32_t eight_bits_fifos_on = (0b11U << 5) | (1U << 4);          // WLEN, FEN
constexpr std::uint32_t uart_tx_rx_enabled = (1U << 9) | (1U << 8) | (1U << 0);  // RXE, TXE, UARTEN

// The driver's steps up to its pins, and its pins: for the programs below
// that break what comes after.
void clock_gates_and_pins(StrictLm3s6965& chip) {
    lm3s6965::start_system_clock(chip.system_control);
    lm3s6965::open_clock_gate<lm3s6965::sysctl::Uart0Clock>(chip.system_control.rcgc1);
    lm3s6965::open_clock_gate<lm3s6965::sysctl::GpioPortAClock>(chip.system_control.rcgc2);
    chip.gpio_port_a.afsel.write(0b11);
    chip.gpio_port_a.den.write(0b11);
}

// The clock sources of lm3s6965_clock_sources(), by the start of their name.
silicon::ClockSource source(const std::string& starts_with) {
    for (const silicon::ClockSource& candidate : silicon::lm3s6965_clock_sources()) {
        if (candidate.name.rfind(starts_with, 0) == 0) {
            return candidate;
        }
    }
    FAIL("no clock source named " << starts_with);
    return {};
}

long rounded(double baud) {
    return std::lround(baud);
}

}  // namespace

// excerpt: kept
TEST_CASE("lm3s6965 keeps every rule: chip::Serial's start, the system clock then UART0") {
    StrictLm3s6965 chip;
    Uart0 uart{chip.uart0, chip.system_control, chip.gpio_port_a};
    lm3s6965::start_system_clock(chip.system_control);
    uart.start();
    CHECK(uart.try_write('A') == hal::Status::ok);
    kept_every_rule(chip);
}
// end excerpt

TEST_CASE("lm3s6965 keeps every rule: UART1, on PD2 and PD3, from the same class") {
    StrictLm3s6965 chip;
    lm3s6965::Uart<1, StrictBus> uart{chip.uart1, chip.system_control, chip.gpio_port_d};
    lm3s6965::start_system_clock(chip.system_control);
    uart.start();
    kept_every_rule(chip);
}

TEST_CASE("lm3s6965 keeps every rule: start() again after a byte, reconfiguring the documented way") {
    StrictLm3s6965 chip;
    Uart0 uart{chip.uart0, chip.system_control, chip.gpio_port_a};
    lm3s6965::start_system_clock(chip.system_control);
    uart.start();
    CHECK(uart.try_write('A') == hal::Status::ok);  // the UART is busy until UARTFR says otherwise
    lm3s6965::start_system_clock(chip.system_control);
    uart.start();
    kept_every_rule(chip);
}

TEST_CASE("lm3s6965 keeps every rule: pins of port F, as the shift register uses them") {
    StrictLm3s6965 chip;
    lm3s6965::start_gpio_port<lm3s6965::port_f>(chip.system_control);
    lm3s6965::Pin<0, StrictBus> pin{chip.gpio_port_f};
    pin.start_output();
    pin.set_high();
    CHECK(pin.is_high());
    pin.set_low();
    kept_every_rule(chip);
}

TEST_CASE("lm3s6965 keeps every rule: SysTick started, an interrupt disabled, a reset requested") {
    StrictLm3s6965 chip;
    cortex_m::SysTickTimer{chip.sys_tick}.start(2);  // the shortest period that fires
    cortex_m::disable_irq(chip.nvic, lm3s6965::Interrupt::uart0);
    cortex_m::write_system_reset_request(chip.scb);
    kept_every_rule(chip);
}

TEST_CASE("lm3s6965 must fail: clock-gate-open") {
    StrictLm3s6965 chip;
    chip.uart0.ctl.write(0);  // UART0 before RCGC1 clocks it
    broke_only(chip, rules, "clock-gate-open");
}

// excerpt: must-fail
TEST_CASE("lm3s6965 must fail: clock-gate-settled") {
    StrictLm3s6965 chip;
    // The gate opened, and the port touched at once: modify()'s read came
    // before the write, so nothing read RCGC2 after it.
    chip.system_control.rcgc2.modify(
        [](auto value) { return lm3s6965::sysctl::GpioPortFClock::set(value, 1); });
    chip.gpio_port_f.dir.write(1);
    broke_only(chip, rules, "clock-gate-settled");
}
// end excerpt

TEST_CASE("lm3s6965 must fail: uart-pins-routed") {
    StrictLm3s6965 chip;
    lm3s6965::start_system_clock(chip.system_control);
    lm3s6965::open_clock_gate<lm3s6965::sysctl::Uart0Clock>(chip.system_control.rcgc1);
    chip.uart0.ctl.write(0);
    chip.uart0.ibrd.write(6);
    chip.uart0.fbrd.write(50);
    chip.uart0.lcrh.write(eight_bits_fifos_on);
    chip.uart0.ctl.write(uart_tx_rx_enabled);  // PA0 and PA1 are still GPIO pins
    broke_only(chip, rules, "uart-pins-routed");
}

TEST_CASE("lm3s6965 must fail: uart-disabled-to-change") {
    StrictLm3s6965 chip;
    clock_gates_and_pins(chip);
    chip.uart0.ctl.write(0);
    chip.uart0.ibrd.write(6);
    chip.uart0.fbrd.write(50);
    chip.uart0.lcrh.write(0b11U << 5);
    chip.uart0.ctl.write(uart_tx_rx_enabled);
    chip.uart0.lcrh.write(eight_bits_fifos_on);  // FIFOs on, with the UART running
    broke_only(chip, rules, "uart-disabled-to-change");
}

TEST_CASE("lm3s6965 must fail: uart-idle-to-change") {
    StrictLm3s6965 chip;
    Uart0 uart{chip.uart0, chip.system_control, chip.gpio_port_a};
    lm3s6965::start_system_clock(chip.system_control);
    uart.start();
    CHECK(uart.try_write('A') == hal::Status::ok);
    chip.uart0.ctl.write(0);  // disabled, but 'A' may still be on the wire
    chip.uart0.lcrh.write(0);
    broke_only(chip, rules, "uart-idle-to-change");
}

TEST_CASE("lm3s6965 must fail: uart-fifo-flushed") {
    StrictLm3s6965 chip;
    Uart0 uart{chip.uart0, chip.system_control, chip.gpio_port_a};
    lm3s6965::start_system_clock(chip.system_control);
    uart.start();
    while (lm3s6965::pl011::Busy::get(chip.uart0.fr.read()) != 0) {
    }
    chip.uart0.ctl.write(0);
    chip.uart0.ibrd.write(6);  // new divisors with the FIFO still on
    broke_only(chip, rules, "uart-fifo-flushed");
}

TEST_CASE("lm3s6965 must fail: uart-divisors-latched") {
    StrictLm3s6965 chip;
    clock_gates_and_pins(chip);
    chip.uart0.ctl.write(0);
    chip.uart0.lcrh.write(0b11U << 5);
    chip.uart0.ibrd.write(6);  // after UARTLCRH, not before it
    chip.uart0.fbrd.write(50);
    chip.uart0.ctl.write(uart_tx_rx_enabled);
    broke_only(chip, rules, "uart-divisors-latched");
}

TEST_CASE("lm3s6965 must fail: uart-baud") {
    StrictLm3s6965 chip;
    Uart0 uart{chip.uart0, chip.system_control, chip.gpio_port_a};
    uart.start();  // without start_system_clock(): the internal oscillator
    broke_only(chip, rules, "uart-baud");
}

TEST_CASE("lm3s6965 must fail: pll-locked") {
    StrictLm3s6965 chip;
    using namespace lm3s6965::sysctl;
    auto clock = chip.system_control.rcc.read();
    clock = clock.with<CrystalValue>(crystal_8_mhz).with<OscillatorSource>(oscillator_main);
    clock = clock.with<MainOscillatorDisable>(0).with<PllPowerDown>(0).with<PllOutputEnable>(0);
    chip.system_control.rcc.write(clock);
    chip.system_control.rcc.write(clock.with<PllBypass>(0));  // without waiting for PLLLRIS
    broke_only(chip, rules, "pll-locked");
}

TEST_CASE("lm3s6965 must fail: systick-reload") {
    StrictLm3s6965 chip;
    chip.sys_tick.rvr.write(0);  // what a SysTick start(1) would have written: it never fires
    chip.sys_tick.csr.write(0b111);
    broke_only(chip, rules, "systick-reload");
}

TEST_CASE("lm3s6965 must fail: disable-irq-barriers") {
    StrictLm3s6965 chip;
    chip.nvic.icer[0].write(1U << 5);  // UART0's interrupt off, with no DSB and ISB after it
    broke_only(chip, rules, "disable-irq-barriers");
}

TEST_CASE("lm3s6965 must fail: reset-barriers") {
    StrictLm3s6965 chip;
    chip.scb.aircr.write(0x05FA'0004);  // SYSRESETREQ with no DSB before it
    StrictBus::data_synchronization_barrier();
    broke_only(chip, rules, "reset-barriers");
}

// Baud-rate arithmetic, per clock source: the PL011's divisors (datasheet
// 12.3.2, BRD = clock / (16 * baud), its fraction in 64ths) and the rate
// they give across the clock's tolerance. A UART stays within 2 % of 115200
// baud from a crystal; not from the internal oscillator, which TI gives as
// 12 MHz +/- 30 % (rev A2) or 16 MHz (later parts).

TEST_CASE("lm3s6965 baud: the divisors for 115200 baud, by hand") {
    STATIC_REQUIRE(lm3s6965::baud_divisors(12'500'000, 115'200) ==
                   lm3s6965::BaudDivisors{6, 50});  // 434 64ths
    STATIC_REQUIRE(lm3s6965::baud_divisors(8'000'000, 115'200) ==
                   lm3s6965::BaudDivisors{4, 22});  // 278 64ths: TI's uart_echo
    STATIC_REQUIRE(lm3s6965::baud_divisors(12'000'000, 115'200) ==
                   lm3s6965::BaudDivisors{6, 33});                               // 417 64ths
    STATIC_REQUIRE(lm3s6965::divisors_115200 == lm3s6965::BaudDivisors{6, 50});  // what the driver writes
}

TEST_CASE("lm3s6965 baud: the PLL from the 8 MHz crystal, 12.5 MHz: 115 207 baud, within 2 %") {
    const silicon::ClockSource pll = source("the PLL");
    CHECK(pll.divisors == lm3s6965::BaudDivisors{6, 50});
    CHECK(rounded(lm3s6965::baud_rate(12.5e6, pll.divisors)) == 115'207);
    CHECK(pll.within_budget());
}

TEST_CASE("lm3s6965 baud: the 8 MHz crystal alone, TI's uart_echo: 115 108 baud, within 2 %") {
    const silicon::ClockSource crystal = source("the 8 MHz crystal");
    CHECK(crystal.divisors == lm3s6965::BaudDivisors{4, 22});
    CHECK(rounded(lm3s6965::baud_rate(8e6, crystal.divisors)) == 115'108);
    CHECK(crystal.within_budget());
}

TEST_CASE(
    "lm3s6965 baud must fail: the internal oscillator, rev A2, 12 MHz +/- 30 %: 80 576 to 149 640 baud") {
    const silicon::ClockSource internal = source("the internal oscillator, rev A2");
    CHECK(internal.divisors == lm3s6965::BaudDivisors{6, 33});
    CHECK(rounded(internal.lowest_baud()) == 80'576);
    CHECK(rounded(internal.highest_baud()) == 149'640);
    CHECK_FALSE(internal.within_budget());
}

TEST_CASE("lm3s6965 baud must fail: the internal oscillator, later revisions, 16 MHz: 153 477 baud, +33 %") {
    const silicon::ClockSource internal = source("the internal oscillator, later");
    CHECK(internal.divisors == lm3s6965::BaudDivisors{6, 33});  // computed for 12 MHz
    CHECK(rounded(internal.lowest_baud()) == 153'477);
    CHECK(std::lround((internal.lowest_baud() / 115'200 - 1) * 100) == 33);
    CHECK_FALSE(internal.within_budget());
}
