#pragma once

#include <cstdint>

// What the CPU pushes on the stack when it takes an exception, lowest
// address first (ARMv7-M ARM B1.5.6, "Exception entry behavior"; ARMv6-M
// ARM B1.5.6): eight words, the stack pointer left pointing at r0.
struct ExceptionFrame {
    std::uint32_t r0, r1, r2, r3, r12, lr, pc, xpsr;
};
static_assert(sizeof(ExceptionFrame) == 8 * sizeof(std::uint32_t), "eight words, no padding");
