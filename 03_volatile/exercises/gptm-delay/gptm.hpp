// EXERCISE NOT DONE: delete this line when you want `make exercises` to check your work.
#pragma once

#include <cstddef>
#include <cstdint>

#include "registers/register.hpp"

// The LM3S6965's general-purpose timers (GPTM): four of them, Timer0 to
// Timer3, each with the same registers (LM3S6965 datasheet, chapter 9
// "General-Purpose Timers", its register map). Write the struct from that
// map, as pl011.hpp is written from the UART's: every register at its
// offset, with its access (read-only, read-write, write-1-to-clear), the
// fields you use named, and static_asserts that pin the offsets.
namespace lm3s6965 {

namespace gptm {
// The fields you use, each bound to its register's layout (see pl011.hpp).
}  // namespace gptm

template <typename Bus = reg::Mmio>
struct GptmRegisters {
    reg::ReadWrite<std::uint32_t, Bus> cfg;   // 0x000 GPTMCFG, configuration
    reg::ReadWrite<std::uint32_t, Bus> tamr;  // 0x004 GPTMTAMR, Timer A mode
    // ... the rest of the register map.
};

using Gptm = GptmRegisters<>;
static_assert(offsetof(Gptm, cfg) == 0x000);

}  // namespace lm3s6965
