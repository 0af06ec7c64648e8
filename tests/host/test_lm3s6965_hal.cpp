// The LM3S6965's drivers on register blocks in RAM: each driver is handed
// fake UART, GPIO and system-control blocks on the recording bus, and the
// tests assert the exact accesses it makes, in order, at the datasheet's
// offsets.
#include <cstdint>
#include <vector>

#include "catch.hpp"
#include "chips/lm3s6965/hal.hpp"
#include "doubles/recording_bus.hpp"

namespace {

using namespace doubles;  // the recording bus and what it saw

using FakeUart = lm3s6965::Pl011Registers<RecordingBus>;
using FakeGpio = lm3s6965::Pl061Registers<RecordingBus>;
using FakeSysCtl = lm3s6965::SysCtlRegisters<RecordingBus>;

// Register offsets (datasheet tables 12-3, 8-3, 6-2).
constexpr std::size_t uartdr = 0x000, uartfr = 0x018, uartibrd = 0x024, uartfbrd = 0x028, uartlcrh = 0x02c,
                      uartctl = 0x030, uartim = 0x038;
constexpr std::size_t gpiodir = 0x400, gpioafsel = 0x420, gpioden = 0x51c;
constexpr std::size_t ris = 0x050, misc = 0x058, rcc = 0x060, rcgc1 = 0x104, rcgc2 = 0x108;

// What start() writes: 115200 baud from the 12.5 MHz system clock
// (12.5e6 / (16 * 115200) = 6 + 50/64), 8 data bits with the FIFOs on, then
// the UART, its transmitter and its receiver on.
constexpr std::uint32_t integer_divisor = 6;
constexpr std::uint32_t fractional_divisor = 50;
constexpr std::uint32_t eight_bits_fifos_on = (0b11U << 5) | (1U << 4);          // WLEN, FEN
constexpr std::uint32_t uart_tx_rx_enabled = (1U << 9) | (1U << 8) | (1U << 0);  // RXE, TXE, UARTEN
constexpr std::uint32_t receive_interrupts = (1U << 6) | (1U << 4);              // RTIM, RXIM
constexpr std::uint32_t flags_rx_empty = 1U << 4, flags_tx_full = 1U << 5;       // RXFE, TXFF
constexpr std::uint32_t framing_error = 1U << 8, overrun_error = 1U << 11;       // UARTDR FE, OE
constexpr std::uint32_t pins_pa0_pa1 = 0b11;

}  // namespace

