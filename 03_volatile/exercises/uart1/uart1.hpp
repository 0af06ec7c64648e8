#pragma once

// UART1 of the LM3S6965, which you set up in uart1.cpp.
namespace uart1 {

// Start UART1 as lesson 03 starts UART0: 8N1 at 115200 baud from the
// crystal's 12.5 MHz system clock, FIFOs on, sending and receiving. Ready
// for the chip, not only for QEMU: every rule of lesson 03's "What QEMU
// forgives" kept.
void start();

// Send text on UART1, waiting whenever its transmit FIFO is full.
void print(const char* text);

}  // namespace uart1
