// The nRF51's drivers on register blocks in RAM: each driver is handed fake
// UART and GPIO blocks on the recording bus, and the tests assert the exact
// accesses it makes, in order, at the Reference Manual's offsets.
#include <cstdint>
#include <vector>

#include "catch.hpp"
#include "chips/nrf51/hal.hpp"
#include "doubles/recording_bus.hpp"

namespace {

using namespace doubles;  // the recording bus and what it saw

using FakeUart = nrf51::UartRegisters<RecordingBus>;
using FakeGpio = nrf51::GpioRegisters<RecordingBus>;
using FakeClock = nrf51::ClockRegisters<RecordingBus>;

// Register offsets (Reference Manual, UART, GPIO and CLOCK register overviews).
constexpr std::size_t tasks_startrx = 0x000, tasks_starttx = 0x008, events_rxdrdy = 0x108,
                      events_txdrdy = 0x11c, intenset = 0x304, intenclr = 0x308, enable = 0x500,
                      pseltxd = 0x50c, pselrxd = 0x514, rxd = 0x518, txd = 0x51c, baudrate = 0x524;
constexpr std::size_t outset = 0x508, outclr = 0x50c, in = 0x510;
constexpr std::size_t pin_cnf_5 = 0x700 + 5 * 4, pin_cnf_24 = 0x700 + 24 * 4, pin_cnf_25 = 0x700 + 25 * 4;
constexpr std::size_t hfclkstat = 0x40c;

// What start() writes: the micro:bit's pins, 115200 baud, UART on.
constexpr std::uint32_t tx_pin = 24, rx_pin = 25;
constexpr std::uint32_t baud_115200 = 0x01D7'E000;
constexpr std::uint32_t uart_enabled = 4;
constexpr std::uint32_t rxdrdy_interrupt = 1U << 2;  // INTEN bit RXDRDY

}  // namespace

TEST_CASE("nrf51 crystal: already running, nothing is written") {
    FakeClock clock{};
    doubles::set_by_hardware(clock.hfclkstat, 0x1'0001);  // SRC crystal, STATE running
    doubles::clear_bus_log();
    nrf51::start_crystal(clock);
    CHECK(accesses_to(clock) == Accesses{read_of(hfclkstat, 0x1'0001)});
}

TEST_CASE("nrf51 UART start(): disabled, pins set up in GPIO, selected, baud rate, enable, tasks, in order") {
    FakeUart uart{};
    FakeGpio gpio{};
    nrf51::Uart<RecordingBus> serial{uart, gpio};
    doubles::clear_bus_log();

    serial.start();

    CHECK(accesses_to(gpio) == Accesses{
                                   write_of(outset, 1U << tx_pin),  // TXD idles high
                                   write_of(pin_cnf_24, 1),         // TXD an output
                                   write_of(pin_cnf_25, 0),         // RXD an input, buffer connected
                               });
    CHECK(accesses_to(uart) == Accesses{
                                   write_of(enable, 0),  // pins are selected only while disabled
                                   write_of(pseltxd, tx_pin),
                                   write_of(pselrxd, rx_pin),
                                   write_of(baudrate, baud_115200),
                                   write_of(enable, uart_enabled),
                                   write_of(tasks_starttx, 1),
                                   write_of(tasks_startrx, 1),
                               });
}

TEST_CASE("nrf51 UART try_write: the first byte goes at once, the next waits for TXDRDY and clears it") {
    FakeUart uart{};
    FakeGpio gpio{};
    nrf51::Uart<RecordingBus> serial{uart, gpio};
    serial.start();

    doubles::clear_bus_log();
    CHECK(serial.try_write('a') == hal::Status::ok);
    CHECK(accesses_to(uart) == Accesses{write_of(txd, 'a')});

    doubles::clear_bus_log();
    CHECK(serial.try_write('b') == hal::Status::would_block);  // 'a' has not left yet
    CHECK(accesses_to(uart) == Accesses{read_of(events_txdrdy, 0)});

    doubles::set_by_hardware(uart.events_txdrdy, 1);
    doubles::clear_bus_log();
    CHECK(serial.try_write('b') == hal::Status::ok);
    CHECK(accesses_to(uart) ==
          Accesses{read_of(events_txdrdy, 1), write_of(events_txdrdy, 0), write_of(txd, 'b')});
}

TEST_CASE("nrf51 UART try_read: nothing without RXDRDY; with it, the event is cleared before RXD is read") {
    FakeUart uart{};
    FakeGpio gpio{};
    nrf51::Uart<RecordingBus> serial{uart, gpio};
    std::uint8_t byte = 0;

    doubles::clear_bus_log();
    CHECK(serial.try_read(byte) == hal::Status::would_block);
    CHECK(accesses_to(uart) == Accesses{read_of(events_rxdrdy, 0)});  // RXD untouched

    doubles::set_by_hardware(uart.events_rxdrdy, 1);
    doubles::set_by_hardware(uart.rxd, 'k');
    doubles::clear_bus_log();
    CHECK(serial.try_read(byte) == hal::Status::ok);
    CHECK(byte == 'k');
    CHECK(accesses_to(uart) ==
          Accesses{read_of(events_rxdrdy, 1), write_of(events_rxdrdy, 0), read_of(rxd, 'k')});
}

TEST_CASE("nrf51 UART receive interrupt: one write of RXDRDY to INTENSET or INTENCLR, nothing read") {
    FakeUart uart{};
    FakeGpio gpio{};
    nrf51::Uart<RecordingBus> serial{uart, gpio};
    doubles::clear_bus_log();

    serial.enable_receive_interrupt();
    serial.disable_receive_interrupt();

    CHECK(accesses_to(uart) ==
          Accesses{write_of(intenset, rxdrdy_interrupt), write_of(intenclr, rxdrdy_interrupt)});
}

TEST_CASE("nrf51 pin: start_output and start_input write the pin's own PIN_CNF, once") {
    FakeGpio port{};
    nrf51::Pin<5, RecordingBus> pin{port};
    doubles::clear_bus_log();

    pin.start_output();
    pin.start_input();

    CHECK(accesses_to(port) ==
          Accesses{write_of(pin_cnf_5, 1), write_of(pin_cnf_5, 0)});  // DIR output; input
}

TEST_CASE("nrf51 pin: high and low are one write each to OUTSET and OUTCLR, the level one read of IN") {
    FakeGpio port{};
    nrf51::Pin<5, RecordingBus> pin{port};
    doubles::set_by_hardware(port.in, 1U << 5);
    doubles::clear_bus_log();

    pin.set_high();
    pin.set_low();
    CHECK(pin.is_high());

    CHECK(accesses_to(port) ==
          Accesses{write_of(outset, 1U << 5), write_of(outclr, 1U << 5), read_of(in, 1U << 5)});
}
