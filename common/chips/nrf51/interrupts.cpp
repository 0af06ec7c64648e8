// The nRF51's interrupts, in vector-table order after the 16 core
// exceptions, one entry per nrf51::Interrupt (interrupts.hpp): the
// peripheral's ID is its interrupt number (nRF51 Reference Manual,
// "Instantiation" table). A program handles one by defining a function of
// that name; every other one lands in IRQ_Default_Handler.
#include "chips/nrf51/interrupts.hpp"

#include <iterator>

#include "runtime/interrupt_table.hpp"

extern "C" {
[[gnu::weak, gnu::alias("Chip_Unhandled_IRQ")]] void POWER_CLOCK_Handler();
[[gnu::weak, gnu::alias("Chip_Unhandled_IRQ")]] void RADIO_Handler();
[[gnu::weak, gnu::alias("Chip_Unhandled_IRQ")]] void UART0_Handler();
[[gnu::weak, gnu::alias("Chip_Unhandled_IRQ")]] void GPIOTE_Handler();
[[gnu::weak, gnu::alias("Chip_Unhandled_IRQ")]] void TIMER0_Handler();
[[gnu::weak, gnu::alias("Chip_Unhandled_IRQ")]] void RTC0_Handler();
[[gnu::weak, gnu::alias("Chip_Unhandled_IRQ")]] void RTC1_Handler();
}

namespace {

[[gnu::used, gnu::section(".vectors.irq")]] const interrupt_table::Handler nrf51_interrupts[] = {
    POWER_CLOCK_Handler,  // 0
    RADIO_Handler,        // 1
    UART0_Handler,        // 2
    IRQ_Default_Handler,  // 3  SPI0/TWI0
    IRQ_Default_Handler,  // 4  SPI1/TWI1
    nullptr,              // 5  reserved
    GPIOTE_Handler,       // 6
    IRQ_Default_Handler,  // 7  ADC
    TIMER0_Handler,       // 8
    IRQ_Default_Handler,  // 9  TIMER1
    IRQ_Default_Handler,  // 10 TIMER2
    RTC0_Handler,         // 11
    IRQ_Default_Handler,  // 12 TEMP
    IRQ_Default_Handler,  // 13 RNG
    IRQ_Default_Handler,  // 14 ECB
    IRQ_Default_Handler,  // 15 CCM/AAR
    IRQ_Default_Handler,  // 16 WDT
    RTC1_Handler,         // 17
    IRQ_Default_Handler,  // 18 QDEC
    IRQ_Default_Handler,  // 19 LPCOMP
    IRQ_Default_Handler,  // 20 SWI0
    IRQ_Default_Handler,  // 21 SWI1
    IRQ_Default_Handler,  // 22 SWI2
    IRQ_Default_Handler,  // 23 SWI3
    IRQ_Default_Handler,  // 24 SWI4
    IRQ_Default_Handler,  // 25 SWI5
};
static_assert(std::size(nrf51_interrupts) == nrf51::interrupt_count,
              "one entry per interrupt (interrupts.hpp)");

}  // namespace
