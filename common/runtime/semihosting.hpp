#pragma once

#include <cstdint>

// ARM semihosting: the firmware asks the debugger (or QEMU) to do something
// on the host, by executing `bkpt 0xab` with an operation number in r0 and
// an argument in r1 ("Semihosting for AArch32 and AArch64", ARM, v2.0).
// It is how the course's programs print before they have a UART and report
// pass or fail. Without a debugger attached, a real chip takes the
// breakpoint as a HardFault: semihosting is for QEMU and debug sessions.
namespace semihosting {

// SYS_WRITE0: print a NUL-terminated string on the host's console.
void write(const char* text);

// Write a number as 8 hex digits ("0x0000abcd"): enough to show addresses
// and register values before the course has a real console (lesson 04).
void write_hex(std::uint32_t value);

// SYS_EXIT_EXTENDED: end the program; QEMU exits with `code` as its status.
[[noreturn]] void exit(int code);

// The status a reported panic ends with (report_semihosting.cpp).
constexpr int panic_exit_status = 101;

}  // namespace semihosting
