#pragma once

#include <cstddef>
#include <cstdint>

#include "registers/register.hpp"

// The nRF51's GPIO port P0 (nRF51 Series Reference Manual v3.0, chapter
// "GPIO", register overview): OUTSET/OUTCLR and DIRSET/DIRCLR change only
// the pins written as 1 (and read as OUT and DIR), so setting one pin needs
// no read-modify-write, and their types have no modify().
namespace nrf51 {

template <typename Bus = reg::Mmio>
struct GpioRegisters {
    reg::Reserved<0x504> reserved_000;
    reg::ReadWrite<std::uint32_t, Bus> out;           // 0x504
    reg::WriteOneToSet<std::uint32_t, Bus> outset;    // 0x508 write 1: pin high
    reg::WriteOneToClear<std::uint32_t, Bus> outclr;  // 0x50c write 1: pin low
    reg::ReadOnly<std::uint32_t, Bus> in;             // 0x510
    reg::ReadWrite<std::uint32_t, Bus> dir;           // 0x514
    reg::WriteOneToSet<std::uint32_t, Bus> dirset;    // 0x518 write 1: pin is an output
    reg::WriteOneToClear<std::uint32_t, Bus> dirclr;  // 0x51c write 1: pin is an input
    reg::Reserved<0x1e0> reserved_520;
    reg::ReadWrite<std::uint32_t, Bus> pin_cnf[32];  // 0x700
};

using Gpio = GpioRegisters<>;
static_assert(offsetof(Gpio, out) == 0x504);
static_assert(offsetof(Gpio, in) == 0x510);
static_assert(offsetof(Gpio, dirset) == 0x518);
static_assert(offsetof(Gpio, pin_cnf) == 0x700);
static_assert(sizeof(Gpio) == 0x780);

namespace pin_cnf {
// PIN_CNF: DIR (bit 0) 1 = output; INPUT (bit 1) 0 = input buffer connected.
constexpr std::uint32_t output_with_input_buffer = 0x1;
constexpr std::uint32_t input_connected = 0x0;
}  // namespace pin_cnf

}  // namespace nrf51
