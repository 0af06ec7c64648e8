// Pitfall: ++ and += on a volatile. C++20 deprecates them (they look like
// one access but are a read and a write), and -Werror makes it an error.
#include <cstdint>

void count_tick(volatile std::uint32_t* counter) {
    ++*counter;
}
void add_ticks(volatile std::uint32_t* counter, std::uint32_t ticks) {
    *counter += ticks;
}
