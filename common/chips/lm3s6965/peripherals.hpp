#pragma once

#include <cstdint>

#include "pl011.hpp"
#include "pl061.hpp"
#include "sysctl.hpp"

// The one place where the LM3S6965's addresses become C++ objects. Each
// reinterpret_cast below is sound for the same reasons: the address is the
// peripheral's base in the datasheet's memory map (table 2-4), it is
// 4-byte aligned, the register struct's layout is pinned to the datasheet
// by static_asserts, and every access goes through reg::Register, which
// makes it one volatile access of the register's width.
namespace lm3s6965 {

// UART0 at 0x4000.C000 (table 2-4, "UART0").
inline Pl011& uart0() {
    return *reinterpret_cast<Pl011*>(std::uintptr_t{0x4000'C000});
}

// GPIO port A at 0x4000.4000 (table 2-4, "GPIO Port A"): UART0's pins are
// PA0 and PA1.
inline Pl061& gpio_port_a() {
    return *reinterpret_cast<Pl061*>(std::uintptr_t{0x4000'4000});
}

// GPIO port F at 0x4002.5000 (table 2-4, "GPIO Port F"): the EK-LM3S6965's
// status LED is on PF0.
inline Pl061& gpio_port_f() {
    return *reinterpret_cast<Pl061*>(std::uintptr_t{0x4002'5000});
}

// System control at 0x400F.E000 (table 2-4, "System Control").
inline SysCtl& system_control() {
    return *reinterpret_cast<SysCtl*>(std::uintptr_t{0x400F'E000});
}

}  // namespace lm3s6965
