// Pitfall: modify() on a write-1-to-set register. ISER reads as the
// interrupts that are enabled, and a 1 written enables one. modify() would
// write back every 1 it read: an interrupt that a handler disabled between
// the read and the write would be enabled again. The register's type has no
// modify(); enabling one is writing its bit alone: nvic().iser[0].write(1U << 5).
#include <cstdint>

#include "cortex_m/nvic.hpp"

void enable_interrupt_5() {
    cortex_m::nvic().iser[0].modify([](std::uint32_t value) { return value | (1U << 5); });
}
