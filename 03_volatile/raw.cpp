// The job with nothing but volatile pointers: every address, offset and bit
// written out by hand. It works; every line is a chance to get one wrong.
#include <cstdint>

#include "hello.hpp"

namespace {

// excerpt: raw-register
// A register as the datasheet gives it: base + offset. The address comes from
// the LM3S6965 memory map (table 2-4) and register maps (tables 12-3, 8-3,
// 6-2); every register is 32 bits wide and 4-byte aligned. volatile: each
// read and write has effects the compiler cannot see, so it must do every
// one, in order.
volatile std::uint32_t& raw_register(std::uintptr_t base, std::uintptr_t offset) {
    return *reinterpret_cast<volatile std::uint32_t*>(base + offset);
}
// end excerpt

constexpr std::uintptr_t sysctl = 0x400F'E000, uart0 = 0x4000'C000, gpio_a = 0x4000'4000,
                         gpio_f = 0x4002'5000;

// The system clock from the PLL, locked to the board's 8 MHz crystal and
// divided by 16: 12.5 MHz, accurate enough for a baud rate (RCC, RIS, MISC;
// lesson 03, "What QEMU forgives").
void start_system_clock() {
    volatile std::uint32_t& rcc = raw_register(sysctl, 0x060);
    std::uint32_t clock = rcc;
    clock = (clock | (1U << 11)) & ~(1U << 22);  // BYPASS on, USESYSDIV off
    rcc = clock;
    raw_register(sysctl, 0x058) = 1U << 6;     // MISC: clear an old PLL lock
    clock = (clock & ~0x33F1U) | (0xEU << 6);  // XTAL 8 MHz, main oscillator on and chosen, PLL on
    rcc = clock;
    while ((raw_register(sysctl, 0x050) & (1U << 6)) == 0) {  // RIS: PLLLRIS, locked
    }
    rcc = (clock | (15U << 23) | (1U << 22)) & ~(1U << 11);  // SYSDIV 15 (/ 16), USESYSDIV; BYPASS off
}

}  // namespace

namespace hello {

void start_uart() {
    start_system_clock();
    volatile std::uint32_t& rcgc1 = raw_register(sysctl, 0x104);
    volatile std::uint32_t& rcgc2 = raw_register(sysctl, 0x108);
    // excerpt: raw-gate
    rcgc1 = rcgc1 | 0x1;          // clock UART0,
    while ((rcgc1 & 0x1) == 0) {  // and read the gate back: then it has settled
    }
    // end excerpt
    rcgc2 = rcgc2 | 0x1;  // clock GPIO port A, where UART0's pins are
    while ((rcgc2 & 0x1) == 0) {
    }
    volatile std::uint32_t& afsel = raw_register(gpio_a, 0x420);
    volatile std::uint32_t& den = raw_register(gpio_a, 0x51c);
    afsel = afsel | 0x3;                                     // PA0, PA1: to the UART
    den = den | 0x3;                                         // and digital
    while ((raw_register(uart0, 0x018) & (1U << 3)) != 0) {  // UARTFR: BUSY
    }
    volatile std::uint32_t& lcrh = raw_register(uart0, 0x02c);
    raw_register(uart0, 0x030) = 0;      // UARTCTL: disable while configuring
    lcrh = lcrh & ~(1U << 4);            // UARTLCRH: FIFOs off, flushed
    raw_register(uart0, 0x024) = 6;      // UARTIBRD \ 115200 baud from 12.5 MHz:
    raw_register(uart0, 0x028) = 50;     // UARTFBRD / 12.5e6 / (16 * 115200) = 6 + 50/64
    lcrh = 0x70;                         // UARTLCRH: 8 bits (0b11 << 5), FIFOs on (1 << 4)
    raw_register(uart0, 0x030) = 0x301;  // UARTCTL: RXE | TXE | UARTEN
}

// excerpt: raw-print
void print(const char* text) {
    volatile std::uint32_t& flags = raw_register(uart0, 0x018);  // UARTFR
    volatile std::uint32_t& data = raw_register(uart0, 0x000);   // UARTDR
    for (; *text != '\0'; ++text) {
        while ((flags & (1U << 5)) != 0) {  // TXFF: transmit FIFO full
        }
        data = static_cast<unsigned char>(*text);
    }
}
// end excerpt

bool gpio_round_trip() {
    volatile std::uint32_t& rcgc2 = raw_register(sysctl, 0x108);
    rcgc2 = rcgc2 | (1U << 5);  // clock GPIO port F, settled
    while ((rcgc2 & (1U << 5)) == 0) {
    }
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
