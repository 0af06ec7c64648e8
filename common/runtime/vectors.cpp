// The vector table: the first thing the Cortex-M reads after reset. Word 0
// is the initial stack pointer, word 1 the address of the reset handler; the
// rest are the handlers of the core's exceptions (ARMv7-M Architecture
// Reference Manual B1.5.3; ARMv6-M B1.5.2). The linker script puts section
// .vectors at the start of flash, which is where the CPU looks.
#include "runtime/vectors.hpp"

#include <cstdint>

namespace {

using Handler = void (*)();

// Layout fixed by the architecture: 16 words, no gaps, no padding.
struct CoreVectors {
    const void* initial_stack_pointer;
    Handler reset;
    Handler nmi;
    Handler hard_fault;
    Handler mem_manage;   // ARMv7-M only; reserved (never used) on Cortex-M0
    Handler bus_fault;    // ARMv7-M only
    Handler usage_fault;  // ARMv7-M only
    Handler reserved_7_10[4];
    Handler sv_call;
    Handler debug_monitor;  // ARMv7-M only
    Handler reserved_13;
    Handler pend_sv;
    Handler sys_tick;
};
static_assert(sizeof(CoreVectors) == 16 * sizeof(std::uint32_t), "16 words, no padding");

// [[gnu::used]]: nothing in the program refers to the table; only the CPU
// does. Without it the compiler would drop it as unused.
[[gnu::used, gnu::section(".vectors")]] const CoreVectors core_vectors{
    .initial_stack_pointer = &__stack_top,
    .reset = Reset_Handler,
    .nmi = NMI_Handler,
    .hard_fault = HardFault_Handler,
    .mem_manage = MemManage_Handler,
    .bus_fault = BusFault_Handler,
    .usage_fault = UsageFault_Handler,
    .reserved_7_10 = {},
    .sv_call = SVC_Handler,
    .debug_monitor = DebugMon_Handler,
    .reserved_13 = nullptr,
    .pend_sv = PendSV_Handler,
    .sys_tick = SysTick_Handler,
};

}  // namespace
