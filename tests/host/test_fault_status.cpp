// The fault decoding of common/cortex_m/fault_status.hpp against the ARMv7-M
// Architecture Reference Manual (DDI 0403E), bit by bit: the bit positions
// and values below are typed from the manual's register figures and tables,
// not from the header, so a mask in the wrong place fails here.
#include <cstdint>
#include <string_view>

#include "catch.hpp"
#include "cortex_m/fault_status.hpp"

namespace {

namespace fault = cortex_m::fault;
using namespace std::string_view_literals;

// A CFSR bit that reports a fault: its position in B3.2.15 and the words
// the crash report gives for it (the debugging chapter's checks and text
// rely on these words).
struct ReportedBit {
    unsigned position;
    std::string_view words;
};

constexpr ReportedBit cfsr_manual[] = {
    {0, "MemManage: instruction fetch from a forbidden address"},                       // IACCVIOL
    {1, "MemManage: data access violation"},                                            // DACCVIOL
    {3, "MemManage: fault while unstacking"},                                           // MUNSTKERR
    {4, "MemManage: fault while stacking"},                                             // MSTKERR
    {5, "MemManage: fault while saving floating-point state"},                          // MLSPERR
    {8, "BusFault: instruction bus error"},                                             // IBUSERR
    {9, "BusFault: precise data bus error"},                                            // PRECISERR
    {10, "BusFault: imprecise data bus error (pc is past the access)"},                 // IMPRECISERR
    {11, "BusFault: fault while unstacking"},                                           // UNSTKERR
    {12, "BusFault: fault while stacking"},                                             // STKERR
    {13, "BusFault: fault while saving floating-point state"},                          // LSPERR
    {16, "UsageFault: undefined instruction"},                                          // UNDEFINSTR
    {17, "UsageFault: invalid state (a branch to an address without the Thumb bit?)"},  // INVSTATE
    {18, "UsageFault: invalid exception return"},                                       // INVPC
    {19, "UsageFault: no coprocessor"},                                                 // NOCP
    {24, "UsageFault: unaligned access"},                                               // UNALIGNED
    {25, "UsageFault: divide by zero"},                                                 // DIVBYZERO
};

// HFSR (B3.2.16).
constexpr ReportedBit hfsr_manual[] = {
    {1, "HardFault: the vector table could not be read"},                                           // VECTTBL
    {30, "(escalated to HardFault: that fault's own handler was disabled or masked by priority)"},  // FORCED
    {31, "HardFault: a debug event (a bkpt without a debugger?)"},  // DEBUGEVT
};

constexpr std::uint32_t bit(unsigned position) {
    return std::uint32_t{1} << position;
}

}  // namespace

