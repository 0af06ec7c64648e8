#pragma once

#include <cstddef>
#include <cstdint>

#include "registers/register.hpp"

// The LM3S6965's GPIO ports are ARM PrimeCell PL061s with TI's additions
// (LM3S6965 datasheet, chapter 8 "GPIO", table 8-3 "GPIO Register Map").
namespace lm3s6965 {

template <typename Bus = reg::Mmio>
struct Pl061Registers {
    // 0x000-0x3fc: GPIODATA, 256 times. Address bits [9:2] are a mask: a
    // write to data[m] changes only the pins set in m, a read of data[m]
    // shows only those pins. data[0xff] is "all eight pins" (section 8.2.1.2).
    reg::ReadWrite<std::uint32_t, Bus> data[256];
    reg::ReadWrite<std::uint32_t, Bus> dir;    // 0x400 1 = output
    reg::ReadWrite<std::uint32_t, Bus> is;     // 0x404 interrupt sense
    reg::ReadWrite<std::uint32_t, Bus> ibe;    // 0x408 interrupt both edges
    reg::ReadWrite<std::uint32_t, Bus> iev;    // 0x40c interrupt event
    reg::ReadWrite<std::uint32_t, Bus> im;     // 0x410 interrupt mask
    reg::ReadOnly<std::uint32_t, Bus> ris;     // 0x414 raw interrupt status
    reg::ReadOnly<std::uint32_t, Bus> mis;     // 0x418 masked interrupt status
    reg::WriteOnly<std::uint32_t, Bus> icr;    // 0x41c interrupt clear
    reg::ReadWrite<std::uint32_t, Bus> afsel;  // 0x420 alternate function select
    reg::Reserved<0xdc> reserved_424;
    reg::ReadWrite<std::uint32_t, Bus> dr2r;  // 0x500 2-mA drive
    reg::ReadWrite<std::uint32_t, Bus> dr4r;  // 0x504 4-mA drive
    reg::ReadWrite<std::uint32_t, Bus> dr8r;  // 0x508 8-mA drive
    reg::ReadWrite<std::uint32_t, Bus> odr;   // 0x50c open drain
    reg::ReadWrite<std::uint32_t, Bus> pur;   // 0x510 pull-up
    reg::ReadWrite<std::uint32_t, Bus> pdr;   // 0x514 pull-down
    reg::ReadWrite<std::uint32_t, Bus> slr;   // 0x518 slew-rate control
    reg::ReadWrite<std::uint32_t, Bus> den;   // 0x51c digital enable
};

using Pl061 = Pl061Registers<>;
static_assert(offsetof(Pl061, data) == 0x000);
static_assert(offsetof(Pl061, dir) == 0x400);
static_assert(offsetof(Pl061, im) == 0x410);
static_assert(offsetof(Pl061, icr) == 0x41c);
static_assert(offsetof(Pl061, afsel) == 0x420);
static_assert(offsetof(Pl061, dr2r) == 0x500);
static_assert(offsetof(Pl061, den) == 0x51c);
static_assert(sizeof(Pl061) == 0x520);

// The mask index of data[] for one pin.
constexpr std::size_t pin_mask(unsigned pin) {
    return std::size_t{1} << pin;
}

}  // namespace lm3s6965
