#pragma once

#include <type_traits>

// An interrupt number is a chip's own type, never a bare integer (as in the
// cortex-m crate's InterruptNumber trait): a scoped enum listing the chip's
// interrupts by name, in vector-table order. The chip says that its enum is
// one by specialising is_interrupt_number, next to the enum:
//   template <> inline constexpr bool cortex_m::is_interrupt_number<lm3s6965::Interrupt> = true;
// The NVIC's functions take nothing else, so an interrupt of one chip, a
// count, or a status code cannot be passed by mistake.
namespace cortex_m {

template <typename Number>
inline constexpr bool is_interrupt_number = false;

template <typename Number>
concept InterruptNumber = std::is_enum_v<Number> && is_interrupt_number<Number>;

// The number the NVIC uses: the interrupt's position after the 16 core
// exceptions (ARMv7-M ARM B3.4; ARMv6-M ARM B3.4).
template <InterruptNumber Number>
constexpr unsigned index_of(Number interrupt) {
    return static_cast<unsigned>(interrupt);
}

}  // namespace cortex_m
