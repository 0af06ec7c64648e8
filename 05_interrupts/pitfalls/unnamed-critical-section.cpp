// Pitfall (make VARIANT=unnamed-critical-section): a critical section with
// no name. `CriticalSection{};` is a temporary: it masks interrupts, and its
// destructor unmasks them again at the semicolon, before the increment it
// was meant to guard. CriticalSection's constructor is [[nodiscard]], so
// this must not compile.
#include <cstdint>

#include "concurrency/critical_section.hpp"

void count_unguarded(std::uint32_t& count) {
    concurrency::CriticalSection{};
    count = count + 1;
}
