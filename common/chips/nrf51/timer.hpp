#pragma once

#include <cstddef>
#include <cstdint>

#include "registers/register.hpp"

// The nRF51's TIMER (nRF51 Series Reference Manual v3.0, chapter "Timer/
// counter", register overview): tasks are write-1 triggers, events read 1
// once something has happened and are cleared by writing 0. In timer mode
// the counter counts f_TIMER = 16 MHz / 2^PRESCALER, the core's own 16 MHz
// at PRESCALER 0; COMPARE[n] fires when it reaches CC[n].
namespace nrf51 {

namespace timer {
// SHORTS: a shortcut from an event to a task inside the timer.
struct Shortcuts;
using Compare0Clear = reg::Field<Shortcuts, 0>;  // COMPARE[0] clears the counter
// INTEN, read through INTENSET and INTENCLR: one bit per event's interrupt.
struct Interrupts;
using Compare0Interrupt = reg::Field<Interrupts, 16>;
constexpr std::uint32_t mode_timer = 0;     // MODE: count the clock, not COUNT tasks
constexpr std::uint32_t bitmode_24bit = 2;  // BITMODE: 0 16, 1 8, 2 24, 3 32 bits
constexpr std::uint32_t triggered = 1;      // what a task register takes
}  // namespace timer

template <typename Bus = reg::Mmio>
struct TimerRegisters {
    reg::WriteOnly<std::uint32_t, Bus> tasks_start;     // 0x000
    reg::WriteOnly<std::uint32_t, Bus> tasks_stop;      // 0x004
    reg::WriteOnly<std::uint32_t, Bus> tasks_count;     // 0x008
    reg::WriteOnly<std::uint32_t, Bus> tasks_clear;     // 0x00c
    reg::WriteOnly<std::uint32_t, Bus> tasks_shutdown;  // 0x010
    reg::Reserved<0x2c> reserved_014;
    reg::WriteOnly<std::uint32_t, Bus> tasks_capture[4];  // 0x040
    reg::Reserved<0xf0> reserved_050;
    reg::ReadWrite<std::uint32_t, Bus> events_compare[4];  // 0x140
    reg::Reserved<0xb0> reserved_150;
    reg::ReadWrite<std::uint32_t, Bus, timer::Shortcuts> shorts;  // 0x200
    reg::Reserved<0x100> reserved_204;
    reg::WriteOneToSet<std::uint32_t, Bus, timer::Interrupts> intenset;    // 0x304 write 1: enable
    reg::WriteOneToClear<std::uint32_t, Bus, timer::Interrupts> intenclr;  // 0x308 write 1: disable
    reg::Reserved<0x1f8> reserved_30c;
    reg::ReadWrite<std::uint32_t, Bus> mode;     // 0x504
    reg::ReadWrite<std::uint32_t, Bus> bitmode;  // 0x508
    reg::Reserved<0x04> reserved_50c;
    reg::ReadWrite<std::uint32_t, Bus> prescaler;  // 0x510
    reg::Reserved<0x2c> reserved_514;
    reg::ReadWrite<std::uint32_t, Bus> cc[4];  // 0x540
};

// The timer block, on the real bus (the driver, nrf51::TimerTick, is in tick.hpp).
using TimerBlock = TimerRegisters<>;
static_assert(offsetof(TimerBlock, tasks_stop) == 0x004);
static_assert(offsetof(TimerBlock, tasks_clear) == 0x00c);
static_assert(offsetof(TimerBlock, tasks_capture) == 0x040);
static_assert(offsetof(TimerBlock, events_compare) == 0x140);
static_assert(offsetof(TimerBlock, shorts) == 0x200);
static_assert(offsetof(TimerBlock, intenset) == 0x304);
static_assert(offsetof(TimerBlock, intenclr) == 0x308);
static_assert(offsetof(TimerBlock, mode) == 0x504);
static_assert(offsetof(TimerBlock, bitmode) == 0x508);
static_assert(offsetof(TimerBlock, prescaler) == 0x510);
static_assert(offsetof(TimerBlock, cc) == 0x540);
static_assert(sizeof(TimerBlock) == 0x550);

}  // namespace nrf51
