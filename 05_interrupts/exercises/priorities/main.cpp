// The program of the exercise priorities: read it, but change only
// priorities.cpp. Twice, one job raises the other's interrupt halfway
// through, and a log says who ran when:
//   the slow job raises the urgent one: the urgent one must run at once,
//   inside the slow one;
//   the urgent job raises the slow one: the slow one must wait until the
//   urgent one is done.
// No timer, no timing: each raise is a write to the NVIC, and what runs
// next is the NVIC's choice, by priority alone.
#include <cstdint>

#include "chip_hal.hpp"
#include "cortex_m/nvic.hpp"
#include "jobs.hpp"
#include "runtime/host.hpp"

namespace {

// Who ran when: main reads it only once both jobs are done.
const char* volatile log_lines[8];
volatile std::uint32_t logged;

void log(const char* line) {
    log_lines[logged] = line;
    logged = logged + 1;
}

// Which job raises the other, halfway through: set by main before it
// raises the first.
volatile bool slow_raises_urgent;

void raise(chip::Interrupt irq) {
    cortex_m::pend_irq(irq);
    // The write reaches the NVIC, and the CPU acts on it, before the next
    // instruction (ARM application note 321, on pending interrupts).
    asm volatile("dsb\n isb" ::: "memory");
}

}  // namespace

void jobs::slow() {
    log("slow job: begins");
    if (slow_raises_urgent) {
        raise(chip::serial_irq);
    }
    log("slow job: ends");
}

void jobs::urgent() {
    log("urgent job: begins");
    if (!slow_raises_urgent) {
        raise(jobs::slow_irq);
    }
    log("urgent job: ends");
}

extern "C" void UART0_Handler() {
    jobs::urgent();
}

int main() {
    jobs::set_priorities();
    cortex_m::enable_irq(jobs::slow_irq);
    cortex_m::enable_irq(chip::serial_irq);

    host::write("the slow job raises the urgent one:\n");
    slow_raises_urgent = true;
    raise(jobs::slow_irq);
    for (std::uint32_t line = 0; line < logged; ++line) {
        host::write("  ");
        host::write(log_lines[line]);
        host::write("\n");
    }

    logged = 0;
    host::write("the urgent job raises the slow one:\n");
    slow_raises_urgent = false;
    raise(chip::serial_irq);
    for (std::uint32_t line = 0; line < logged; ++line) {
        host::write("  ");
        host::write(log_lines[line]);
        host::write("\n");
    }
    return 0;
}
