#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string_view>

// What the fault registers say, in words: every bit of CFSR and HFSR, the
// EXC_RETURN value in LR, and the exception number in IPSR, named and
// decoded by constexpr functions that read no register and print nothing
// (common/runtime/crash_report.cpp reads and prints; tests/host/
// test_fault_status.cpp checks every bit against the manual on the PC).
// References are to the ARMv7-M Architecture Reference Manual (DDI 0403E).
// The ARMv6-M Cortex-M0 has no CFSR, HFSR, MMFAR or BFAR; its EXC_RETURN
// and IPSR are decoded the same way (only the three basic-frame values
// exist there).
namespace cortex_m::fault {

// CFSR, the Configurable Fault Status Register (B3.2.15): three status
// registers in one word. The masks carry the manual's bit names, the names
// a learner finds in the manual and in a debugger.
namespace cfsr {
// MMFSR, bits 7:0: MemManage faults.
inline constexpr std::uint32_t iaccviol = 1U << 0;   // instruction fetch from a forbidden address
inline constexpr std::uint32_t daccviol = 1U << 1;   // load or store to a forbidden address
inline constexpr std::uint32_t munstkerr = 1U << 3;  // while unstacking on exception return
inline constexpr std::uint32_t mstkerr = 1U << 4;    // while stacking on exception entry
inline constexpr std::uint32_t mlsperr = 1U << 5;    // while saving FP state lazily (FP extension)
inline constexpr std::uint32_t mmarvalid = 1U << 7;  // MMFAR holds the faulting address
// BFSR, bits 15:8: BusFaults.
inline constexpr std::uint32_t ibuserr = 1U << 8;       // instruction fetch
inline constexpr std::uint32_t preciserr = 1U << 9;     // data access; the stacked pc is the culprit
inline constexpr std::uint32_t impreciserr = 1U << 10;  // data access; the stacked pc is later
inline constexpr std::uint32_t unstkerr = 1U << 11;     // while unstacking on exception return
inline constexpr std::uint32_t stkerr = 1U << 12;       // while stacking on exception entry
inline constexpr std::uint32_t lsperr = 1U << 13;       // while saving FP state lazily (FP extension)
inline constexpr std::uint32_t bfarvalid = 1U << 15;    // BFAR holds the faulting address
// UFSR, bits 31:16: UsageFaults.
inline constexpr std::uint32_t undefinstr = 1U << 16;  // undefined instruction
inline constexpr std::uint32_t invstate = 1U << 17;    // EPSR.T or IT state invalid (Thumb bit clear?)
inline constexpr std::uint32_t invpc = 1U << 18;       // an invalid EXC_RETURN or return frame
inline constexpr std::uint32_t nocp = 1U << 19;        // coprocessor (FP) instruction, none enabled
inline constexpr std::uint32_t unaligned = 1U << 24;   // unaligned access, with CCR.UNALIGN_TRP set
inline constexpr std::uint32_t divbyzero = 1U << 25;   // division by zero, with CCR.DIV_0_TRP set

inline constexpr std::uint32_t memmanage_bits = 0x0000'00FF;
inline constexpr std::uint32_t busfault_bits = 0x0000'FF00;
inline constexpr std::uint32_t usagefault_bits = 0xFFFF'0000;
}  // namespace cfsr

// HFSR, the HardFault Status Register (B3.2.16).
namespace hfsr {
inline constexpr std::uint32_t vecttbl = 1U << 1;    // a BusFault reading the vector table
inline constexpr std::uint32_t forced = 1U << 30;    // a configurable fault escalated: its cause is in CFSR
inline constexpr std::uint32_t debugevt = 1U << 31;  // a debug event (bkpt) with halting debug off
}  // namespace hfsr

// Where a status bit's fault address is: MMFAR (B3.2.17) and BFAR (B3.2.18)
// hold it when CFSR's MMARVALID or BFARVALID says so. The manual has
// DACCVIOL write MMFAR and PRECISERR write BFAR; the other bits record no
// address.
enum class AddressIn { none, mmfar, bfar };

struct StatusBit {
    std::uint32_t mask;
    std::string_view words;
    AddressIn address = AddressIn::none;
};

// One sentence per bit that reports a fault, in bit order (B3.2.15 and
// B3.2.16). MMARVALID and BFARVALID report no fault of their own: they
// qualify DACCVIOL and PRECISERR.
// excerpt: status-words
inline constexpr StatusBit cfsr_words[] = {
    {cfsr::iaccviol, "MemManage: instruction fetch from a forbidden address"},
    {cfsr::daccviol, "MemManage: data access violation", AddressIn::mmfar},
    {cfsr::munstkerr, "MemManage: fault while unstacking"},
    {cfsr::mstkerr, "MemManage: fault while stacking"},
    {cfsr::mlsperr, "MemManage: fault while saving floating-point state"},
    {cfsr::ibuserr, "BusFault: instruction bus error"},
    {cfsr::preciserr, "BusFault: precise data bus error", AddressIn::bfar},
    {cfsr::impreciserr, "BusFault: imprecise data bus error (pc is past the access)"},
    {cfsr::unstkerr, "BusFault: fault while unstacking"},
    {cfsr::stkerr, "BusFault: fault while stacking"},
    {cfsr::lsperr, "BusFault: fault while saving floating-point state"},
    {cfsr::undefinstr, "UsageFault: undefined instruction"},
    {cfsr::invstate, "UsageFault: invalid state (a branch to an address without the Thumb bit?)"},
    {cfsr::invpc, "UsageFault: invalid exception return"},
    {cfsr::nocp, "UsageFault: no coprocessor"},
    {cfsr::unaligned, "UsageFault: unaligned access"},
    {cfsr::divbyzero, "UsageFault: divide by zero"},
};
inline constexpr StatusBit hfsr_words[] = {
    {hfsr::vecttbl, "HardFault: the vector table could not be read"},
    {hfsr::forced, "(escalated to HardFault: that fault's own handler was disabled or masked by priority)"},
    {hfsr::debugevt, "HardFault: a debug event (a bkpt without a debugger?)"},
};
// end excerpt

// The values a fault handler reads, as plain numbers: decoding needs
// nothing else, so a test can hand it any combination.
struct Status {
    std::uint32_t cfsr = 0, hfsr = 0, mmfar = 0, bfar = 0;
};

// A sentence, and the fault address when the manual says there is one.
struct Finding {
    std::string_view words;
    std::optional<std::uint32_t> address;
};

// At most one finding per status bit, in the order of the tables above: the
// capacity is the tables' length, so add() cannot overflow.
class Findings {
  public:
    static constexpr std::size_t capacity = std::size(cfsr_words) + std::size(hfsr_words);

