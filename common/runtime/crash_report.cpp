// Fault handlers that say what went wrong, in words, before halting: the
// registers the CPU stacked, which stack it was, and on ARMv7-M the fault
// status registers decoded (ARMv7-M ARM B3.2.15-B3.2.18). Used instead of
// runtime/faults.cpp from the debugging chapter on; the report goes out
// through semihosting.
#include <cstdint>

#include "cortex_m/scb.hpp"
#include "runtime/panic.hpp"
#include "runtime/semihosting.hpp"

namespace {

// What the CPU pushes on exception entry, lowest address first.
struct StackedFrame {
    std::uint32_t r0, r1, r2, r3, r12, lr, pc, xpsr;
};

void line(const char* label, std::uint32_t value) {
    semihosting::write(label);
    semihosting::write_hex(value);
    semihosting::write("\n");
}

#if defined(__ARM_ARCH_7M__) || defined(__ARM_ARCH_7EM__)
// One sentence for each fault status bit that is set (CFSR: MMFSR in bits
// 7:0, BFSR in 15:8, UFSR in 31:16).
void explain_status(std::uint32_t cfsr, std::uint32_t hfsr, std::uint32_t mmfar, std::uint32_t bfar) {
    struct Bit {
        std::uint32_t mask;
        const char* words;
    };
    constexpr Bit bits[] = {
        {1U << 0, "MemManage: instruction fetch from a forbidden address"},
        {1U << 1, "MemManage: data access violation"},
        {1U << 3, "MemManage: fault while unstacking"},
        {1U << 4, "MemManage: fault while stacking"},
        {1U << 8, "BusFault: instruction bus error"},
        {1U << 9, "BusFault: precise data bus error"},
        {1U << 10, "BusFault: imprecise data bus error"},
        {1U << 12, "BusFault: fault while stacking"},
        {1U << 16, "UsageFault: undefined instruction"},
        {1U << 17, "UsageFault: invalid state (a branch to an address without the Thumb bit?)"},
        {1U << 18, "UsageFault: invalid exception return"},
        {1U << 19, "UsageFault: no coprocessor"},
        {1U << 24, "UsageFault: unaligned access"},
        {1U << 25, "UsageFault: divide by zero"},
    };
    for (const Bit& bit : bits) {
        if ((cfsr & bit.mask) != 0) {
            semihosting::write("  ");
            semihosting::write(bit.words);
            if (bit.mask == (1U << 1) && (cfsr & (1U << 7)) != 0) {  // MMARVALID
                semihosting::write(" at ");
                semihosting::write_hex(mmfar);
            }
            if (bit.mask == (1U << 9) && (cfsr & (1U << 15)) != 0) {  // BFARVALID
                semihosting::write(" at ");
                semihosting::write_hex(bfar);
            }
            semihosting::write("\n");
        }
    }
    if ((hfsr & (1U << 30)) != 0) {
        semihosting::write("  (escalated to HardFault: that fault's own handler was not enabled)\n");
    }
    if ((hfsr & (1U << 1)) != 0) {
        semihosting::write("  HardFault: the vector table could not be read\n");
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
    cortex_m::scb().ccr.modify([](std::uint32_t value) {
        return cortex_m::ccr::UnalignedTrap::set(cortex_m::ccr::DivideByZeroTrap::set(value, 0), 0);
    });
#endif
    std::uint32_t exception;
    asm volatile("mrs %0, ipsr" : "=r"(exception));
    semihosting::write("crash report\n");
    line("  exception  ", exception & 0x1FF);
    line("  pc         ", frame->pc);
    line("  lr         ", frame->lr);
    line("  xpsr       ", frame->xpsr);
    line("  r0         ", frame->r0);
    line("  r1         ", frame->r1);
    line("  r2         ", frame->r2);
    line("  r3         ", frame->r3);
    line("  r12        ", frame->r12);
    // EXC_RETURN bit 2: which stack the frame was pushed on.
    semihosting::write((exc_return & 4U) != 0 ? "  stack      process (PSP)\n" : "  stack      main (MSP)\n");
#if defined(__ARM_ARCH_7M__) || defined(__ARM_ARCH_7EM__)
    cortex_m::Scb& scb = cortex_m::scb();
    const std::uint32_t cfsr = scb.cfsr.read(), hfsr = scb.hfsr.read();
    line("  cfsr       ", cfsr);
    line("  hfsr       ", hfsr);
    explain_status(cfsr, hfsr, scb.mmfar.read(), scb.bfar.read());
#else
    semihosting::write("  (ARMv6-M: no fault status registers to decode)\n");
#endif
    // Stop where a debugger can see it. bkpt only when one is attached:
    // without a debugger, bkpt is itself a fault.
    if (cortex_m::debugger_attached()) {
        asm volatile("bkpt 0");
    }
    panic("crash: see the report above");
}

// The entry: find the stacked frame (MSP or PSP, per EXC_RETURN in LR) and
// pass it on. Naked: no compiler prologue may touch the stack first.
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
