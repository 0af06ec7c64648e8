// The nRF51's drivers on the datasheet-strict double of a micro:bit: what
// QEMU forgives (the UART's pins in GPIO, its clock, the board's wiring, a
// SysTick that is not there), held here. First the course's drivers keep
// every rule; then, rule by rule, the driver broken on purpose breaks
// exactly that rule, and the report names it and where it is written.
// (doubles/strict_nrf51.hpp has the rules.)
#include <cstdint>
#include <vector>

#include "catch.hpp"
#include "chips/nrf51/hal.hpp"
#include "chips/nrf51/interrupts.hpp"
#include "cortex_m/nvic.hpp"
#include "cortex_m/system_reset.hpp"
#include "cortex_m/systick.hpp"
#include "doubles/strict_nrf51.hpp"
#include "strict_rules.hpp"

namespace {

using doubles::StrictBus;
using doubles::StrictNrf51;
using strict_rules::broke_only;
using strict_rules::kept_every_rule;

const silicon::Chip& rules = StrictNrf51::rules();

using Uart = nrf51::Uart<StrictBus>;
constexpr std::uint32_t tx_pin = 24, rx_pin = 25;
constexpr std::uint32_t output = 1, connected_input = 0;  // PIN_CNF

}  // namespace

TEST_CASE("nrf51 keeps every rule: chip::Serial's start, the crystal then the UART") {
    StrictNrf51 chip;
    Uart uart{chip.uart0, chip.gpio};
    nrf51::start_crystal(chip.clock);
    uart.start();
    CHECK(uart.try_write('A') == hal::Status::ok);
    kept_every_rule(chip);
}

TEST_CASE("nrf51 crystal: XTALFREQ, the event cleared, HFCLKSTART, then wait for HFCLKSTARTED") {
    StrictNrf51 chip;
    nrf51::start_crystal(chip.clock);
    using silicon::Event;
    const std::vector<Event> expected = {
        {Event::read, 0x4000'040C, 0},      // HFCLKSTAT: from the RC oscillator
        {Event::write, 0x4000'0550, 0xFF},  // XTALFREQ: 16 MHz
        {Event::write, 0x4000'0100, 0},     // EVENTS_HFCLKSTARTED cleared
        {Event::write, 0x4000'0000, 1},     // TASKS_HFCLKSTART
        {Event::read, 0x4000'0100, 1},      // started
    };
    REQUIRE(chip.events().size() == expected.size());
    for (std::size_t at = 0; at < expected.size(); ++at) {
        CHECK(chip.events()[at].kind == expected[at].kind);
        CHECK(chip.events()[at].address == expected[at].address);
        CHECK(chip.events()[at].value == expected[at].value);
    }
    kept_every_rule(chip);
}

TEST_CASE("nrf51 keeps every rule: start() again, the crystal already running") {
    StrictNrf51 chip;
    Uart uart{chip.uart0, chip.gpio};
    nrf51::start_crystal(chip.clock);
    uart.start();
    nrf51::start_crystal(chip.clock);
    uart.start();
    kept_every_rule(chip);
}

TEST_CASE("nrf51 keeps every rule: the shift register's pins, P0.03, P0.02 and P0.01") {
    StrictNrf51 chip;
    nrf51::Pin<3, StrictBus> data{chip.gpio};
    nrf51::Pin<2, StrictBus> clock{chip.gpio};
    nrf51::Pin<1, StrictBus> latch{chip.gpio};
    data.start_output();
    clock.start_output();
    latch.start_output();
    data.set_high();
    clock.set_high();
    latch.set_low();
    kept_every_rule(chip);
}

TEST_CASE("nrf51 keeps every rule: an interrupt disabled, a reset requested") {
    StrictNrf51 chip;
    cortex_m::disable_irq(chip.nvic, nrf51::Interrupt::uart0);
    cortex_m::write_system_reset_request(chip.scb);
    kept_every_rule(chip);
}

TEST_CASE("nrf51 must fail: uart-pins-in-gpio") {
    StrictNrf51 chip;
    nrf51::start_crystal(chip.clock);
    chip.uart0.pseltxd.write(tx_pin);  // selected, but TXD never made an output driven high
    chip.uart0.pselrxd.write(rx_pin);
    chip.uart0.baudrate.write(nrf51::uart::baud_115200);
    chip.uart0.enable.write(nrf51::uart::enabled);
    broke_only(chip, rules, "uart-pins-in-gpio");
}

TEST_CASE("nrf51 must fail: uart-pins-while-disabled") {
    StrictNrf51 chip;
    Uart uart{chip.uart0, chip.gpio};
    nrf51::start_crystal(chip.clock);
    uart.start();
    chip.gpio.pin_cnf[2].write(output);  // TXD moved to P0.02, with the UART running
    chip.gpio.outset.write(1U << 2);
    chip.uart0.pseltxd.write(2);
    broke_only(chip, rules, "uart-pins-while-disabled");
}

TEST_CASE("nrf51 must fail: uart-from-crystal") {
    StrictNrf51 chip;
    Uart uart{chip.uart0, chip.gpio};
    uart.start();  // without start_crystal(): HFCLK from the RC oscillator
    broke_only(chip, rules, "uart-from-crystal");
}

TEST_CASE("nrf51 must fail: board-pins") {
    StrictNrf51 chip;
    nrf51::Pin<0, StrictBus> data{chip.gpio};  // P0.00: the I2C clock on a micro:bit
    data.start_output();
    broke_only(chip, rules, "board-pins");
}

TEST_CASE("nrf51 must fail: no-systick") {
    StrictNrf51 chip;
    cortex_m::SysTickTimer{chip.sys_tick}.start(1000);
    broke_only(chip, rules, "no-systick");
}

TEST_CASE("nrf51 must fail: debug-registers") {
    StrictNrf51 chip;
    const bool attached = (chip.dhcsr.read() & 1U) != 0;  // "is a debugger attached?", as ARMv7-M may ask
    CHECK_FALSE(attached);
    broke_only(chip, rules, "debug-registers");
}

TEST_CASE("nrf51 must fail: disable-irq-barriers") {
    StrictNrf51 chip;
    chip.nvic.icer[0].write(1U << 2);  // UART0's interrupt off, with no DSB and ISB after it
    StrictBus::data_synchronization_barrier();
    chip.nvic.iser[0].write(1U << 8);
    broke_only(chip, rules, "disable-irq-barriers");
}

TEST_CASE("nrf51 must fail: reset-barriers") {
    StrictNrf51 chip;
    StrictBus::data_synchronization_barrier();
    chip.scb.aircr.write(0x05FA'0004);  // SYSRESETREQ, and nothing makes sure it has left the core
    broke_only(chip, rules, "reset-barriers");
}
