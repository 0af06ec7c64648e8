// The line to the host on a real board (BOARD=ek-lm3s6965, and what make
// flash writes to any board): the chip's UART, the serial port lessons 03
// to 05 print on, at 115200 baud. Never semihosting: after make flash no
// debugger is there to answer it, and a bkpt nobody answers is a HardFault
// (ARMv7-M ARM C1.5, "Debug event behavior"; ARMv6-M, which has no debug
// monitor, the same), or a lockup when it comes from a fault handler.
// Linked into every build for a real board (HOST_LINE in
// common/mk/rules.mk).
#include <cstdint>

#include "chip_hal.hpp"
#include "hal/serial.hpp"
#include "runtime/host.hpp"

namespace host {
namespace {

// Started at the first write, whenever that comes: before main() (a panic
// in startup) or after it. A program that starts the same UART for itself
// (lessons 03 to 05) starts it again, which the driver allows; a byte of
// the program's still in flight at that moment may be cut short.
chip::Serial& uart() {
    static chip::Serial serial;
    static bool started = false;
    if (!started) {
        serial.start();
        started = true;
    }
    return serial;
}

}  // namespace

void write(const char* text) {
    chip::Serial& serial = uart();
    for (; *text != '\0'; ++text) {
        hal::write(serial, static_cast<std::uint8_t>(*text));
    }
}

// Nobody to hand the status to: park, with interrupts masked (after QEMU's
// exit nothing runs either) and the status in plain sight for a debugger
// that attaches later (`frame`, `print status`).
void exit(int status) {
    asm volatile("cpsid i" ::: "memory");
    while (true) {
        asm volatile("" : : "r"(status) : "memory");
    }
}

// There is no run to end: panic() parks, where a debugger finds it.
bool panic_ends_run() {
    return false;
}

}  // namespace host
