#pragma once

#include <cstdint>

// The firmware's line to whoever watches it, from lesson 02 on: text out,
// and the end of the program with a status. Which line it is, the build
// decides (HOST_LINE in common/mk/rules.mk; lesson 02, "Semihosting"):
// - for QEMU, semihosting (host_semihosting.cpp): QEMU prints the text and
//   exits with the status;
// - for a real board (BOARD=ek-lm3s6965, make flash), the UART
//   (host_uart.cpp): after make flash no debugger is there to answer a
//   semihosting call, and a call nobody answers is itself a fault. The end
//   parks the CPU.
namespace host {

// Print a NUL-terminated string.
void write(const char* text);

// main() has returned `status`: QEMU exits with it; a real board parks.
[[noreturn]] void exit(int status);

// Once a panic has been reported: true where the run should end, with
// panic_exit_status, so that a check sees it (QEMU, no debugger watching);
// false where panic() should park instead, for a debugger to find (a real
// board; QEMU under make debug).
bool panic_ends_run();

// The status a reported panic ends the run with (report_panic.cpp).
constexpr int panic_exit_status = 101;

// A number as 8 hex digits ("0x0000abcd"): enough to show addresses and
// register values before the course has a real console (lesson 04).
inline void write_hex(std::uint32_t value) {
    char text[] = "0x00000000";
    for (int digit = 9; digit >= 2; --digit) {
        text[digit] = "0123456789abcdef"[value & 0xF];
        value >>= 4;
    }
    write(text);
}

}  // namespace host
