// Small functions compiled at -O2 and only disassembled (never linked into
// the firmware): each exists twice, for a plain and a volatile register, so
// the checks can show what volatile changes in the instructions.
#include <atomic>
#include <cstdint>

namespace demos {

// excerpt: pulse
// Drive a pin high, low, high: three writes the hardware must see.
template <typename Word>
void pulse(Word* pin) {
    *pin = 1;
    *pin = 0;
    *pin = 1;
}
// end excerpt
template void pulse<std::uint32_t>(std::uint32_t*);
template void pulse<volatile std::uint32_t>(volatile std::uint32_t*);

// excerpt: wait
// Wait until the peripheral clears its BUSY bit (bit 3).
template <typename Word>
void wait_until_idle(Word* status) {
    while ((*status & (1U << 3)) != 0) {
    }
}
// end excerpt
template void wait_until_idle<std::uint32_t>(std::uint32_t*);
template void wait_until_idle<volatile std::uint32_t>(volatile std::uint32_t*);

// excerpt: increment
// volatile does not make a read-modify-write atomic: a load, an add and a
// store, and an interrupt may come between them.
void count_event(volatile std::uint32_t* counter) {
    *counter = *counter + 1;
}
// end excerpt

// excerpt: reorder
// Switch on the divide-by-zero trap (CCR bit 4), then divide. The division
// touches no memory, so volatile does not hold it back: GCC may do it
// before the trap is on, and here it does.
std::int32_t divide_with_trap_on(volatile std::uint32_t* ccr, std::int32_t numerator,
                                 std::int32_t denominator) {
    *ccr = *ccr | (1U << 4);
    return numerator / denominator;
}
// end excerpt

// excerpt: atomic
// std::atomic is about other threads seeing memory consistently, not about
// devices: on a register, fetch_or becomes an exclusive-load/store retry
// loop between barriers, which a peripheral need not support at all.
std::uint32_t set_bit_atomically(std::atomic<std::uint32_t>* word) {
    return word->fetch_or(1U);
}
// end excerpt

}  // namespace demos
