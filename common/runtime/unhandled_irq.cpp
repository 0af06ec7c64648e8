// Where an interrupt lands that the program enabled but gave no handler:
// every chip's vector table (common/chips/<chip>/interrupts.cpp) aliases its
// handlers here unless the program defines them. It says which one it was.
#include <cstdint>

#include "drivers/format.hpp"
#include "runtime/panic.hpp"

extern "C" void IRQ_Default_Handler() {
    // IPSR holds the number of the exception being handled; the chip's
    // interrupts start at 16 (ARMv7-M ARM B1.4.2; ARMv6-M ARM B1.4.2).
    std::uint32_t exception;
    asm volatile("mrs %0, ipsr" : "=r"(exception));
    static char message[40] = "unhandled interrupt: IRQ ";
    format::Buffer number;
    format::decimal(exception - 16, number);
    constexpr std::size_t prefix = sizeof("unhandled interrupt: IRQ ") - 1;
    for (std::size_t i = 0; number[i] != '\0'; ++i) {
        message[prefix + i] = number[i];
    }
    panic(message);
}
