#pragma once

// Lesson 03's job, done twice: once with raw volatile pointers (raw.cpp),
// once with the typed register layer (typed.cpp). main.cpp calls whichever
// the build links, so both programs are the same but for these functions.
namespace hello {

// Clock the UART and configure it: 8 data bits, FIFOs on, TX and RX enabled.
void start_uart();
// Send text, waiting whenever the transmit FIFO is full.
void print(const char* text);
// Make PF0 an output, drive it high then low, and read each level back.
// True when both read back as written.
bool gpio_round_trip();

}  // namespace hello
