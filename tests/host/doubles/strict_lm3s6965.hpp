#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "chips/lm3s6965/hal.hpp"
#include "chips/lm3s6965/pl011.hpp"
#include "chips/lm3s6965/pl061.hpp"
#include "chips/lm3s6965/sysctl.hpp"
#include "cortex_m/nvic.hpp"
#include "cortex_m/scb.hpp"
#include "cortex_m/systick.hpp"
#include "doubles/silicon_rules.hpp"
#include "doubles/strict_chip.hpp"

// The LM3S6965 on the EK-LM3S6965, datasheet-strict: its rules as data for
// the engine (silicon_rules.hpp), and a chip in RAM that enforces them
// (StrictLm3s6965, below). Where each rule is written: the LM3S6965
// datasheet (DS-LM3S6965), TI's StellarisWare for this chip and board
// (driverlib, inc/lm3s6965.h), ARM's PL011 TRM (the UART is a PL011).
namespace silicon {

namespace lm3s6965_map {
constexpr std::uint32_t sysctl = 0x400F'E000;
constexpr std::uint32_t ris = sysctl + 0x050, misc = sysctl + 0x058, rcc = sysctl + 0x060;
constexpr std::uint32_t rcgc1 = sysctl + 0x104, rcgc2 = sysctl + 0x108;
constexpr std::uint32_t gpio_port[7] = {0x4000'4000, 0x4000'5000, 0x4000'6000, 0x4000'7000,
                                        0x4002'4000, 0x4002'5000, 0x4002'6000};
constexpr std::uint32_t uart[3] = {0x4000'C000, 0x4000'D000, 0x4000'E000};
// Register offsets (datasheet tables 12-3 and 8-3).
constexpr std::uint32_t uartdr = 0x000, uartfr = 0x018, uartibrd = 0x024, uartfbrd = 0x028, uartlcrh = 0x02c,
                        uartctl = 0x030;
constexpr std::uint32_t gpioafsel = 0x420, gpioden = 0x51c;

// A peripheral behind a clock gate: its 4 KiB of registers, its gate's
// register and bit (datasheet chapter 6, RCGC1 and RCGC2; inc/lm3s6965.h).
struct Gated {
    const char* name;
    std::uint32_t base;
    std::uint32_t gate_register;
    unsigned gate_bit;
};
constexpr Gated gated[] = {
    {"UART0", 0x4000'C000, rcgc1, 0},        {"UART1", 0x4000'D000, rcgc1, 1},
    {"UART2", 0x4000'E000, rcgc1, 2},        {"SSI0", 0x4000'8000, rcgc1, 4},
    {"I2C0", 0x4002'0000, rcgc1, 12},        {"I2C1", 0x4002'1000, rcgc1, 14},
    {"Timer0", 0x4003'0000, rcgc1, 16},      {"Timer1", 0x4003'1000, rcgc1, 17},
    {"Timer2", 0x4003'2000, rcgc1, 18},      {"Timer3", 0x4003'3000, rcgc1, 19},
    {"GPIO port A", gpio_port[0], rcgc2, 0}, {"GPIO port B", gpio_port[1], rcgc2, 1},
    {"GPIO port C", gpio_port[2], rcgc2, 2}, {"GPIO port D", gpio_port[3], rcgc2, 3},
    {"GPIO port E", gpio_port[4], rcgc2, 4}, {"GPIO port F", gpio_port[5], rcgc2, 5},
    {"GPIO port G", gpio_port[6], rcgc2, 6},
};

inline const Gated* gated_at(std::uint32_t address) {
    for (const Gated& peripheral : gated) {
        if (address >= peripheral.base && address < peripheral.base + 0x1000) {
            return &peripheral;
        }
    }
    return nullptr;
}
inline const char* gate_name(std::uint32_t gate_register) {
    return gate_register == rcgc1 ? "RCGC1" : "RCGC2";
}

// Each UART's pins: port and pin bits (StellarisWare driverlib/pin_map.h,
// PART_LM3S6965; datasheet chapter 12, "Signal Description").
struct UartPins {
    unsigned port;
    std::uint32_t pins;
    const char* names;
};
constexpr UartPins uart_pins[3] = {{0, 0b11, "PA0/PA1"}, {3, 0b1100, "PD2/PD3"}, {6, 0b11, "PG0/PG1"}};

// Which UART (0 to 2) a register belongs to, and its offset; -1 if none.
inline int uart_of(std::uint32_t address) {
    for (int n = 0; n < 3; ++n) {
        if (address >= uart[n] && address < uart[n] + 0x1000) {
            return n;
        }
    }
    return -1;
}
}  // namespace lm3s6965_map

// The UART clock the RCC value gives, as a range: [lowest, highest] over
// the clock source's tolerance, and its name; lowest = 0 if there is none.
struct ClockRange {
    double lowest;
    double highest;
    std::string source;
};
inline ClockRange lm3s6965_system_clock(std::uint32_t rcc, bool pll_locked) {
    using namespace ::lm3s6965::sysctl;
    const reg::Value<RunClockConfiguration> value{rcc};
    // XTAL's values (datasheet, RCC; inc/lm3s6965.h SYSCTL_RCC_XTAL_*).
    constexpr double crystals[16] = {1e6,     1.8432e6, 2e6,      2.4576e6, 3.579545e6, 3.6864e6,
                                     4e6,     4.096e6,  4.9152e6, 5e6,      5.12e6,     6e6,
                                     6.144e6, 7.3728e6, 8e6,      8.192e6};
    ClockRange oscillator;
    switch (OscillatorSource::get(value)) {
        case 0:  // the main oscillator: the board's crystal, off if MOSCDIS
            if (MainOscillatorDisable::get(value) != 0) {
                return {0, 0, "the main oscillator, switched off (MOSCDIS)"};
            }
            oscillator = {crystals[CrystalValue::get(value)] * (1 - 1e-4),
                          crystals[CrystalValue::get(value)] * (1 + 1e-4), "the crystal"};
            break;
        case 1:  // the internal oscillator: 12 MHz +/- 30 % (rev A2) or 16 MHz (later): driverlib/sysctl.c
            oscillator = {12e6 * 0.7, 16e6, "the internal oscillator (12 MHz +/- 30 %, or 16 MHz)"};
            break;
        case 2:
            oscillator = {12e6 * 0.7 / 4, 16e6 / 4, "the internal oscillator / 4"};
            break;
        default:
            oscillator = {30e3 * 0.7, 30e3 * 1.3, "the 30 kHz oscillator"};
            break;
    }
    if (PllBypass::get(value) == 0) {
        if (!pll_locked || PllPowerDown::get(value) != 0) {
            return {0, 0, "the PLL, not locked"};
        }
        // 400 MHz from the reference, / 2, / (SYSDIV + 1): the reference's accuracy.
        const double nominal = 200e6 / (SystemDivider::get(value) + 1);
        const double spread = oscillator.source == "the crystal" ? 1e-4 : 0.3;
        return {nominal * (1 - spread), nominal * (1 + spread), "the PLL from " + oscillator.source};
    }
    if (UseSystemDivider::get(value) != 0) {
        const double divider = SystemDivider::get(value) + 1.0;
        return {oscillator.lowest / divider, oscillator.highest / divider, oscillator.source + ", divided"};
    }
    return oscillator;
}

// The standard rate nearest to a baud rate: what a program aims at.
inline double nearest_standard_baud(double baud) {
    constexpr double rates[] = {9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600};
    double best = rates[0];
    for (double rate : rates) {
        if (std::fabs(rate - baud) < std::fabs(best - baud)) {
            best = rate;
        }
    }
    return best;
}

// The UART at 115200 baud from each clock the LM3S6965 can run from: the
// divisors a program computed for the clock's nominal frequency, and the
// rates they give across its tolerance (datasheet 12.3.2).
struct ClockSource {
    std::string name;
    double nominal_hz;
    double lowest_hz;
    double highest_hz;
    ::lm3s6965::BaudDivisors divisors;
    double lowest_baud() const { return ::lm3s6965::baud_rate(lowest_hz, divisors); }
    double highest_baud() const { return ::lm3s6965::baud_rate(highest_hz, divisors); }
    // Within 2 % of 115200 wherever the clock is within its tolerance.
    bool within_budget() const { return lowest_baud() >= 115200 * 0.98 && highest_baud() <= 115200 * 1.02; }
};
inline std::vector<ClockSource> lm3s6965_clock_sources() {
    using ::lm3s6965::baud_divisors;
    constexpr double crystal = 1e-4;  // a crystal: well under 100 ppm
    return {
        {"the PLL from the 8 MHz crystal, / 16 (the course)", 12.5e6, 12.5e6 * (1 - crystal),
         12.5e6 * (1 + crystal), baud_divisors(12'500'000, 115'200)},
        {"the 8 MHz crystal alone (TI's uart_echo)", 8e6, 8e6 * (1 - crystal), 8e6 * (1 + crystal),
         baud_divisors(8'000'000, 115'200)},
        {"the internal oscillator, rev A2: 12 MHz +/- 30 %", 12e6, 12e6 * 0.7, 12e6 * 1.3,
         baud_divisors(12'000'000, 115'200)},
        {"the internal oscillator, later revisions: 16 MHz", 16e6, 16e6, 16e6,
         baud_divisors(12'000'000, 115'200)},
    };
}

inline Chip lm3s6965() {
    using namespace lm3s6965_map;
    Chip chip;
    chip.name = "LM3S6965";
    // Reset values the rules and the driver's reads depend on (datasheet
    // register descriptions): RCC runs from the internal oscillator,
    // UARTCTL has TXE and RXE set, UARTFR says both FIFOs are empty.
    chip.reset_values = {{rcc, 0x078E'3AD1}};
    for (std::uint32_t base : uart) {
        chip.reset_values[base + uartctl] = 0x300;
        chip.reset_values[base + uartfr] = 0x90;
    }

    chip.rules.push_back(
        {"clock-gate-open", "a peripheral is touched only once its clock gate is open",
         "LM3S6965 datasheet, chapter 6 \"System Control\", RCGC1 and RCGC2: an unclocked unit is disabled, "
         "and a read or write to it is a bus fault",
         [](const Event& event, const History& before) -> std::string {
             const Gated* peripheral = event.is_access() ? gated_at(event.address) : nullptr;
             if (peripheral == nullptr || before.bit(peripheral->gate_register, peripheral->gate_bit)) {
                 return "";
             }
             return std::string(event.kind == Event::read ? "read of " : "write to ") + hex(event.address) +
                    " (" + peripheral->name + ") while its clock gate, " +
                    gate_name(peripheral->gate_register) + " bit " + std::to_string(peripheral->gate_bit) +
                    ", is closed";
         }});

    chip.rules.push_back(
        {"clock-gate-settled",
         "a peripheral is touched only once its clock gate has settled: the gate register read back after "
         "the "
         "write that opened it",
         "StellarisWare driverlib/sysctl.c, SysCtlPeripheralEnable(): \"It takes five clock cycles after the "
         "write to enable a peripheral before the peripheral is actually enabled. During this time, attempts "
         "to access the peripheral result in a bus fault\"",
         [](const Event& event, const History& before) -> std::string {
             const Gated* peripheral = event.is_access() ? gated_at(event.address) : nullptr;
             if (peripheral == nullptr || !before.bit(peripheral->gate_register, peripheral->gate_bit)) {
                 return "";
             }
             // The write that opened the gate: the last write with the bit set
             // after one without it (or the first, from reset).
             const auto& events = before.events();
             std::optional<std::size_t> opened;
             bool was_open = false;
             for (std::size_t at = 0; at < events.size(); ++at) {
                 const Event& e = events[at];
                 if (e.kind == Event::write && e.address == peripheral->gate_register) {
                     const bool open = ((e.value >> peripheral->gate_bit) & 1U) != 0;
                     if (open && !was_open) {
                         opened = at;
                     }
                     was_open = open;
                 }
             }
             if (!opened || before.last_read(peripheral->gate_register) > opened) {
                 return "";
             }
             return std::string(event.kind == Event::read ? "read of " : "write to ") + hex(event.address) +
                    " (" + peripheral->name + ") right after " + gate_name(peripheral->gate_register) +
                    " opened its gate, with no read of " + gate_name(peripheral->gate_register) +
                    " in between: the gate may not have settled";
         }});

    chip.rules.push_back(
        {"uart-pins-routed", "a UART is enabled only once its pins are routed to it (GPIOAFSEL and GPIODEN)",
         "LM3S6965 datasheet, chapter 12, \"Initialization and Configuration\", and chapter 8, GPIOAFSEL and "
         "GPIODEN; StellarisWare GPIOPinTypeUART(): \"The UART pins must be properly configured for the UART "
         "peripheral to function correctly\"",
         [](const Event& event, const History& before) -> std::string {
             const int n = uart_of(event.address);
             if (event.kind != Event::write || n < 0 || event.address != uart[n] + uartctl ||
                 (event.value & 1U) == 0) {
                 return "";
             }
             const UartPins& pins = uart_pins[n];
             const std::uint32_t port = gpio_port[pins.port];
             const std::uint32_t afsel = before.value(port + gpioafsel), den = before.value(port + gpioden);
             if ((afsel & pins.pins) == pins.pins && (den & pins.pins) == pins.pins) {
                 return "";
             }
             return "UART" + std::to_string(n) + "'s UARTCTL written " + hex(event.value) +
                    " (UARTEN) while its pins " + pins.names +
                    " are not both routed to it: GPIOAFSEL = " + hex(afsel) + ", GPIODEN = " + hex(den) +
                    " (each needs " + hex(pins.pins) + ")";
         }});

    chip.rules.push_back(
        {"uart-disabled-to-change",
         "a UART's line control, divisors and control are changed only while it is disabled",
         "ARM PL011 TRM 3.3.7, UARTLCR_H: it, UARTIBRD and UARTFBRD must not be changed while the UART is "
         "enabled; LM3S6965 datasheet, chapter 12, UARTCTL: not changed while the UART is enabled",
         [](const Event& event, const History& before) -> std::string {
             const int n = uart_of(event.address);
             if (event.kind != Event::write || n < 0) {
                 return "";
             }
             const std::uint32_t offset = event.address - uart[n];
             const bool enabled = before.bit(uart[n] + uartctl, 0);
             const bool reconfiguring = offset == uartlcrh || offset == uartibrd || offset == uartfbrd;
             const bool control_kept_on = offset == uartctl && (event.value & 1U) != 0;
             if (!enabled || !(reconfiguring || control_kept_on)) {
                 return "";
             }
             return "UART" + std::to_string(n) + " register at offset " + hex(offset) + " written " +
                    hex(event.value) + " while UARTCTL.UARTEN is set: disable the UART first";
         }});

    chip.rules.push_back(
        {"uart-idle-to-change",
         "a UART is reprogrammed only after its last character has left (UARTFR.BUSY read as 0)",
         "ARM PL011 TRM 3.3.7, UARTLCR_H: not changed while completing a transmission after the UART was "
         "disabled; 3.3.8, UARTCR: wait for the end of transmission before reprogramming",
         [](const Event& event, const History& before) -> std::string {
             const int n = uart_of(event.address);
             if (event.kind != Event::write || n < 0) {
                 return "";
             }
             const std::uint32_t offset = event.address - uart[n];
             if (offset != uartlcrh && offset != uartibrd && offset != uartfbrd) {
                 return "";
             }
             const auto sent = before.last_write(uart[n] + uartdr);
             const auto idle = before.last([&](const Event& e) {
                 return e.kind == Event::read && e.address == uart[n] + uartfr && ((e.value >> 3) & 1U) == 0;
             });
             if (!sent || earlier(sent, idle)) {
                 return "";
             }
             return "UART" + std::to_string(n) + " register at offset " + hex(offset) +
                    " written after a byte was sent, with no UARTFR read showing BUSY clear since";
         }});

    chip.rules.push_back(
        {"uart-fifo-flushed", "a UART's FIFO is flushed (UARTLCRH.FEN cleared) before it is reprogrammed",
         "ARM PL011 TRM 3.3.8, UARTCR: flush the transmit FIFO (FEN = 0) before reprogramming; LM3S6965 "
         "datasheet, chapter 12, UARTCTL",
         [](const Event& event, const History& before) -> std::string {
             const int n = uart_of(event.address);
             if (event.kind != Event::write || n < 0 || !before.bit(uart[n] + uartlcrh, 4)) {
                 return "";
             }
             const std::uint32_t offset = event.address - uart[n];
             const bool flushing = offset == uartlcrh && ((event.value >> 4) & 1U) == 0;
             if (flushing || (offset != uartlcrh && offset != uartibrd && offset != uartfbrd)) {
                 return "";
             }
             return "UART" + std::to_string(n) + " register at offset " + hex(offset) + " written " +
                    hex(event.value) + " while UARTLCRH.FEN is still set";
         }});

    chip.rules.push_back(
        {"uart-divisors-latched",
         "a UART's new divisors are followed by a UARTLCRH write before it is enabled",
         "ARM PL011 TRM 3.3.6, UARTFBRD: \"a UARTLCR_H write must always be performed at the end\"; LM3S6965 "
         "datasheet, chapter 12, UARTIBRD and UARTFBRD",
         [](const Event& event, const History& before) -> std::string {
             const int n = uart_of(event.address);
             if (event.kind != Event::write || n < 0 || event.address != uart[n] + uartctl ||
                 (event.value & 1U) == 0) {
                 return "";
             }
             const auto divisor = before.last([&](const Event& e) {
                 return e.kind == Event::write &&
                        (e.address == uart[n] + uartibrd || e.address == uart[n] + uartfbrd);
             });
             if (!divisor || earlier(divisor, before.last_write(uart[n] + uartlcrh))) {
                 return "";
             }
             return "UART" + std::to_string(n) +
                    " enabled after new divisors with no UARTLCRH write after them: " +
                    "the UART still counts with the old ones";
         }});

    chip.rules.push_back(
        {"uart-baud", "a UART is enabled only on a clock that keeps its baud rate within 2 %",
         "LM3S6965 datasheet 12.3.2, \"Baud-Rate Generation\", and chapter 6, \"Clock Control\"; "
         "StellarisWare "
         "driverlib/sysctl.c: the internal oscillator is \"12 MHz +/- 30%\" on rev A2, 16 MHz later",
         [](const Event& event, const History& before) -> std::string {
             const int n = uart_of(event.address);
             if (event.kind != Event::write || n < 0 || event.address != uart[n] + uartctl ||
                 (event.value & 1U) == 0) {
                 return "";
             }
             const auto locked = before.last([](const Event& e) {
                 return e.kind == Event::read && e.address == ris && ((e.value >> 6) & 1U) != 0;
             });
             const ClockRange clock = lm3s6965_system_clock(before.value(rcc), locked.has_value());
             const ::lm3s6965::BaudDivisors divisors{before.value(uart[n] + uartibrd),
                                                     before.value(uart[n] + uartfbrd) & 0x3F};
             if (clock.lowest == 0 || divisors.integer == 0) {
                 return "UART" + std::to_string(n) + " enabled with " +
                        (divisors.integer == 0 ? std::string("no divisor (UARTIBRD = 0)")
                                               : "no clock: " + clock.source);
             }
             const double low = ::lm3s6965::baud_rate(clock.lowest, divisors);
             const double high = ::lm3s6965::baud_rate(clock.highest, divisors);
             const double aim = nearest_standard_baud((low + high) / 2);
             if (low >= aim * 0.98 && high <= aim * 1.02) {
                 return "";
             }
             return "UART" + std::to_string(n) + " enabled at " + std::to_string(static_cast<long>(low)) +
                    " to " + std::to_string(static_cast<long>(high)) + " baud, aiming at " +
                    std::to_string(static_cast<long>(aim)) + " (IBRD " + std::to_string(divisors.integer) +
                    ", FBRD " + std::to_string(divisors.fraction) + ", clock from " + clock.source + ")";
         }});

    chip.rules.push_back(
        {"pll-locked",
         "the system clock is switched to the PLL only once it has locked (RIS.PLLLRIS read as 1)",
         "LM3S6965 datasheet, chapter 6, \"Initialization and Configuration\": wait for the PLL to lock "
         "(RIS.PLLLRIS), then clear BYPASS",
         [](const Event& event, const History& before) -> std::string {
             if (event.kind != Event::write || event.address != rcc || ((event.value >> 11) & 1U) != 0 ||
                 !before.bit(rcc, 11)) {
                 return "";
             }
             const auto powered = before.last([](const Event& e) {
                 return e.kind == Event::write && e.address == rcc && ((e.value >> 13) & 1U) == 0;
             });
             const auto locked = before.last([](const Event& e) {
                 return e.kind == Event::read && e.address == ris && ((e.value >> 6) & 1U) != 0;
             });
             if (((event.value >> 13) & 1U) == 0 && earlier(powered, locked)) {
                 return "";
             }
             return "RCC written " + hex(event.value) + " (BYPASS cleared) " +
                    (((event.value >> 13) & 1U) != 0
                         ? std::string("with the PLL powered down")
                         : std::string("with no RIS read showing PLLLRIS since the PLL was powered"));
         }});

    chip.rules.push_back(cortex_m::sys_tick_reload_fires());
    chip.rules.push_back(cortex_m::disable_irq_with_barriers());
    chip.rules.push_back(cortex_m::reset_between_barriers());

    // The hardware's own doing: powering the PLL (PWRDN 1 -> 0) makes it
    // lock (RIS.PLLLRIS); MISC written with bit 6 clears that status. A byte
    // written to UARTDR keeps the UART busy (UARTFR.BUSY) until a read of
    // UARTFR has seen it so: the next read finds it gone.
    chip.reactions.push_back([](const Event& event, const History& before) {
        std::vector<std::pair<std::uint32_t, std::uint32_t>> answers;
        const int n = uart_of(event.address);
        if (n >= 0 && event.kind == Event::write && event.address == uart[n] + uartdr) {
            answers.push_back({uart[n] + uartfr, before.value(uart[n] + uartfr) | (1U << 3)});
        }
        if (n >= 0 && event.kind == Event::read && event.address == uart[n] + uartfr) {
            answers.push_back({uart[n] + uartfr, event.value & ~(1U << 3)});
        }
        if (event.kind == Event::write && event.address == rcc && before.bit(rcc, 13) &&
            ((event.value >> 13) & 1U) == 0) {
            answers.push_back({ris, before.value(ris) | (1U << 6)});
        }
        if (event.kind == Event::write && event.address == misc && ((event.value >> 6) & 1U) != 0) {
            answers.push_back({ris, before.value(ris) & ~(1U << 6)});
        }
        return answers;
    });
    return chip;
}

}  // namespace silicon

namespace doubles {

// An LM3S6965 in RAM, with every rule above armed: the blocks the course's
// drivers take, at their datasheet addresses (table 2-4).
class StrictLm3s6965 : public StrictChip {
  public:
    StrictLm3s6965() : StrictChip(rules()) {
        place(system_control, 0x400F'E000);
        place(uart0, 0x4000'C000);
        place(uart1, 0x4000'D000);
        place(gpio_port_a, 0x4000'4000);
        place(gpio_port_d, 0x4000'7000);
        place(gpio_port_f, 0x4002'5000);
        place(sys_tick, 0xE000'E010);
        place(nvic, 0xE000'E100);
        place(scb, 0xE000'ED00);
    }

    lm3s6965::SysCtlRegisters<StrictBus> system_control{};
    lm3s6965::Pl011Registers<StrictBus> uart0{}, uart1{};
    lm3s6965::Pl061Registers<StrictBus> gpio_port_a{}, gpio_port_d{}, gpio_port_f{};
    cortex_m::SysTickRegisters<StrictBus> sys_tick{};
    cortex_m::NvicRegisters<StrictBus> nvic{};
    cortex_m::ScbRegisters<StrictBus> scb{};

    static const silicon::Chip& rules() {
        static const silicon::Chip chip = silicon::lm3s6965();
        return chip;
    }
};

}  // namespace doubles
