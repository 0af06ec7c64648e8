#pragma once

#include <cstdint>

#include "chips/lm3s6965/pl011.hpp"
#include "chips/lm3s6965/pl061.hpp"
#include "chips/lm3s6965/sysctl.hpp"
#include "hal/busy_delay.hpp"
#include "hal/input_pin.hpp"
#include "hal/output_pin.hpp"
#include "hal/serial.hpp"
#include "registers/register.hpp"

// The LM3S6965's side of the HAL: its UARTs and GPIO pins, behind the
// portable concepts of common/hal/. Each driver is given the register blocks
// it works on: chip_hal.hpp gives it the real ones, a host test blocks in
// RAM on a recording bus (tests/host/test_lm3s6965_hal.cpp). Header-only, so
// every call inlines into the same instructions lesson 03 wrote by hand.
namespace lm3s6965 {

// The system clock, which is also every UART's clock. At reset it is the
// internal oscillator: 12 MHz +/- 30 % on early silicon, 16 MHz on later
// revisions (StellarisWare driverlib/sysctl.c, SysCtlClockGet()), far too
// loose for a baud rate. Here it is the PLL, locked to the EK-LM3S6965's
// 8 MHz crystal, divided by 16: 400 MHz / 2 / 16 = 12.5 MHz (datasheet
// chapter 6, "PLL Frequency Configuration" and the SYSDIV table). It is
// also the one clock on which silicon and QEMU agree: QEMU's model
// (hw/arm/stellaris.c) computes the clock from SYSDIV alone,
// 200 MHz / (SYSDIV + 1), 12.5 MHz since reset.
constexpr std::uint32_t system_clock_hz = 12'500'000;

// The datasheet's steps (chapter 6, "Initialization and Configuration"),
// the divider chosen in the last write, as StellarisWare's SysCtlClockSet()
// does. RCC holds every clock setting: read, modify, write; only this
// writes it, from main, before interrupts.
template <typename Bus>
void start_system_clock(SysCtlRegisters<Bus>& system_control) {
    using namespace sysctl;
    reg::Value<RunClockConfiguration> clock = system_control.rcc.read();
    if (PllBypass::get(clock) == 0) {
        return;  // already running from the PLL
    }
    // 1. Run from the raw oscillator, undivided, while the PLL starts.
    clock = clock.with<PllBypass>(1).with<UseSystemDivider>(0);
    system_control.rcc.write(clock);
    // 2. The crystal's value, the main oscillator on and chosen, the PLL
    //    powered (OEN too: SysCtlClockSet() clears both), after clearing a
    //    lock seen before.
    system_control.misc.write(reg::Value<InterruptClear>{}.with<PllLockClear>(1));
    clock = clock.with<CrystalValue>(crystal_8_mhz)
                .with<OscillatorSource>(oscillator_main)
                .with<MainOscillatorDisable>(0)
                .with<PllPowerDown>(0)
                .with<PllOutputEnable>(0);
    system_control.rcc.write(clock);
    // 3. Wait until the PLL has locked (PLLLRIS)...
    while (PllLocked::get(system_control.ris.read()) == 0) {
    }
    // 4. ...then run from it, divided by 15 + 1.
    system_control.rcc.write(clock.with<SystemDivider>(15).with<UseSystemDivider>(1).with<PllBypass>(0));
}

// The baud-rate divisor (datasheet 12.3.2, "Baud-Rate Generation"):
// BRD = UART clock / (16 * baud), its integer part in UARTIBRD, its
// fraction in 64ths, rounded, in UARTFBRD: 64 * BRD = clock * 4 / baud.
struct BaudDivisors {
    std::uint32_t integer;   // UARTIBRD
    std::uint32_t fraction;  // UARTFBRD
    constexpr bool operator==(const BaudDivisors&) const = default;
};
constexpr BaudDivisors baud_divisors(std::uint32_t clock_hz, std::uint32_t baud) {
    const std::uint64_t sixty_fourths = (std::uint64_t{clock_hz} * 4 + baud / 2) / baud;
    return {static_cast<std::uint32_t>(sixty_fourths / 64), static_cast<std::uint32_t>(sixty_fourths % 64)};
}
// And back: the baud rate that divisors give from a clock.
constexpr double baud_rate(double clock_hz, BaudDivisors divisors) {
    return clock_hz * 4 / (64.0 * divisors.integer + divisors.fraction);
}
constexpr BaudDivisors divisors_115200 = baud_divisors(system_clock_hz, 115'200);
static_assert(divisors_115200 == BaudDivisors{6, 50});

// Open a clock gate, and let it settle before anything touches the
// peripheral behind it: "It takes five clock cycles after the write to
// enable a peripheral before the peripheral is actually enabled. During
// this time, attempts to access the peripheral result in a bus fault"
// (StellarisWare, SysCtlPeripheralEnable()). The LM3S6965 has no "ready"
// flag; the settle step is reading the gate register back until it shows
// the gate open: the read cannot complete before the write has reached
// system control, and what follows waits for it. (The read inside modify()
// comes before the write: it does not count.)
// An RCGC register holds many gates: read, modify, write; only the start()
// functions write them, from main, before interrupts.
template <typename Gate, typename Register>
void open_clock_gate(Register& gates) {
    gates.modify([](auto value) { return Gate::set(value, 1); });
    while (Gate::get(gates.read()) == 0) {
    }
}

// GPIO port A is 0, ..., port F is 5 (RCGC2's bits, table 2-4's order).
constexpr unsigned port_a = 0;
constexpr unsigned port_f = 5;

// The pins each UART's signals leave by, and their GPIO port (datasheet
// chapter 12, "Signal Description": U0Rx PA0, U0Tx PA1; U1Rx PD2, U1Tx PD3;
// U2Rx PG0, U2Tx PG1).
template <unsigned number>
struct UartPins;
template <>
struct UartPins<0> {
    static constexpr unsigned port = port_a;
    static constexpr std::uint32_t pins = 0b11;
};
template <>
struct UartPins<1> {
    static constexpr unsigned port = 3;
    static constexpr std::uint32_t pins = 0b1100;
};
template <>
struct UartPins<2> {
    static constexpr unsigned port = 6;
    static constexpr std::uint32_t pins = 0b11;
};

// UART0, 1 or 2: a PL011, given its registers, system control's (where its
// clock gates are) and its pins' GPIO port's. One class for all three. Its
// baud rate comes from the system clock start_system_clock() sets up
// (chip::Serial::start() calls both).
template <unsigned number, typename Bus = reg::Mmio>
class Uart {
  public:
    static_assert(number < 3, "the LM3S6965 has UART0 to UART2");

    Uart(Pl011Registers<Bus>& registers, SysCtlRegisters<Bus>& system_control, Pl061Registers<Bus>& pin_port)
        : registers_(registers), system_control_(system_control), pin_port_(pin_port) {}

    // 8N1 at 115200 baud, FIFOs on, TX and RX enabled.
    void start() {
        using Pins = UartPins<number>;
        // The UART's clock and its pins' port's clock, each settled.
        open_clock_gate<sysctl::UartClock<number>>(system_control_.rcgc1);
        open_clock_gate<sysctl::GpioPortClock<Pins::port>>(system_control_.rcgc2);
        // The pins to the UART: their alternate function (GPIOAFSEL), and
        // digital (GPIODEN). "The UART pins must be properly configured for
        // the UART peripheral to function correctly" (StellarisWare,
        // GPIOPinTypeUART(); datasheet chapter 12, "Initialization and
        // Configuration"). GPIOAFSEL and GPIODEN hold the whole port: read,
        // modify, write, from main, before interrupts.
        pin_port_.afsel.modify([](std::uint32_t value) { return value | Pins::pins; });
        pin_port_.den.modify([](std::uint32_t value) { return value | Pins::pins; });
        // Reconfigured the documented way (ARM PL011 TRM 3.3.6 to 3.3.8;
        // datasheet chapter 12, UARTCTL): the last character gone (BUSY
        // clear), the UART disabled, the FIFO flushed (FEN clear), then the
        // divisors, then UARTLCRH, which a divisor change needs after it to
        // take effect, then on.
        while (pl011::Busy::get(registers_.fr.read()) != 0) {
        }
        registers_.ctl.write(0);
        registers_.lcrh.modify(
            [](reg::Value<pl011::LineControl> value) { return value.with<pl011::FifoEnable>(0); });
        registers_.ibrd.write(divisors_115200.integer);
        registers_.fbrd.write(divisors_115200.fraction);
        registers_.lcrh.write(
            reg::Value<pl011::LineControl>{}.with<pl011::WordLength>(0b11).with<pl011::FifoEnable>(1));
        registers_.ctl.write(reg::Value<pl011::Control>{}
                                 .with<pl011::UartEnable>(1)
                                 .with<pl011::TxEnable>(1)
                                 .with<pl011::RxEnable>(1));
    }

    hal::Status try_write(std::uint8_t byte) {
        if (pl011::TxFifoFull::get(registers_.fr.read()) != 0) {
            return hal::Status::would_block;
        }
        registers_.dr.write(byte);
        return hal::Status::ok;
    }

    // Interrupt on received data: when the RX FIFO reaches its trigger level,
    // and on a timeout when fewer bytes wait (UARTIM RXIM and RTIM).
    //
    // UARTIM has no set or clear alias: this and disable_receive_interrupt()
    // read, modify and write it. Nothing else here writes UARTIM, but a
    // caller that may be interrupted by a handler calling the other one must
    // hold a critical section around the call (lesson 05's flood does).
    void enable_receive_interrupt() {
        registers_.im.modify([](reg::Value<pl011::Interrupts> value) {
            return value.with<pl011::ReceiveInterrupt>(1).with<pl011::ReceiveTimeoutInterrupt>(1);
        });
    }

    // Stop interrupting on received data (clear RXIM and RTIM): flow control.
    // The bytes stay in the RX FIFO, and the raw status (UARTRIS RXRIS,
    // RTRIS) stays set while they wait, so enabling again interrupts at once
    // (datasheet chapter 12, "Interrupts": UARTMIS is UARTRIS AND UARTIM).
    void disable_receive_interrupt() {
        registers_.im.modify([](reg::Value<pl011::Interrupts> value) {
            return value.with<pl011::ReceiveInterrupt>(0).with<pl011::ReceiveTimeoutInterrupt>(0);
        });
    }

    hal::Status try_read(std::uint8_t& byte) {
        if (pl011::RxFifoEmpty::get(registers_.fr.read()) != 0) {
            return hal::Status::would_block;
        }
        const auto data = registers_.dr.read();
        // UARTDR bits 11:8 are the error flags of this byte (datasheet 12.5, register 1).
        if (pl011::Errors::get(data) != 0) {
            return hal::Status::error;
        }
        byte = static_cast<std::uint8_t>(pl011::DataByte::get(data));
        return hal::Status::ok;
    }

  private:
    Pl011Registers<Bus>& registers_;
    SysCtlRegisters<Bus>& system_control_;
    Pl061Registers<Bus>& pin_port_;
};
static_assert(hal::SerialWriter<Uart<0>> && hal::SerialReader<Uart<0>>);

// A GPIO port's clock must run, settled, before any of its pins is
// configured (open_clock_gate).
template <unsigned port, typename Bus>
void start_gpio_port(SysCtlRegisters<Bus>& system_control) {
    static_assert(port < 7, "the LM3S6965 has GPIO ports A (0) to G (6)");
    open_clock_gate<sysctl::GpioPortClock<port>>(system_control.rcgc2);
}

// One pin of a GPIO port (a PL061), as an output (start_output) or an
// input, given its port's registers; start the port's clock first.
template <unsigned pin, typename Bus = reg::Mmio>
class Pin {
  public:
    static_assert(pin < 8, "a GPIO port has pins 0 to 7");

    explicit Pin(Pl061Registers<Bus>& port) : port_(port) {}

    // GPIODIR and GPIODEN hold all eight pins of the port: read, modify,
    // write. Only these two functions write them; start pins from main.
    void start_output() {
        port_.dir.modify([](std::uint32_t value) { return value | bit; });
        port_.den.modify([](std::uint32_t value) { return value | bit; });
    }

    void start_input() {
        port_.dir.modify([](std::uint32_t value) { return value & ~bit; });
        port_.den.modify([](std::uint32_t value) { return value | bit; });
    }

    // data[bit] touches this pin alone: no read-modify-write needed.
    void set_high() { port_.data[bit].write(bit); }
    void set_low() { port_.data[bit].write(0); }
    bool is_high() const { return port_.data[bit].read() != 0; }

  private:
    static constexpr std::uint32_t bit = 1U << pin;
    Pl061Registers<Bus>& port_;
};
static_assert(hal::OutputPin<Pin<0>> && hal::InputPin<Pin<0>>);

// About 3 cycles per turn at the 12.5 MHz system clock: 4 turns per microsecond.
using BusyDelay = hal::BusyDelay<4>;
static_assert(hal::Delay<BusyDelay>);

}  // namespace lm3s6965
