#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "chips/nrf51/clock.hpp"
#include "chips/nrf51/gpio.hpp"
#include "chips/nrf51/uart.hpp"
#include "cortex_m/nvic.hpp"
#include "cortex_m/scb.hpp"
#include "cortex_m/systick.hpp"
#include "doubles/silicon_rules.hpp"
#include "doubles/strict_chip.hpp"

// The nRF51822 on the BBC micro:bit v1, datasheet-strict: its rules as data
// for the engine (silicon_rules.hpp), and a chip in RAM that enforces them
// (StrictNrf51, below). Where each rule is written: the nRF51 Series
// Reference Manual v3.0 (RM), ARM's CMSIS and ARMv6-M documents, the
// micro:bit v1's schematic and pinout.
namespace silicon {

namespace nrf51_map {
constexpr std::uint32_t clock = 0x4000'0000;
constexpr std::uint32_t tasks_hfclkstart = clock + 0x000, events_hfclkstarted = clock + 0x100,
                        hfclkstat = clock + 0x40c;
constexpr std::uint32_t uart = 0x4000'2000;
constexpr std::uint32_t enable = uart + 0x500, pselrts = uart + 0x508, pseltxd = uart + 0x50c,
                        pselcts = uart + 0x510, pselrxd = uart + 0x514;
constexpr std::uint32_t gpio = 0x5000'0000;
constexpr std::uint32_t out = gpio + 0x504, outset = gpio + 0x508, outclr = gpio + 0x50c, dir = gpio + 0x514,
                        dirset = gpio + 0x518, dirclr = gpio + 0x51c, pin_cnf = gpio + 0x700;
constexpr std::uint32_t uart_enabled = 4, disconnected = 0xFFFF'FFFF;
constexpr std::uint32_t dhcsr_first = 0xE000'EDF0, dhcsr_last = 0xE000'EDFC;

// "P0.03", as the Reference Manual names pins.
inline std::string pin_name(unsigned pin) {
    return std::string("P0.") + (pin < 10 ? "0" : "") + std::to_string(pin);
}

// A pin's direction and output level as the program last set them, from
// every way it can: PIN_CNF.DIR, DIR, DIRSET, DIRCLR; OUT, OUTSET, OUTCLR
// (RM v3.0, chapter "GPIO"). From reset: an input, low.
inline bool is_output(const History& history, unsigned pin) {
    bool output = false;
    const std::uint32_t bit = 1U << pin;
    for (const Event& e : history.events()) {
        if (e.kind != Event::write) {
            continue;
        }
        if (e.address == pin_cnf + 4 * pin) {
            output = (e.value & 1U) != 0;
        } else if (e.address == dir) {
            output = (e.value & bit) != 0;
        } else if (e.address == dirset && (e.value & bit) != 0) {
            output = true;
        } else if (e.address == dirclr && (e.value & bit) != 0) {
            output = false;
        }
    }
    return output;
}
inline bool drives_high(const History& history, unsigned pin) {
    bool high = false;
    const std::uint32_t bit = 1U << pin;
    for (const Event& e : history.events()) {
        if (e.kind != Event::write) {
            continue;
        }
        if (e.address == out) {
            high = (e.value & bit) != 0;
        } else if (e.address == outset && (e.value & bit) != 0) {
            high = true;
        } else if (e.address == outclr && (e.value & bit) != 0) {
            high = false;
        }
    }
    return high;
}
// PIN_CNF.INPUT: 0 connects the input buffer; 1, its reset value, does not.
inline bool input_connected(const History& history, unsigned pin) {
    return !history.bit(pin_cnf + 4 * pin, 1);
}

// The micro:bit v1's pins a program must not drive: the I2C bus to the
// accelerometer and the magnetometer, and the buttons, which short their
// pin to ground when pressed.
struct BoardPin {
    unsigned pin;
    const char* use;
};
constexpr BoardPin board_pins[] = {{0, "the I2C clock (SCL) to the accelerometer and the magnetometer"},
                                   {30, "the I2C data line (SDA) to the accelerometer and the magnetometer"},
                                   {17, "button A, which shorts it to ground when pressed"},
                                   {26, "button B, which shorts it to ground when pressed"}};
}  // namespace nrf51_map

inline Chip nrf51() {
    using namespace nrf51_map;
    Chip chip;
    chip.name = "nRF51822 (micro:bit v1)";
    // RM v3.0 register descriptions: pins are disconnected inputs, the
    // UART's pin selections disconnected.
    for (unsigned pin = 0; pin < 32; ++pin) {
        chip.reset_values[pin_cnf + 4 * pin] = 0x2;
    }
    for (std::uint32_t psel : {pselrts, pseltxd, pselcts, pselrxd}) {
        chip.reset_values[psel] = disconnected;
    }

    chip.rules.push_back(
        {"uart-pins-in-gpio",
         "the UART is enabled only once its pins are set up in GPIO: TXD an output driven high, RXD a "
         "connected input",
         "nRF51 Series Reference Manual v3.0, chapter \"UART\", \"Pin configuration\" and its table of GPIO "
         "settings (TXD: output, value 1; RXD: input)",
         [](const Event& event, const History& before) -> std::string {
             if (event.kind != Event::write || event.address != enable || event.value != uart_enabled) {
                 return "";
             }
             const std::uint32_t tx = before.value(pseltxd), rx = before.value(pselrxd);
             if (tx < 32 && !(is_output(before, tx) && drives_high(before, tx))) {
                 return "ENABLE written 4 while TXD's pin " + pin_name(tx) +
                        (is_output(before, tx) ? " is an output driven low" : " is not an output");
             }
             if (rx < 32 && (is_output(before, rx) || !input_connected(before, rx))) {
                 return "ENABLE written 4 while RXD's pin " + pin_name(rx) +
                        (is_output(before, rx) ? " is an output"
                                               : " is an input with its buffer disconnected");
             }
             return "";
         }});

    chip.rules.push_back(
        {"uart-pins-while-disabled", "the UART's pins are selected only while it is disabled",
         "nRF51 Series Reference Manual v3.0, chapter \"UART\", \"Pin configuration\": the PSEL registers "
         "are "
         "to be configured only when the UART is disabled",
         [](const Event& event, const History& before) -> std::string {
             const bool selection = event.address == pselrts || event.address == pseltxd ||
                                    event.address == pselcts || event.address == pselrxd;
             if (event.kind != Event::write || !selection || before.value(enable) != uart_enabled) {
                 return "";
             }
             return "PSEL register " + hex(event.address) + " written " + hex(event.value) +
                    " while ENABLE is 4: disable the UART first";
         }});

    chip.rules.push_back(
        {"uart-from-crystal", "the UART is enabled only once HFCLK runs from the crystal",
         "nRF51 Series Reference Manual v3.0, chapter \"CLOCK\": HFCLK runs from the 16 MHz RC oscillator "
         "until HFCLKSTART has started the crystal (EVENTS_HFCLKSTARTED); chapter \"UART\": BAUDRATE's "
         "values are for a 16 MHz HFCLK, and the manual gives no accuracy for the RC oscillator",
         [](const Event& event, const History& before) -> std::string {
             if (event.kind != Event::write || event.address != enable || event.value != uart_enabled) {
                 return "";
             }
             const auto started = before.last([](const Event& e) {
                 return e.kind == Event::write && e.address == tasks_hfclkstart && e.value == 1;
             });
             const auto seen_started = before.last([](const Event& e) {
                 return e.kind == Event::read && e.address == events_hfclkstarted && e.value != 0;
             });
             const auto seen_running = before.last([](const Event& e) {
                 return e.kind == Event::read && e.address == hfclkstat && (e.value & 0x1'0001U) == 0x1'0001U;
             });
             if (earlier(started, seen_started) || seen_running) {
                 return "";
             }
             return started
                        ? "ENABLE written 4 after HFCLKSTART, but before EVENTS_HFCLKSTARTED was read as 1"
                        : "ENABLE written 4 while HFCLK runs from the RC oscillator (HFCLKSTART never "
                          "triggered)";
         }});

    chip.rules.push_back(
        {"board-pins", "the micro:bit's I2C lines and buttons are never driven as outputs",
         "BBC micro:bit v1 schematic; tech.microbit.org, \"Pinout\": P0.00 and P0.30 are the I2C bus to the "
         "accelerometer and magnetometer, P0.17 and P0.26 the buttons",
         [](const Event& event, const History& before) -> std::string {
             if (event.kind != Event::write) {
                 return "";
             }
             for (const BoardPin& board : board_pins) {
                 const std::uint32_t bit = 1U << board.pin;
                 const bool made_output =
                     (event.address == pin_cnf + 4 * board.pin && (event.value & 1U) != 0) ||
                     (event.address == dirset && (event.value & bit) != 0) ||
                     (event.address == dir && (event.value & bit) != 0);
                 if (made_output && !is_output(before, board.pin)) {
                     return pin_name(board.pin) + " made an output (" + hex(event.address) + " written " +
                            hex(event.value) + "): on the micro:bit it is " + board.use;
                 }
             }
             return "";
         }});

    chip.rules.push_back(cortex_m::no_sys_tick(
        "Nordic nRF5 SDK: \"nRF51 does not have a SysTick timer\"; ARMv6-M ARM B3.3: SysTick is optional; "
        "ARM CMSIS_5 issue #60"));

    chip.rules.push_back(
        {"debug-registers", "the core debug registers are not used by software on this Cortex-M0",
         "CMSIS core_cm0.h: the Core Debug registers \"are only accessible over DAP and not via processor\"",
         [](const Event& event, const History&) -> std::string {
             if (event.is_access() && event.address >= dhcsr_first && event.address <= dhcsr_last) {
                 return std::string(event.kind == Event::read ? "read of " : "write to ") +
                        hex(event.address) + ", a core debug register, by the program";
             }
             return "";
         }});

    chip.rules.push_back(cortex_m::disable_irq_with_barriers());
    chip.rules.push_back(cortex_m::reset_between_barriers());

    // The hardware's own doing: HFCLKSTART starts the crystal, which then
    // runs (HFCLKSTAT: SRC crystal, STATE running) and says so (HFCLKSTARTED).
    chip.reactions.push_back([](const Event& event, const History&) {
        std::vector<std::pair<std::uint32_t, std::uint32_t>> answers;
        if (event.kind == Event::write && event.address == tasks_hfclkstart && event.value == 1) {
            answers.push_back({events_hfclkstarted, 1});
            answers.push_back({hfclkstat, 0x1'0001});
        }
        return answers;
    });
    return chip;
}

}  // namespace silicon

namespace doubles {

// An nRF51822 on a micro:bit, in RAM, with every rule above armed: the
// blocks the course's drivers take, at their addresses (RM v3.0,
// "Instantiation"), and SysTick's, which a program must not touch.
class StrictNrf51 : public StrictChip {
  public:
    StrictNrf51() : StrictChip(rules()) {
        place(clock, 0x4000'0000);
        place(uart0, 0x4000'2000);
        place(gpio, 0x5000'0000);
        place(sys_tick, 0xE000'E010);
        place(nvic, 0xE000'E100);
        place(scb, 0xE000'ED00);
        place(dhcsr, 0xE000'EDF0);
    }

    nrf51::ClockRegisters<StrictBus> clock{};
    nrf51::UartRegisters<StrictBus> uart0{};
    nrf51::GpioRegisters<StrictBus> gpio{};
    cortex_m::SysTickRegisters<StrictBus> sys_tick{};
    cortex_m::NvicRegisters<StrictBus> nvic{};
    cortex_m::ScbRegisters<StrictBus> scb{};
    reg::ReadOnly<std::uint32_t, StrictBus> dhcsr{};  // the debug halting status register

    static const silicon::Chip& rules() {
        static const silicon::Chip chip = silicon::nrf51();
        return chip;
    }
};

}  // namespace doubles
