#pragma once

#include <cstdint>

// ARM semihosting: the firmware asks the debugger (or QEMU) to do something
// on the host, by executing `bkpt 0xab` with an operation number in r0 and
// an argument in r1 ("Semihosting for AArch32 and AArch64", ARM, v2.0). The
// breakpoint halts the core; whoever halted it reads r0 and r1, does the
// operation, writes the result to r0 and resumes after the bkpt. Without a
// debugger nobody halts it: the breakpoint is a HardFault (lesson 02,
// "Semihosting"). So only builds for QEMU use this file, through
// runtime/host.hpp; a build for a real board never links it.
namespace semihosting {

// SYS_WRITE0: print a NUL-terminated string on the host's console.
void write(const char* text);

// SYS_EXIT_EXTENDED: end the program; QEMU exits with `code` as its status.
[[noreturn]] void exit(int code);

}  // namespace semihosting
