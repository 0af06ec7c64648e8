// Pitfall: a register struct that forgets the gap between UARTRSR (0x004)
// and UARTFR (0x018). Without the static_assert, fr would sit at 0x008 and
// every read of "the flags" would read some other register.
#include <cstddef>
#include <cstdint>

#include "registers/register.hpp"

struct UartMissingGap {
    reg::ReadWrite<> dr;       // 0x000
    reg::ReadWrite<> rsr_ecr;  // 0x004
    reg::ReadOnly<> fr;        // should be 0x018
};
static_assert(offsetof(UartMissingGap, fr) == 0x018, "UARTFR must be at offset 0x018 (datasheet table 12-3)");
