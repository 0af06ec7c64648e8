#pragma once

#include <cstdint>

#include "chips/nrf51/peripherals.hpp"
#include "hal/busy_delay.hpp"
#include "hal/input_pin.hpp"
#include "hal/output_pin.hpp"
#include "hal/serial.hpp"

// The nRF51's side of the HAL. Same concepts as the LM3S6965's, very
// different hardware: no FIFO, but tasks and events.
namespace nrf51 {

class Uart0 {
  public:
    // The micro:bit v1 routes P0.24 (TX) and P0.25 (RX) to its USB serial port.
    void start() {
        Uart& uart = uart0();
        uart.pseltxd.write(24);
        uart.pselrxd.write(25);
        uart.baudrate.write(uart::baud_115200);
        uart.enable.write(uart::enabled);
        uart.tasks_starttx.write(1);
        uart.tasks_startrx.write(1);
        sending_ = false;
    }

    // One byte in flight at a time: the next may go once TXDRDY says the
    // previous one has left.
    hal::Status try_write(std::uint8_t byte) {
        Uart& uart = uart0();
        if (sending_) {
            if (uart.events_txdrdy.read() == 0) {
                return hal::Status::would_block;
            }
            uart.events_txdrdy.write(0);
        }
        uart.txd.write(byte);
        sending_ = true;
        return hal::Status::ok;
    }

    // Interrupt on each received byte (INTENSET RXDRDY). INTENSET and
    // INTENCLR change only the bits written as 1: no read-modify-write, so
    // main and a handler may each call one of these at any time.
    void enable_receive_interrupt() {
        uart0().intenset.write(reg::Value<uart::Interrupts>{}.with<uart::ReceiveReadyInterrupt>(1));
    }

    // Stop interrupting on received bytes (INTENCLR RXDRDY): flow control.
    // EVENTS_RXDRDY stays set while a byte waits in RXD, so enabling again
    // interrupts at once (Reference Manual, "Peripheral interface": an
    // interrupt is the event AND its INTEN bit).
    void disable_receive_interrupt() {
        uart0().intenclr.write(reg::Value<uart::Interrupts>{}.with<uart::ReceiveReadyInterrupt>(1));
    }

    hal::Status try_read(std::uint8_t& byte) {
        Uart& uart = uart0();
        if (uart.events_rxdrdy.read() == 0) {
            return hal::Status::would_block;
        }
        uart.events_rxdrdy.write(0);
        byte = static_cast<std::uint8_t>(uart.rxd.read());
        return hal::Status::ok;
    }

  private:
    bool sending_ = false;
};
static_assert(hal::SerialWriter<Uart0> && hal::SerialReader<Uart0>);

template <unsigned pin>
class Pin {
  public:
    static_assert(pin < 32, "port P0 has pins 0 to 31");

    void start_output() { gpio().pin_cnf[pin].write(pin_cnf::output_with_input_buffer); }
    void start_input() { gpio().pin_cnf[pin].write(pin_cnf::input_connected); }
    void set_high() { gpio().outset.write(bit); }
    void set_low() { gpio().outclr.write(bit); }
    bool is_high() const { return (gpio().in.read() & bit) != 0; }

  private:
    static constexpr std::uint32_t bit = 1U << pin;
};
static_assert(hal::OutputPin<Pin<0>> && hal::InputPin<Pin<0>>);

// About 4 cycles per turn at 16 MHz: 4 turns per microsecond.
using BusyDelay = hal::BusyDelay<4>;
static_assert(hal::Delay<BusyDelay>);

}  // namespace nrf51
