// Pitfall (make VARIANT=forgiven): raw.cpp's job as QEMU lets it pass. It
// prints, and the pin reads back, in QEMU; on the chip it is wrong three
// ways: UART0 and port F touched before their clock gates have settled, the
// UART enabled on pins still given to GPIO, and its baud rate counted from
// the internal oscillator, 12 MHz +/- 30 % (lesson 03, "What QEMU forgives").
#include <cstdint>

#include "hello.hpp"

namespace {

// A register as the datasheet gives it: base + offset. The address comes from
// the LM3S6965 memory map (table 2-4) and register maps (tables 12-3, 8-3,
// 6-2); every register is 32 bits wide and 4-byte aligned. volatile: each
// read and write has effects the compiler cannot see, so it must do every
// one, in order.
volatile std::uint32_t& raw_register(std::uintptr_t base, std::uintptr_t offset) {
    return *reinterpret_cast<volatile std::uint32_t*>(base + offset);
}

constexpr std::uintptr_t sysctl = 0x400F'E000, uart0 = 0x4000'C000, gpio_f = 0x4002'5000;

}  // namespace

namespace hello {

void start_uart() {
    volatile std::uint32_t& rcgc1 = raw_register(sysctl, 0x104);
    rcgc1 = rcgc1 | 0x1;                 // clock UART0
    raw_register(uart0, 0x030) = 0;      // UARTCTL: disable while configuring
    raw_register(uart0, 0x024) = 6;      // UARTIBRD \ 115200 baud from the 12 MHz
    raw_register(uart0, 0x028) = 33;     // UARTFBRD / reset clock: 12e6 / (16 * 115200) = 6 + 33/64
    raw_register(uart0, 0x02c) = 0x70;   // UARTLCRH: 8 bits (0b11 << 5), FIFOs on (1 << 4)
    raw_register(uart0, 0x030) = 0x301;  // UARTCTL: RXE | TXE | UARTEN
}

void print(const char* text) {
    volatile std::uint32_t& flags = raw_register(uart0, 0x018);  // UARTFR
    volatile std::uint32_t& data = raw_register(uart0, 0x000);   // UARTDR
    for (; *text != '\0'; ++text) {
        while ((flags & (1U << 5)) != 0) {  // TXFF: transmit FIFO full
        }
        data = static_cast<unsigned char>(*text);
    }
}

bool gpio_round_trip() {
    volatile std::uint32_t& rcgc2 = raw_register(sysctl, 0x108);
    rcgc2 = rcgc2 | (1U << 5);  // clock GPIO port F
    volatile std::uint32_t& dir = raw_register(gpio_f, 0x400);
    volatile std::uint32_t& den = raw_register(gpio_f, 0x51c);
    dir = dir | 0x1;                                               // PF0 is an output
    den = den | 0x1;                                               // and a digital pin
    volatile std::uint32_t& pf0 = raw_register(gpio_f, 0x1 << 2);  // GPIODATA, mask = PF0 only
    pf0 = 0x1;
    const bool high = pf0 == 0x1;
    pf0 = 0x0;
    const bool low = pf0 == 0x0;
    return high && low;
}

}  // namespace hello
