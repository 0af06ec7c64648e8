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

// 115200 baud from the 12 MHz reset clock: 12e6 / (16 * 115200) = 6.51,
// = 6 + 33/64 (datasheet 12.3.2, "Baud-Rate Generation").
namespace baud_115200 {
constexpr std::uint32_t integer_divisor = 6;      // UARTIBRD
constexpr std::uint32_t fractional_divisor = 33;  // UARTFBRD
}  // namespace baud_115200

// UART0, 1 or 2: a PL011, given its registers and system control's, where
// its clock gate is. One class for all three.
template <unsigned number, typename Bus = reg::Mmio>
class Uart {
  public:
    static_assert(number < 3, "the LM3S6965 has UART0 to UART2");

    Uart(Pl011Registers<Bus>& registers, SysCtlRegisters<Bus>& system_control)
        : registers_(registers), system_control_(system_control) {}

    // Clock the UART, then 8N1 at 115200 baud, FIFOs on, TX and RX enabled.
    // RCGC1 holds every UART's and timer's clock gate: read, modify, write.
    // Only the start() of drivers writes it, from main, before interrupts.
    void start() {
        system_control_.rcgc1.modify([](auto value) { return sysctl::UartClock<number>::set(value, 1); });
        registers_.ctl.write(0);  // off while it is configured
        registers_.ibrd.write(baud_115200::integer_divisor);
        registers_.fbrd.write(baud_115200::fractional_divisor);
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
};
static_assert(hal::SerialWriter<Uart<0>> && hal::SerialReader<Uart<0>>);

// GPIO port A is 0, ..., port F is 5 (RCGC2's bits, table 2-4's order).
constexpr unsigned port_f = 5;

// A GPIO port's clock must run before any of its pins is configured. RCGC2
// holds every port's clock gate: read, modify, write; only this writes it,
// from main, before interrupts.
template <unsigned port, typename Bus>
void start_gpio_port(SysCtlRegisters<Bus>& system_control) {
    static_assert(port < 7, "the LM3S6965 has GPIO ports A (0) to G (6)");
    system_control.rcgc2.modify([](auto value) { return sysctl::GpioPortClock<port>::set(value, 1); });
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

// About 3 cycles per turn at the 12 MHz reset clock: 4 turns per microsecond.
using BusyDelay = hal::BusyDelay<4>;
static_assert(hal::Delay<BusyDelay>);

}  // namespace lm3s6965