    constexpr void add(Finding finding) { items_[size_++] = finding; }
    constexpr std::size_t size() const { return size_; }
    constexpr const Finding& operator[](std::size_t index) const { return items_[index]; }
    constexpr const Finding* begin() const { return items_.data(); }
    constexpr const Finding* end() const { return items_.data() + size_; }

  private:
    std::array<Finding, capacity> items_{};
    std::size_t size_ = 0;
};

constexpr std::optional<std::uint32_t> fault_address(AddressIn where, const Status& status) {
    if (where == AddressIn::mmfar && (status.cfsr & cfsr::mmarvalid) != 0) {
        return status.mmfar;
    }
    if (where == AddressIn::bfar && (status.cfsr & cfsr::bfarvalid) != 0) {
        return status.bfar;
    }
    return std::nullopt;
}

// Every set status bit of CFSR, then of HFSR, in words. Reserved bits say
// nothing (the report prints the raw register values beside these).
constexpr Findings explain(const Status& status) {
    Findings findings;
    for (const StatusBit& bit : cfsr_words) {
        if ((status.cfsr & bit.mask) != 0) {
            findings.add({bit.words, fault_address(bit.address, status)});
        }
    }
    for (const StatusBit& bit : hfsr_words) {
        if ((status.hfsr & bit.mask) != 0) {
            findings.add({bit.words, std::nullopt});
        }
    }
    return findings;
}

// EXC_RETURN, the value LR holds on exception entry (B1.5.8): bits 31:5
// are all ones; bits 4:0 say how to return.
namespace exc_return {
inline constexpr std::uint32_t process_stack = 1U << 2;  // 1: the frame is on PSP; 0: on MSP
inline constexpr std::uint32_t thread_mode = 1U << 3;    // 1: return to thread mode; 0: handler mode
inline constexpr std::uint32_t basic_frame = 1U << 4;    // 1: 8 words; 0: extended, FP registers too
// The only six values the manual defines (table B1-8 without the FP
// extension, table B1-9 with it); any other faults with INVPC on return.
inline constexpr std::uint32_t handler_main = 0xFFFF'FFF1;
inline constexpr std::uint32_t thread_main = 0xFFFF'FFF9;
inline constexpr std::uint32_t thread_process = 0xFFFF'FFFD;
inline constexpr std::uint32_t handler_main_fp = 0xFFFF'FFE1;
inline constexpr std::uint32_t thread_main_fp = 0xFFFF'FFE9;
inline constexpr std::uint32_t thread_process_fp = 0xFFFF'FFED;
}  // namespace exc_return

// The words below are "..."sv: their length is known when compiling, so
// no strlen runs (the firmware links no C library). The tables above are
// constants, measured when compiling anyway.
using std::string_view_literals::operator""sv;

enum class Stack { main, process };
enum class Mode { handler, thread };
enum class Frame { basic, extended };

struct ExceptionReturn {
    bool defined;  // one of the six values of tables B1-8 and B1-9
    Stack stack;
    Mode mode;
    Frame frame;
};

constexpr ExceptionReturn decode_exception_return(std::uint32_t value) {
    using namespace exc_return;
    const bool defined = value == handler_main || value == thread_main || value == thread_process ||
                         value == handler_main_fp || value == thread_main_fp || value == thread_process_fp;
    return {
        defined,
        (value & process_stack) != 0 ? Stack::process : Stack::main,
        (value & thread_mode) != 0 ? Mode::thread : Mode::handler,
        (value & basic_frame) != 0 ? Frame::basic : Frame::extended,
    };
}

constexpr std::string_view words(Stack stack) {
    return stack == Stack::process ? "process stack (PSP)"sv : "main stack (MSP)"sv;
}
constexpr std::string_view words(Mode mode) {
    return mode == Mode::thread ? "thread mode"sv : "handler mode"sv;
}
constexpr std::string_view words(Frame frame) {
    return frame == Frame::basic ? "basic frame"sv : "extended frame (with FP registers)"sv;
}

// IPSR, bits 8:0 of xPSR (B1.4.2): the number of the exception being
// handled, 0 in thread mode. The numbers are those of the vector table
// (B1.5.2, table B1-4); ARMv6-M has the same ones, less 4-6 and 12.
namespace exception {
inline constexpr std::uint32_t number_bits = 0x1FF;
inline constexpr std::uint32_t thread_mode = 0;
inline constexpr std::uint32_t reset = 1;
inline constexpr std::uint32_t nmi = 2;
inline constexpr std::uint32_t hard_fault = 3;
inline constexpr std::uint32_t mem_manage = 4;
inline constexpr std::uint32_t bus_fault = 5;
inline constexpr std::uint32_t usage_fault = 6;
inline constexpr std::uint32_t sv_call = 11;
inline constexpr std::uint32_t debug_monitor = 12;
inline constexpr std::uint32_t pend_sv = 14;
inline constexpr std::uint32_t sys_tick = 15;
inline constexpr std::uint32_t first_interrupt = 16;  // external interrupt n is exception 16 + n
}  // namespace exception

constexpr std::uint32_t exception_number(std::uint32_t ipsr) {
    return ipsr & exception::number_bits;
}

constexpr std::string_view exception_name(std::uint32_t number) {
    switch (number) {
        case exception::thread_mode:
            return "thread mode (no exception)"sv;
        case exception::reset:
            return "Reset"sv;
        case exception::nmi:
            return "NMI"sv;
        case exception::hard_fault:
            return "HardFault"sv;
        case exception::mem_manage:
            return "MemManage"sv;
        case exception::bus_fault:
            return "BusFault"sv;
        case exception::usage_fault:
            return "UsageFault"sv;
        case exception::sv_call:
            return "SVCall"sv;
        case exception::debug_monitor:
            return "DebugMonitor"sv;
        case exception::pend_sv:
            return "PendSV"sv;
        case exception::sys_tick:
            return "SysTick"sv;
        default:
            return number >= exception::first_interrupt ? "external interrupt"sv : "reserved"sv;
    }
}

}  // namespace cortex_m::fault
