// The HardFault handler. Its entry hands report_hard_fault() the frame the
// CPU stacked; report_hard_fault() ends in panic(), whose reason GDB shows:
// "HardFault at pc 0x0000004a", the address of the instruction that
// faulted (the frame's pc: ARMv7-M ARM B1.5.6).
#include <cstddef>
#include <cstdint>

#include "exception_frame.hpp"
#include "runtime/panic.hpp"

namespace {

// excerpt: hex
// Eight hex digits of value, most significant first, into digits[0..7].
void write_hex(std::uint32_t value, char* digits) {
    for (int position = 7; position >= 0; --position) {
        digits[position] = "0123456789abcdef"[value & 0xF];
        value >>= 4;
    }
}
// end excerpt

}  // namespace

// excerpt: report
extern "C" [[noreturn]] void report_hard_fault(const ExceptionFrame& frame) {
    static constexpr char prefix[] = "HardFault at pc 0x";
    constexpr std::size_t prefix_length = sizeof prefix - 1;
    // On this function's stack, not a global (lesson 01 has no startup to
    // give globals their values): it never returns, so the text lives on.
    // Filled by loops, not by copying a string: lesson 01 has no memcpy.
    char reason[prefix_length + 8 + 1];
    for (std::size_t i = 0; i < prefix_length; ++i) {
        reason[i] = prefix[i];
    }
    write_hex(frame.pc, &reason[prefix_length]);
    reason[prefix_length + 8] = '\0';
    panic(reason);
}
// end excerpt

// The entry, as the vector table calls it. Naked: no compiler-written
// prologue may push anything first, so r0 = the main stack pointer is the
// address of the frame the CPU stacked (lesson 01's programs use the main
// stack only), and report_hard_fault() takes it as its argument.
extern "C" [[gnu::naked]] void HardFault_Handler() {
    asm volatile(
        "mrs r0, msp\n"
        "b report_hard_fault\n");
}
