#pragma once

// What every chip's vector table (common/chips/<chip>/interrupts.cpp)
// begins with; that file, and no other, includes this one. A program
// handles an interrupt by defining a function of its handler's name; every
// name it does not define is a weak alias of Chip_Unhandled_IRQ, which
// passes the interrupt on to IRQ_Default_Handler, and that one says which
// it was (common/runtime/unhandled_irq.cpp).
namespace interrupt_table {

using Handler = void (*)();

}  // namespace interrupt_table

extern "C" {

void IRQ_Default_Handler();

// An alias must name a function of its own translation unit: static, so
// that each chip's interrupts.cpp gets its own, under this name.
static void Chip_Unhandled_IRQ() {
    IRQ_Default_Handler();
}

}  // extern "C"
