#pragma once

#include <cstdint>

#include "chips/nrf51/clock.hpp"
#include "chips/nrf51/gpio.hpp"
#include "chips/nrf51/uart.hpp"
#include "hal/busy_delay.hpp"
#include "hal/input_pin.hpp"
#include "hal/output_pin.hpp"
#include "hal/serial.hpp"
#include "registers/register.hpp"

// The nRF51's side of the HAL. Same concepts as the LM3S6965's, very
// different hardware: no FIFO, but tasks and events. Each driver is given
// the register block it works on: chip_hal.hpp gives it the real one, a
// host test a block in RAM (tests/host/test_nrf51_hal.cpp).
namespace nrf51 {

// The micro:bit v1 routes P0.24 (TX) and P0.25 (RX) to its USB serial port.
namespace microbit {
constexpr std::uint32_t tx_pin = 24;
constexpr std::uint32_t rx_pin = 25;
}  // namespace microbit

// excerpt: crystal
// HFCLK from the crystal. At reset it runs from the 16 MHz RC oscillator;
// the Reference Manual gives the UART's BAUDRATE values for a 16 MHz HFCLK,
// but no accuracy for that oscillator and no error budget for the UART: it
// does not settle whether the RC oscillator is good enough, so the UART
// runs from the crystal (RM v3.0, CLOCK: trigger HFCLKSTART, wait for
// HFCLKSTARTED). QEMU's CLOCK is a stub that reads 1 everywhere: there the
// wait ends at once.
template <typename Bus>
void start_crystal(ClockRegisters<Bus>& clock) {
    const auto status = clock.hfclkstat.read();
    if (clock::ClockSource::get(status) == 1 && clock::ClockRunning::get(status) == 1) {
        return;  // already running from the crystal
    }
    clock.xtalfreq.write(clock::xtal_16_mhz);
    clock.events_hfclkstarted.write(0);
    clock.tasks_hfclkstart.write(1);
    while (clock.events_hfclkstarted.read() == 0) {
    }
}
// end excerpt

// The UART, given its registers and the GPIO port its pins are on. Its baud
// rate is right only from the crystal (start_crystal(); chip::Serial::start()
// calls both).
template <typename Bus = reg::Mmio>
class Uart {
  public:
    Uart(UartRegisters<Bus>& registers, GpioRegisters<Bus>& pins) : registers_(registers), pins_(pins) {}

    // excerpt: uart-start
    // 8N1 at 115200 baud on the micro:bit's pins, transmitter and receiver started.
    void start() {
        // The pin selection "must only be configured when the UART is
        // disabled" (RM v3.0, UART, "Pin configuration").
        registers_.enable.write(uart::disabled);
        // The pins in GPIO first, as that section's table asks: TXD an
        // output driven high (the line's idle level), RXD an input. The
        // UART drives them while it is enabled; these settings keep the
        // lines right while it is not. OUTSET and PIN_CNF touch only these
        // pins: nothing is read, modified and written back.
        pins_.outset.write(1U << microbit::tx_pin);
        pins_.pin_cnf[microbit::tx_pin].write(pin_cnf::output_with_input_buffer);
        pins_.pin_cnf[microbit::rx_pin].write(pin_cnf::input_connected);
        registers_.pseltxd.write(microbit::tx_pin);
        registers_.pselrxd.write(microbit::rx_pin);
        registers_.baudrate.write(uart::baud_115200);
        registers_.enable.write(uart::enabled);
        registers_.tasks_starttx.write(1);
        registers_.tasks_startrx.write(1);
        sending_ = false;
    }
    // end excerpt

    // One byte in flight at a time: the next may go once TXDRDY says the
    // previous one has left.
    hal::Status try_write(std::uint8_t byte) {
        if (sending_) {
            if (registers_.events_txdrdy.read() == 0) {
                return hal::Status::would_block;
            }
            registers_.events_txdrdy.write(0);
        }
        registers_.txd.write(byte);
        sending_ = true;
        return hal::Status::ok;
    }

    // Interrupt on each received byte (INTENSET RXDRDY). INTENSET and
    // INTENCLR change only the bits written as 1: no read-modify-write, so
    // main and a handler may each call one of these at any time.
    void enable_receive_interrupt() {
        registers_.intenset.write(reg::Value<uart::Interrupts>{}.with<uart::ReceiveReadyInterrupt>(1));
    }

    // Stop interrupting on received bytes (INTENCLR RXDRDY): flow control.
    // EVENTS_RXDRDY stays set while a byte waits in RXD, so enabling again
    // interrupts at once (Reference Manual, "Peripheral interface": an
    // interrupt is the event AND its INTEN bit).
    void disable_receive_interrupt() {
        registers_.intenclr.write(reg::Value<uart::Interrupts>{}.with<uart::ReceiveReadyInterrupt>(1));
    }

    // The event is cleared before RXD is read (the order of the Reference
    // Manual's UART chapter): reading RXD moves the next byte in, and the
    // event that one raises must not be cleared with this one's.
    hal::Status try_read(std::uint8_t& byte) {
        if (registers_.events_rxdrdy.read() == 0) {
            return hal::Status::would_block;
        }
        registers_.events_rxdrdy.write(0);
        byte = static_cast<std::uint8_t>(registers_.rxd.read());
        return hal::Status::ok;
    }

  private:
    UartRegisters<Bus>& registers_;
    GpioRegisters<Bus>& pins_;
    bool sending_ = false;
};
static_assert(hal::SerialWriter<Uart<>> && hal::SerialReader<Uart<>>);

// One pin of port P0, given the port's registers. OUTSET and OUTCLR change
// only this pin's bit, and PIN_CNF is the pin's own register: nothing here
// is read, modified and written back.
template <unsigned pin, typename Bus = reg::Mmio>
class Pin {
  public:
    static_assert(pin < 32, "port P0 has pins 0 to 31");

    explicit Pin(GpioRegisters<Bus>& port) : port_(port) {}

    void start_output() { port_.pin_cnf[pin].write(pin_cnf::output_with_input_buffer); }
    void start_input() { port_.pin_cnf[pin].write(pin_cnf::input_connected); }
    void set_high() { port_.outset.write(bit); }
    void set_low() { port_.outclr.write(bit); }
    bool is_high() const { return (port_.in.read() & bit) != 0; }

  private:
    static constexpr std::uint32_t bit = 1U << pin;
    GpioRegisters<Bus>& port_;
};
static_assert(hal::OutputPin<Pin<0>> && hal::InputPin<Pin<0>>);

// About 4 cycles per turn at 16 MHz: 4 turns per microsecond.
using BusyDelay = hal::BusyDelay<4>;
static_assert(hal::Delay<BusyDelay>);

}  // namespace nrf51
