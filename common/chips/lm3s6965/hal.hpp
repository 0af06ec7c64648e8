#pragma once

#include <cstdint>

#include "chips/lm3s6965/peripherals.hpp"
#include "hal/busy_delay.hpp"
#include "hal/input_pin.hpp"
#include "hal/output_pin.hpp"
#include "hal/serial.hpp"

// The LM3S6965's side of the HAL: its UART0 and GPIO pins, behind the
// portable concepts of common/hal/. Header-only, so every call inlines into
// the same instructions lesson 03 wrote by hand.
namespace lm3s6965 {

class Uart0 {
  public:
    // Clock UART0, then 8N1 at 115200 baud from the 12 MHz reset clock
    // (12e6 / (16 * 115200) = 6 + 33/64), FIFOs on, TX and RX enabled.
    void start() {
        system_control().rcgc1.modify([](std::uint32_t value) { return sysctl::Uart0Clock::set(value, 1); });
        Pl011& uart = uart0();
        uart.ctl.write(0);
        uart.ibrd.write(6);
        uart.fbrd.write(33);
        uart.lcrh.write(
            reg::Value<pl011::LineControl>{}.with<pl011::WordLength>(0b11).with<pl011::FifoEnable>(1));
        uart.ctl.write(reg::Value<pl011::Control>{}
                           .with<pl011::UartEnable>(1)
                           .with<pl011::TxEnable>(1)
                           .with<pl011::RxEnable>(1));
    }

    hal::Status try_write(std::uint8_t byte) {
        Pl011& uart = uart0();
        if (pl011::TxFifoFull::get(uart.fr.read()) != 0) {
            return hal::Status::would_block;
        }
        uart.dr.write(byte);
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
        uart0().im.modify([](reg::Value<pl011::Interrupts> value) {
            return value.with<pl011::ReceiveInterrupt>(1).with<pl011::ReceiveTimeoutInterrupt>(1);
        });
    }

    // Stop interrupting on received data (clear RXIM and RTIM): flow control.
    // The bytes stay in the RX FIFO, and the raw status (UARTRIS RXRIS,
    // RTRIS) stays set while they wait, so enabling again interrupts at once
    // (datasheet chapter 12, "Interrupts": UARTMIS is UARTRIS AND UARTIM).
    void disable_receive_interrupt() {
        uart0().im.modify([](reg::Value<pl011::Interrupts> value) {
            return value.with<pl011::ReceiveInterrupt>(0).with<pl011::ReceiveTimeoutInterrupt>(0);
        });
    }

    hal::Status try_read(std::uint8_t& byte) {
        Pl011& uart = uart0();
        if (pl011::RxFifoEmpty::get(uart.fr.read()) != 0) {
            return hal::Status::would_block;
        }
        const auto data = uart.dr.read();
        // UARTDR bits 11:8 are the error flags of this byte (datasheet 12.5, register 1).
        if (pl011::Errors::get(data) != 0) {
            return hal::Status::error;
        }
        byte = static_cast<std::uint8_t>(pl011::DataByte::get(data));
        return hal::Status::ok;
    }
};
static_assert(hal::SerialWriter<Uart0> && hal::SerialReader<Uart0>);

// Port F's clock must run before any of its pins is configured (RCGC2).
inline void start_gpio_port_f() {
    system_control().rcgc2.modify([](std::uint32_t value) { return sysctl::GpioPortFClock::set(value, 1); });
}

// One pin of GPIO port F, as an output (start_output) or an input; call
// start_gpio_port_f() first.
template <unsigned pin>
class PortFPin {
  public:
    static_assert(pin < 8, "GPIO port F has pins 0 to 7");

    void start_output() {
        Pl061& port = gpio_port_f();
        port.dir.modify([](std::uint32_t value) { return value | bit; });
        port.den.modify([](std::uint32_t value) { return value | bit; });
    }

    void start_input() {
        Pl061& port = gpio_port_f();
        port.dir.modify([](std::uint32_t value) { return value & ~bit; });
        port.den.modify([](std::uint32_t value) { return value | bit; });
    }

    // data[bit] touches this pin alone: no read-modify-write needed.
    void set_high() { gpio_port_f().data[bit].write(bit); }
    void set_low() { gpio_port_f().data[bit].write(0); }
    bool is_high() const { return gpio_port_f().data[bit].read() != 0; }

  private:
    static constexpr std::uint32_t bit = 1U << pin;
};
static_assert(hal::OutputPin<PortFPin<0>> && hal::InputPin<PortFPin<0>>);

// About 3 cycles per turn at the 12 MHz reset clock: 4 turns per microsecond.
using BusyDelay = hal::BusyDelay<4>;
static_assert(hal::Delay<BusyDelay>);

}  // namespace lm3s6965
