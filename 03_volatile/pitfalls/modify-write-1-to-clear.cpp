// Pitfall: modify() on a write-1-to-clear register. CFSR's bits say which
// faults happened, and a 1 written clears that bit. modify() would read
// every bit that is set and write them all back: "clear DIVBYZERO" would
// clear every fault bit. The register's type has no modify(); clearing one
// bit is writing that bit alone: scb().cfsr.write(1U << 25).
#include <cstdint>

#include "cortex_m/scb.hpp"

void clear_divide_by_zero_flag() {
    cortex_m::scb().cfsr.modify([](std::uint32_t value) { return value | (1U << 25); });
}
