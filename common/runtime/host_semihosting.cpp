// The line to the host where something answers semihosting: QEMU, or a
// debugger (OpenOCD after "arm semihosting enable", which the course's
// common/debug/openocd.gdb says). Linked into every build for QEMU
// (HOST_LINE in common/mk/rules.mk).
#include <cstdint>

#include "runtime/host.hpp"
#include "runtime/semihosting.hpp"

// Is a debugger watching? The core cannot tell every program: DHCSR's
// C_DEBUGEN says so on ARMv7-M (ARMv7-M ARM C1.6), but on the Cortex-M0
// the core's debug registers are "only accessible over DAP and not via
// processor" (CMSIS core_cm0.h), and QEMU's DHCSR reads 0 with GDB
// attached. So the course's debug sessions say so themselves: once
// connected, GDB writes debugger_watching_mark here (tell-firmware, in
// common/debug/course.gdb). .noinit: startup leaves it as the debugger
// wrote it, before or after reset. The mark, not a 1: a real chip's RAM
// powers up with noise.
extern "C" {
[[gnu::section(".noinit")]] volatile std::uint32_t debugger_watching;
}

namespace {
constexpr std::uint32_t debugger_watching_mark = 0x6462'6721;  // "dbg!" in ASCII
}  // namespace

namespace host {

void write(const char* text) {
    semihosting::write(text);
}

void exit(int status) {
    semihosting::exit(status);
}

// Under a debugger, a panic must not end QEMU (and the session with it):
// panic() parks, and "continue, Ctrl-C, backtrace" finds it there.
bool panic_ends_run() {
    return debugger_watching != debugger_watching_mark;
}

}  // namespace host
