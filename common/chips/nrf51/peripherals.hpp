#pragma once

#include <cstdint>

#include "chips/nrf51/clock.hpp"
#include "chips/nrf51/gpio.hpp"
#include "chips/nrf51/timer.hpp"
#include "chips/nrf51/uart.hpp"

// The one place where the nRF51's addresses become C++ objects. Each cast is
// sound for the same reasons: the address is the peripheral's base in the
// nRF51 Reference Manual's instantiation table, it is 4-byte
// aligned, the struct's layout is pinned by static_asserts, and every access
// goes through reg::Register, one volatile access of the register's width.
namespace nrf51 {

// UART0 at 0x4000.2000 (instance ID 2).
inline UartBlock& uart0() {
    return *reinterpret_cast<UartBlock*>(std::uintptr_t{0x4000'2000});
}

// CLOCK at 0x4000.0000 (instance ID 0, shared with POWER).
inline Clock& clock_control() {
    return *reinterpret_cast<Clock*>(std::uintptr_t{0x4000'0000});
}

// GPIO at 0x5000.0000.
inline Gpio& gpio() {
    return *reinterpret_cast<Gpio*>(std::uintptr_t{0x5000'0000});
}

// TIMER0 at 0x4000.8000 (instance ID 8).
inline TimerBlock& timer0() {
    return *reinterpret_cast<TimerBlock*>(std::uintptr_t{0x4000'8000});
}

}  // namespace nrf51