TEST_CASE("lm3s6965 system clock: the PLL from the 8 MHz crystal, the datasheet's steps in order") {
    FakeSysCtl system_control{};
    doubles::set_by_hardware(system_control.rcc, 0x078E'3AD1);  // reset value: the internal oscillator
    doubles::set_by_hardware(system_control.ris, 1U << 6);      // PLLLRIS: locked once asked
    doubles::clear_bus_log();

    lm3s6965::start_system_clock(system_control);

    CHECK(accesses_to(system_control) ==
          Accesses{
              read_of(rcc, 0x078E'3AD1), write_of(rcc, 0x078E'3AD1),  // BYPASS on, USESYSDIV off: as at reset
              write_of(misc, 1U << 6),                                // an old lock cleared
              write_of(rcc, 0x078E'0B80),                             // XTAL 8 MHz, main oscillator, PLL on
              read_of(ris, 1U << 6),                                  // locked
              write_of(rcc, 0x07CE'0380),                             // SYSDIV 15, USESYSDIV, BYPASS off
          });
    STATIC_REQUIRE(lm3s6965::system_clock_hz == 12'500'000);
}

TEST_CASE("lm3s6965 system clock: started once, a second call changes nothing") {
    FakeSysCtl system_control{};
    doubles::set_by_hardware(system_control.rcc, 0x07CE'0380);  // already from the PLL
    doubles::clear_bus_log();
    lm3s6965::start_system_clock(system_control);
    CHECK(accesses_to(system_control) == Accesses{read_of(rcc, 0x07CE'0380)});
}

TEST_CASE(
    "lm3s6965 UART start(): gates settled, pins routed, then the documented reconfiguration, in order") {
    FakeUart uart{};
    FakeSysCtl system_control{};
    FakeGpio port_a{};
    system_control.rcgc1.write(1U << 16);  // another peripheral's clock, already on
    lm3s6965::Uart<0, RecordingBus> serial{uart, system_control, port_a};
    doubles::clear_bus_log();

    serial.start();

    CHECK(accesses_to(system_control) == Accesses{
                                             read_of(rcgc1, 1U << 16),
                                             write_of(rcgc1, (1U << 16) | 1U),
                                             read_of(rcgc1, (1U << 16) | 1U),  // read back: the gate settles
                                             read_of(rcgc2, 0),
                                             write_of(rcgc2, 1U),  // port A, UART0's pins
                                             read_of(rcgc2, 1U),
                                         });
    CHECK(accesses_to(port_a) == Accesses{read_of(gpioafsel, 0), write_of(gpioafsel, pins_pa0_pa1),
                                          read_of(gpioden, 0), write_of(gpioden, pins_pa0_pa1)});
    CHECK(accesses_to(uart) ==
          Accesses{
              read_of(uartfr, 0),     // not busy: nothing left to send
              write_of(uartctl, 0),   // off while it is configured
              read_of(uartlcrh, 0),   // FIFO flushed: FEN cleared,
              write_of(uartlcrh, 0),  // the rest kept
              write_of(uartibrd, integer_divisor),
              write_of(uartfbrd, fractional_divisor),
              write_of(uartlcrh, eight_bits_fifos_on),  // after the divisors: they take effect
              write_of(uartctl, uart_tx_rx_enabled),
          });
    STATIC_REQUIRE(eight_bits_fifos_on == 0x70 && uart_tx_rx_enabled == 0x301);
}

TEST_CASE("lm3s6965 UART: one class serves UART1, with its own block, clock gate and pins (PD2, PD3)") {
    FakeUart uart0{}, uart1{};
    FakeSysCtl system_control{};
    FakeGpio port_d{};
    lm3s6965::Uart<1, RecordingBus> serial{uart1, system_control, port_d};
    doubles::clear_bus_log();

    serial.start();

    CHECK(accesses_to(system_control) == Accesses{read_of(rcgc1, 0), write_of(rcgc1, 1U << 1),
                                                  read_of(rcgc1, 1U << 1), read_of(rcgc2, 0),
                                                  write_of(rcgc2, 1U << 3), read_of(rcgc2, 1U << 3)});
    CHECK(accesses_to(port_d) == Accesses{read_of(gpioafsel, 0), write_of(gpioafsel, 0b1100),
                                          read_of(gpioden, 0), write_of(gpioden, 0b1100)});
    CHECK(accesses_to(uart1).size() == 8);
    CHECK(accesses_to(uart0).empty());
}

TEST_CASE("lm3s6965 UART try_write: a full FIFO blocks without writing, else one write of the byte") {
    FakeUart uart{};
    FakeSysCtl system_control{};
    FakeGpio port_a{};
    lm3s6965::Uart<0, RecordingBus> serial{uart, system_control, port_a};

    doubles::set_by_hardware(uart.fr, flags_tx_full);
    doubles::clear_bus_log();
    CHECK(serial.try_write('A') == hal::Status::would_block);
    CHECK(accesses_to(uart) == Accesses{read_of(uartfr, flags_tx_full)});

    doubles::set_by_hardware(uart.fr, 0);
    doubles::clear_bus_log();
    CHECK(serial.try_write('A') == hal::Status::ok);
    CHECK(accesses_to(uart) == Accesses{read_of(uartfr, 0), write_of(uartdr, 'A')});
}

TEST_CASE("lm3s6965 UART try_read: empty blocks, a clean byte is ok, error bits make it an error") {
    FakeUart uart{};
    FakeSysCtl system_control{};
    FakeGpio port_a{};
    lm3s6965::Uart<0, RecordingBus> serial{uart, system_control, port_a};
    std::uint8_t byte = 0;

    doubles::set_by_hardware(uart.fr, flags_rx_empty);
    doubles::clear_bus_log();
    CHECK(serial.try_read(byte) == hal::Status::would_block);
    CHECK(accesses_to(uart) == Accesses{read_of(uartfr, flags_rx_empty)});  // UARTDR untouched

    doubles::set_by_hardware(uart.fr, 0);
    doubles::set_by_hardware(uart.dr, 'z');
    doubles::clear_bus_log();
    CHECK(serial.try_read(byte) == hal::Status::ok);
    CHECK(byte == 'z');
    CHECK(accesses_to(uart) == Accesses{read_of(uartfr, 0), read_of(uartdr, 'z')});

    for (const std::uint32_t error : {framing_error, overrun_error}) {
        doubles::set_by_hardware(uart.dr, error | 'q');
        byte = 0;
        CHECK(serial.try_read(byte) == hal::Status::error);
        CHECK(byte == 0);  // a damaged byte is not handed out
    }
}

TEST_CASE("lm3s6965 UART receive interrupt: UARTIM read-modify-write of RXIM and RTIM, other bits kept") {
    FakeUart uart{};
    FakeSysCtl system_control{};
    FakeGpio port_a{};
    lm3s6965::Uart<0, RecordingBus> serial{uart, system_control, port_a};
    constexpr std::uint32_t transmit_interrupt = 1U << 5;  // TXIM, someone else's
    uart.im.write(transmit_interrupt);
    doubles::clear_bus_log();

    serial.enable_receive_interrupt();
    CHECK(accesses_to(uart) == Accesses{read_of(uartim, transmit_interrupt),
                                        write_of(uartim, transmit_interrupt | receive_interrupts)});

    doubles::clear_bus_log();
    serial.disable_receive_interrupt();
    CHECK(accesses_to(uart) == Accesses{read_of(uartim, transmit_interrupt | receive_interrupts),
                                        write_of(uartim, transmit_interrupt)});
}

TEST_CASE("lm3s6965 GPIO: the port's clock is a read-modify-write of RCGC2, then a read back to settle") {
    FakeSysCtl system_control{};
    system_control.rcgc2.write(1U << 0);  // port A already on
    doubles::clear_bus_log();
    lm3s6965::start_gpio_port<lm3s6965::port_f>(system_control);
    CHECK(accesses_to(system_control) ==
          Accesses{read_of(rcgc2, 1U), write_of(rcgc2, 1U | (1U << 5)), read_of(rcgc2, 1U | (1U << 5))});
}

TEST_CASE("lm3s6965 pin: start_output and start_input set DIR and DEN for this pin alone") {
    FakeGpio port{};
    port.dir.write(0b1000'0000);
    port.den.write(0b1000'0000);
    lm3s6965::Pin<2, RecordingBus> pin{port};
    doubles::clear_bus_log();

    pin.start_output();
    CHECK(accesses_to(port) == Accesses{read_of(gpiodir, 0b1000'0000), write_of(gpiodir, 0b1000'0100),
                                        read_of(gpioden, 0b1000'0000), write_of(gpioden, 0b1000'0100)});

    doubles::clear_bus_log();
    pin.start_input();
    CHECK(accesses_to(port) == Accesses{read_of(gpiodir, 0b1000'0100), write_of(gpiodir, 0b1000'0000),
                                        read_of(gpioden, 0b1000'0100), write_of(gpioden, 0b1000'0100)});
}

TEST_CASE("lm3s6965 pin: levels go through the masked data address of this pin, one access each") {
    FakeGpio port{};
    lm3s6965::Pin<2, RecordingBus> pin{port};
    constexpr std::size_t pin_2_data = (1U << 2) << 2;  // data[mask], mask = bit 2, at offset mask * 4
    doubles::clear_bus_log();

    pin.set_high();
    const bool high = pin.is_high();
    pin.set_low();
    const bool low = !pin.is_high();

    CHECK(high);
    CHECK(low);
    CHECK(accesses_to(port) == Accesses{write_of(pin_2_data, 1U << 2), read_of(pin_2_data, 1U << 2),
                                        write_of(pin_2_data, 0), read_of(pin_2_data, 0)});
}
