// Fault handlers that say what went wrong, in words, before halting: the
// registers the CPU stacked, which stack it was, and on ARMv7-M the fault
// status registers decoded (ARMv7-M ARM B3.2.15-B3.2.18). Used instead of
// runtime/faults.cpp from the debugging chapter on; the report goes out on
// the line to the host (runtime/host.hpp: semihosting in QEMU, the UART on
// a real board). This file only reads registers and prints: what the
// values mean is decided in cortex_m/fault_status.hpp, tested on the PC.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cortex_m/fault_status.hpp"
#include "cortex_m/scb.hpp"
#include "runtime/host.hpp"
#include "runtime/panic.hpp"

namespace {

namespace fault = cortex_m::fault;

// What the CPU pushes on exception entry, lowest address first (an
// extended frame has the FP registers after these: the start is the same).
struct StackedFrame {
    std::uint32_t r0, r1, r2, r3, r12, lr, pc, xpsr;
};

// host::write prints up to a NUL; a string_view promises none, so its text
// goes out in NUL-terminated pieces.
void write(std::string_view text) {
    char piece[32];
    while (!text.empty()) {
        std::size_t length = 0;
        for (; length < sizeof piece - 1 && length < text.size(); ++length) {
            piece[length] = text[length];
        }
        piece[length] = '\0';
        host::write(piece);
        text.remove_prefix(length);
    }
}

void line(const char* label, std::uint32_t value, std::string_view words = {}) {
    host::write(label);
    host::write_hex(value);
    if (!words.empty()) {
        host::write(" ");
        write(words);
    }
    host::write("\n");
}

// EXC_RETURN in words: where the frame is and what the fault interrupted.
void explain_exception_return(std::uint32_t value) {
    const fault::ExceptionReturn decoded = fault::decode_exception_return(value);
    host::write("  exc_return ");
    host::write_hex(value);
    host::write(" ");
    write(fault::words(decoded.mode));
    host::write(", ");
    write(fault::words(decoded.stack));
    host::write(", ");
    write(fault::words(decoded.frame));
    if (!decoded.defined) {
        host::write(" (not a value the manual defines)");
    }
    host::write("\n");
}

#if defined(__ARM_ARCH_7M__) || defined(__ARM_ARCH_7EM__)
// One sentence for each fault status bit that is set, with the fault
// address when MMFAR or BFAR holds it.
void explain_status(const fault::Status& status) {
    line("  cfsr       ", status.cfsr);
    line("  hfsr       ", status.hfsr);
    for (const fault::Finding& finding : fault::explain(status)) {
        host::write("  ");
        write(finding.words);
        if (finding.address) {
            host::write(" at ");
            host::write_hex(*finding.address);
        }
        host::write("\n");
    }
}
#endif

}  // namespace

// Called by the assembly entry below with the stacked frame and EXC_RETURN.
extern "C" [[noreturn]] void report_crash(const StackedFrame* frame, std::uint32_t exc_return) {
#if defined(__ARM_ARCH_7M__) || defined(__ARM_ARCH_7EM__)
    // The program may have switched on the unaligned and divide-by-zero
    // traps; the reporter's own code (GCC uses unaligned loads freely on
    // ARMv7-M) must not trip them. Switch them off first.
    cortex_m::scb().ccr.modify([](reg::Value<cortex_m::ccr::ConfigurationControl> value) {
        return value.with<cortex_m::ccr::UnalignedTrap>(0).with<cortex_m::ccr::DivideByZeroTrap>(0);
    });
#endif
    std::uint32_t ipsr;
    asm volatile("mrs %0, ipsr" : "=r"(ipsr));
    const std::uint32_t exception = fault::exception_number(ipsr);
    host::write("crash report\n");
    line("  exception  ", exception, fault::exception_name(exception));
    line("  pc         ", frame->pc);
    line("  lr         ", frame->lr);
    line("  xpsr       ", frame->xpsr);
    line("  r0         ", frame->r0);
    line("  r1         ", frame->r1);
    line("  r2         ", frame->r2);
    line("  r3         ", frame->r3);
    line("  r12        ", frame->r12);
    explain_exception_return(exc_return);
#if defined(__ARM_ARCH_7M__) || defined(__ARM_ARCH_7EM__)
    cortex_m::Scb& scb = cortex_m::scb();
    explain_status({scb.cfsr.read(), scb.hfsr.read(), scb.mmfar.read(), scb.bfar.read()});
#else
    host::write("  (ARMv6-M: no fault status registers to decode)\n");
#endif
    // Stop in panic(), where a debugger finds it (a bkpt would stop sooner,
    // but without a debugger it is itself a fault).
    panic("crash: see the report above");
}

// The entry: find the stacked frame (MSP or PSP, per EXC_RETURN in LR) and
// pass it on. Naked: no compiler prologue may touch the stack first, and
// so no operands either: the mask is spelled #4 and checked here.
static_assert(fault::exc_return::process_stack == 4, "Fault_Entry tests EXC_RETURN's stack bit with #4");
extern "C" [[gnu::naked]] void Fault_Entry() {
    asm volatile(
        "mov r1, lr\n"
        "movs r0, #4\n"
        "tst r0, r1\n"
        "beq 1f\n"
        "mrs r0, psp\n"
        "b 2f\n"
        "1: mrs r0, msp\n"
        "2: ldr r2, =report_crash\n"
        "bx r2\n");
}

// All four fault vectors share the entry.
extern "C" [[gnu::naked]] void HardFault_Handler() {
    asm volatile("b Fault_Entry");
}
extern "C" [[gnu::naked]] void MemManage_Handler() {
    asm volatile("b Fault_Entry");
}
extern "C" [[gnu::naked]] void BusFault_Handler() {
    asm volatile("b Fault_Entry");
}
extern "C" [[gnu::naked]] void UsageFault_Handler() {
    asm volatile("b Fault_Entry");
}
