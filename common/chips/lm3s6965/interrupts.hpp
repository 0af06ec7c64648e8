#pragma once

#include <cstddef>
#include <cstdint>

#include "cortex_m/interrupt_number.hpp"
#include "runtime/vectors.hpp"  // the core's handlers (SysTick_Handler, ...), extern "C"

// The LM3S6965's interrupts, by name, numbered as the NVIC numbers them
// (LM3S6965 datasheet, "Interrupts" table in chapter 2). The vector table in
// interrupts.cpp has one entry for each, in this order.
namespace lm3s6965 {

enum class Interrupt : std::uint8_t {
    gpio_a = 0,
    gpio_b = 1,
    gpio_c = 2,
    gpio_d = 3,
    gpio_e = 4,
    uart0 = 5,
    uart1 = 6,
    ssi0 = 7,
    i2c0 = 8,
    pwm_fault = 9,
    pwm_generator_0 = 10,
    pwm_generator_1 = 11,
    pwm_generator_2 = 12,
    qei0 = 13,
    adc_sequence_0 = 14,
    adc_sequence_1 = 15,
    adc_sequence_2 = 16,
    adc_sequence_3 = 17,
    watchdog = 18,
    timer_0a = 19,
    timer_0b = 20,
    timer_1a = 21,
    timer_1b = 22,
    timer_2a = 23,
    timer_2b = 24,
    analog_comparator_0 = 25,
    analog_comparator_1 = 26,
    // 27 reserved
    system_control = 28,
    flash_control = 29,
    gpio_f = 30,
    gpio_g = 31,
    // 32 reserved
    uart2 = 33,
    // 34 reserved
    timer_3a = 35,
    timer_3b = 36,
    i2c1 = 37,
    qei1 = 38,
    // 39 to 41 reserved
    ethernet = 42,
    hibernation = 43,
};

// Vector-table entries after the 16 core exceptions, reserved ones included.
constexpr std::size_t interrupt_count = 44;

}  // namespace lm3s6965

// The handlers the vector table (interrupts.cpp) calls by name, declared
// extern "C" for every file that includes this one (chip_hal.hpp does), as
// runtime/vectors.hpp, included above, declares the core's: a handler
// defined without extern "C" keeps this first declaration's C name (lesson
// 01), so it cannot be mangled into a name the vector table never calls,
// leaving the interrupt to IRQ_Default_Handler.
extern "C" {
void GPIOA_Handler();
void GPIOB_Handler();
void GPIOC_Handler();
void GPIOD_Handler();
void GPIOE_Handler();
void UART0_Handler();
void UART1_Handler();
void TIMER0A_Handler();
void GPIOF_Handler();
void GPIOG_Handler();
}

template <>
inline constexpr bool cortex_m::is_interrupt_number<lm3s6965::Interrupt> = true;