TEST_CASE("every CFSR mask sits at the bit B3.2.15 gives it") {
    using namespace fault::cfsr;
    // MMFSR, bits 7:0
    STATIC_REQUIRE(iaccviol == bit(0));
    STATIC_REQUIRE(daccviol == bit(1));
    STATIC_REQUIRE(munstkerr == bit(3));
    STATIC_REQUIRE(mstkerr == bit(4));
    STATIC_REQUIRE(mlsperr == bit(5));
    STATIC_REQUIRE(mmarvalid == bit(7));
    // BFSR, bits 15:8
    STATIC_REQUIRE(ibuserr == bit(8));
    STATIC_REQUIRE(preciserr == bit(9));
    STATIC_REQUIRE(impreciserr == bit(10));
    STATIC_REQUIRE(unstkerr == bit(11));
    STATIC_REQUIRE(stkerr == bit(12));
    STATIC_REQUIRE(lsperr == bit(13));
    STATIC_REQUIRE(bfarvalid == bit(15));
    // UFSR, bits 31:16
    STATIC_REQUIRE(undefinstr == bit(16));
    STATIC_REQUIRE(invstate == bit(17));
    STATIC_REQUIRE(invpc == bit(18));
    STATIC_REQUIRE(nocp == bit(19));
    STATIC_REQUIRE(unaligned == bit(24));
    STATIC_REQUIRE(divbyzero == bit(25));
    // The three sub-registers: a byte, a byte, a halfword, together the word.
    STATIC_REQUIRE(memmanage_bits == 0x0000'00FF);
    STATIC_REQUIRE(busfault_bits == 0x0000'FF00);
    STATIC_REQUIRE(usagefault_bits == 0xFFFF'0000);
    STATIC_REQUIRE((memmanage_bits | busfault_bits | usagefault_bits) == 0xFFFF'FFFF);
}

TEST_CASE("every HFSR mask sits at the bit B3.2.16 gives it") {
    STATIC_REQUIRE(fault::hfsr::vecttbl == bit(1));
    STATIC_REQUIRE(fault::hfsr::forced == bit(30));
    STATIC_REQUIRE(fault::hfsr::debugevt == bit(31));
}

TEST_CASE("each CFSR fault bit alone gives its own sentence, in its own sub-register's name") {
    for (const ReportedBit& manual : cfsr_manual) {
        const fault::Findings findings = fault::explain({.cfsr = bit(manual.position)});
        REQUIRE(findings.size() == 1);
        CHECK(findings[0].words == manual.words);
        CHECK_FALSE(findings[0].address.has_value());
        const std::string_view group = manual.position < 8    ? "MemManage: "sv
                                       : manual.position < 16 ? "BusFault: "sv
                                                              : "UsageFault: "sv;
        CHECK(findings[0].words.starts_with(group));
    }
}

TEST_CASE("UNSTKERR (CFSR bit 11) is reported: a bus fault while unstacking") {
    const fault::Findings findings = fault::explain({.cfsr = 0x0000'0800});
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].words == "BusFault: fault while unstacking");
}

TEST_CASE("each HFSR bit alone gives its own sentence") {
    for (const ReportedBit& manual : hfsr_manual) {
        const fault::Findings findings = fault::explain({.hfsr = bit(manual.position)});
        REQUIRE(findings.size() == 1);
        CHECK(findings[0].words == manual.words);
        CHECK_FALSE(findings[0].address.has_value());
    }
}

TEST_CASE("reserved bits say nothing") {
    // CFSR bits 2, 6, 14, 23:20, 31:26 and HFSR bits 0, 29:2 are reserved.
    for (unsigned position : {2U, 6U, 14U, 20U, 21U, 22U, 23U, 26U, 27U, 28U, 29U, 30U, 31U}) {
        CHECK(fault::explain({.cfsr = bit(position)}).size() == 0);
    }
    CHECK(fault::explain({.hfsr = bit(0)}).size() == 0);
    for (unsigned position = 2; position <= 29; ++position) {
        CHECK(fault::explain({.hfsr = bit(position)}).size() == 0);
    }
}

TEST_CASE("MMARVALID (bit 7) puts MMFAR's address on the data access violation") {
    const fault::Status with_address{.cfsr = 0x0000'0082, .mmfar = 0x2000'F000, .bfar = 0xDEAD'BEEF};
    const fault::Findings findings = fault::explain(with_address);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].words == "MemManage: data access violation");
    REQUIRE(findings[0].address.has_value());
    CHECK(*findings[0].address == 0x2000'F000);

    // Without MMARVALID, MMFAR holds nothing to believe.
    CHECK_FALSE(fault::explain({.cfsr = 0x0000'0002, .mmfar = 0x2000'F000})[0].address.has_value());
    // MMARVALID alone is no fault, and says nothing.
    CHECK(fault::explain({.cfsr = 0x0000'0080, .mmfar = 0x2000'F000}).size() == 0);
    // An instruction access violation records no address, even beside one.
    const fault::Findings both = fault::explain({.cfsr = 0x0000'0083, .mmfar = 0x2000'F000});
    REQUIRE(both.size() == 2);
    CHECK_FALSE(both[0].address.has_value());
    REQUIRE(both[1].address.has_value());
    CHECK(*both[1].address == 0x2000'F000);
}

TEST_CASE("BFARVALID (bit 15) puts BFAR's address on the precise bus error") {
    const fault::Findings findings =
        fault::explain({.cfsr = 0x0000'8200, .mmfar = 0x1111'1111, .bfar = 0x4000'C000});
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].words == "BusFault: precise data bus error");
    REQUIRE(findings[0].address.has_value());
    CHECK(*findings[0].address == 0x4000'C000);

    CHECK_FALSE(fault::explain({.cfsr = 0x0000'0200, .bfar = 0x4000'C000})[0].address.has_value());
    CHECK(fault::explain({.cfsr = 0x0000'8000, .bfar = 0x4000'C000}).size() == 0);
    // An imprecise error has no address: BFARVALID belongs to PRECISERR.
    CHECK_FALSE(fault::explain({.cfsr = 0x0000'8400, .bfar = 0x4000'C000})[0].address.has_value());
    // Each valid bit qualifies its own address register only.
    CHECK_FALSE(fault::explain({.cfsr = 0x0000'8002, .mmfar = 0x2000'F000})[0].address.has_value());
    CHECK_FALSE(fault::explain({.cfsr = 0x0000'0280, .bfar = 0x4000'C000})[0].address.has_value());
}

TEST_CASE("a report as QEMU gave it: CFSR lines first, in bit order, then HFSR") {
    // The debugging chapter's forbidden load: cfsr 0x82, hfsr 0x40000000.
    const fault::Findings findings =
        fault::explain({.cfsr = 0x0000'0082, .hfsr = 0x4000'0000, .mmfar = 0x2000'F000});
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].words == "MemManage: data access violation");
    CHECK(findings[1].words.starts_with("(escalated to HardFault"));
    CHECK_FALSE(findings[1].address.has_value());

    // Several faults at once keep bit order across the sub-registers.
    const fault::Findings many = fault::explain({.cfsr = 0x0201'0801, .hfsr = 0x8000'0002});
    REQUIRE(many.size() == 6);
    CHECK(many[0].words == "MemManage: instruction fetch from a forbidden address");
    CHECK(many[1].words == "BusFault: fault while unstacking");
    CHECK(many[2].words == "UsageFault: undefined instruction");
    CHECK(many[3].words == "UsageFault: divide by zero");
    CHECK(many[4].words == "HardFault: the vector table could not be read");
    CHECK(many[5].words == "HardFault: a debug event (a bkpt without a debugger?)");
}

TEST_CASE("every bit set at once fills the findings exactly, and decoding works at compile time") {
    const fault::Findings all = fault::explain({.cfsr = 0xFFFF'FFFF, .hfsr = 0xFFFF'FFFF});
    CHECK(all.size() == fault::Findings::capacity);
    CHECK(all.size() == std::size(cfsr_manual) + std::size(hfsr_manual));
    STATIC_REQUIRE(fault::explain({.cfsr = fault::cfsr::divbyzero}).size() == 1);
    STATIC_REQUIRE(fault::explain({}).size() == 0);
}

TEST_CASE("EXC_RETURN bits 2, 3, 4: stack, mode, frame (B1.5.8)") {
    STATIC_REQUIRE(fault::exc_return::process_stack == bit(2));
    STATIC_REQUIRE(fault::exc_return::thread_mode == bit(3));
    STATIC_REQUIRE(fault::exc_return::basic_frame == bit(4));
}

TEST_CASE("the six EXC_RETURN values of tables B1-8 and B1-9") {
    using fault::Frame, fault::Mode, fault::Stack;
    struct Row {
        std::uint32_t value;
        Mode mode;
        Stack stack;
        Frame frame;
    };
    // Table B1-8, no FP extension: a basic frame.
    // Table B1-9, with the FP extension: the same three, extended frame.
    constexpr Row tables[] = {
        {0xFFFF'FFF1, Mode::handler, Stack::main, Frame::basic},
        {0xFFFF'FFF9, Mode::thread, Stack::main, Frame::basic},
        {0xFFFF'FFFD, Mode::thread, Stack::process, Frame::basic},
        {0xFFFF'FFE1, Mode::handler, Stack::main, Frame::extended},
        {0xFFFF'FFE9, Mode::thread, Stack::main, Frame::extended},
        {0xFFFF'FFED, Mode::thread, Stack::process, Frame::extended},
    };
    for (const Row& row : tables) {
        const fault::ExceptionReturn decoded = fault::decode_exception_return(row.value);
        CHECK(decoded.defined);
        CHECK(decoded.mode == row.mode);
        CHECK(decoded.stack == row.stack);
        CHECK(decoded.frame == row.frame);
    }
    STATIC_REQUIRE(fault::exc_return::handler_main == 0xFFFF'FFF1);
    STATIC_REQUIRE(fault::exc_return::thread_main == 0xFFFF'FFF9);
    STATIC_REQUIRE(fault::exc_return::thread_process == 0xFFFF'FFFD);
    STATIC_REQUIRE(fault::exc_return::handler_main_fp == 0xFFFF'FFE1);
    STATIC_REQUIRE(fault::exc_return::thread_main_fp == 0xFFFF'FFE9);
    STATIC_REQUIRE(fault::exc_return::thread_process_fp == 0xFFFF'FFED);
}

TEST_CASE("other EXC_RETURN values are not ones the manual defines") {
    // Handler mode never uses the process stack; bits 31:5 must be ones.
    for (std::uint32_t value : {0xFFFF'FFF5U, 0xFFFF'FFE5U, 0xFFFF'FFF0U, 0xFFFF'FFF8U, 0x7FFF'FFF9U, 0U}) {
        CHECK_FALSE(fault::decode_exception_return(value).defined);
    }
}

TEST_CASE("EXC_RETURN in words") {
    const fault::ExceptionReturn thread_main = fault::decode_exception_return(0xFFFF'FFF9);
    CHECK(fault::words(thread_main.mode) == "thread mode");
    CHECK(fault::words(thread_main.stack) == "main stack (MSP)");
    CHECK(fault::words(thread_main.frame) == "basic frame");
    const fault::ExceptionReturn process_fp = fault::decode_exception_return(0xFFFF'FFED);
    CHECK(fault::words(process_fp.stack) == "process stack (PSP)");
    CHECK(fault::words(process_fp.frame) == "extended frame (with FP registers)");
    CHECK(fault::words(fault::decode_exception_return(0xFFFF'FFF1).mode) == "handler mode");
}

TEST_CASE("IPSR: the exception number is bits 8:0, named as in table B1-4") {
    // Stacked xPSR values from the debugging chapter: thread mode, with the
    // flags and the Thumb bit above bit 8.
    CHECK(fault::exception_number(0x2100'0000) == 0);
    CHECK(fault::exception_number(0x6100'0003) == 3);
    // Bit 9 of a stacked xPSR is the stack-alignment flag, not IPSR.
    CHECK(fault::exception_number(0x0000'0203) == 3);
    CHECK(fault::exception_number(0x0000'01FF) == 511);

    CHECK(fault::exception_name(0) == "thread mode (no exception)");
    CHECK(fault::exception_name(1) == "Reset");
    CHECK(fault::exception_name(2) == "NMI");
    CHECK(fault::exception_name(3) == "HardFault");
    CHECK(fault::exception_name(4) == "MemManage");
    CHECK(fault::exception_name(5) == "BusFault");
    CHECK(fault::exception_name(6) == "UsageFault");
    CHECK(fault::exception_name(11) == "SVCall");
    CHECK(fault::exception_name(12) == "DebugMonitor");
    CHECK(fault::exception_name(14) == "PendSV");
    CHECK(fault::exception_name(15) == "SysTick");
    CHECK(fault::exception_name(16) == "external interrupt");
    CHECK(fault::exception_name(16 + 5) == "external interrupt");
    for (std::uint32_t reserved : {7U, 8U, 9U, 10U, 13U}) {
        CHECK(fault::exception_name(reserved) == "reserved");
    }
}
