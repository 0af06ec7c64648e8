// The LM3S6965's interrupts, in vector-table order after the 16 core
// exceptions, one entry per lm3s6965::Interrupt (interrupts.hpp; LM3S6965
// datasheet, "Interrupts" table in chapter 2). A program handles one by
// defining a function of that name; every other one lands in
// IRQ_Default_Handler, which says which it was.
#include "chips/lm3s6965/interrupts.hpp"

#include <iterator>

#include "runtime/interrupt_table.hpp"

extern "C" {
[[gnu::weak, gnu::alias("Chip_Unhandled_IRQ")]] void GPIOA_Handler();
[[gnu::weak, gnu::alias("Chip_Unhandled_IRQ")]] void GPIOB_Handler();
[[gnu::weak, gnu::alias("Chip_Unhandled_IRQ")]] void GPIOC_Handler();
[[gnu::weak, gnu::alias("Chip_Unhandled_IRQ")]] void GPIOD_Handler();
[[gnu::weak, gnu::alias("Chip_Unhandled_IRQ")]] void GPIOE_Handler();
[[gnu::weak, gnu::alias("Chip_Unhandled_IRQ")]] void UART0_Handler();
[[gnu::weak, gnu::alias("Chip_Unhandled_IRQ")]] void UART1_Handler();
[[gnu::weak, gnu::alias("Chip_Unhandled_IRQ")]] void TIMER0A_Handler();
[[gnu::weak, gnu::alias("Chip_Unhandled_IRQ")]] void GPIOF_Handler();
[[gnu::weak, gnu::alias("Chip_Unhandled_IRQ")]] void GPIOG_Handler();
}

namespace {

[[gnu::used, gnu::section(".vectors.irq")]] const interrupt_table::Handler lm3s6965_interrupts[] = {
    GPIOA_Handler,        // 0
    GPIOB_Handler,        // 1
    GPIOC_Handler,        // 2
    GPIOD_Handler,        // 3
    GPIOE_Handler,        // 4
    UART0_Handler,        // 5
    UART1_Handler,        // 6
    IRQ_Default_Handler,  // 7  SSI0
    IRQ_Default_Handler,  // 8  I2C0
    IRQ_Default_Handler,  // 9  PWM fault
    IRQ_Default_Handler,  // 10 PWM generator 0
    IRQ_Default_Handler,  // 11 PWM generator 1
    IRQ_Default_Handler,  // 12 PWM generator 2
    IRQ_Default_Handler,  // 13 QEI0
    IRQ_Default_Handler,  // 14 ADC sequence 0
    IRQ_Default_Handler,  // 15 ADC sequence 1
    IRQ_Default_Handler,  // 16 ADC sequence 2
    IRQ_Default_Handler,  // 17 ADC sequence 3
    IRQ_Default_Handler,  // 18 watchdog
    TIMER0A_Handler,      // 19
    IRQ_Default_Handler,  // 20 timer 0B
    IRQ_Default_Handler,  // 21 timer 1A
    IRQ_Default_Handler,  // 22 timer 1B
    IRQ_Default_Handler,  // 23 timer 2A
    IRQ_Default_Handler,  // 24 timer 2B
    IRQ_Default_Handler,  // 25 analog comparator 0
    IRQ_Default_Handler,  // 26 analog comparator 1
    nullptr,              // 27 reserved
    IRQ_Default_Handler,  // 28 system control
    IRQ_Default_Handler,  // 29 flash control
    GPIOF_Handler,        // 30
    GPIOG_Handler,        // 31
    nullptr,              // 32 reserved
    IRQ_Default_Handler,  // 33 UART2
    nullptr,              // 34 reserved
    IRQ_Default_Handler,  // 35 timer 3A
    IRQ_Default_Handler,  // 36 timer 3B
    IRQ_Default_Handler,  // 37 I2C1
    IRQ_Default_Handler,  // 38 QEI1
    nullptr,              // 39 reserved
    nullptr,              // 40 reserved
    nullptr,              // 41 reserved
    IRQ_Default_Handler,  // 42 Ethernet
    IRQ_Default_Handler,  // 43 hibernation
};
static_assert(std::size(lm3s6965_interrupts) == lm3s6965::interrupt_count,
              "one entry per interrupt (interrupts.hpp)");

}  // namespace
