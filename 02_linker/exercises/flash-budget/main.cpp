// The program of the exercise flash-budget: read it, but change only
// budget.ld. It is small; its variants are not (the Makefile names them).
#include <cstddef>
#include <cstdint>

namespace {

#if defined(VARIANT_BIG_TABLE)
constexpr std::size_t more_constants = 4096;
#else
constexpr std::size_t more_constants = 0;
#endif
#if defined(VARIANT_BIG_DATA)
constexpr std::size_t more_initial_values = 4096;
#else
constexpr std::size_t more_initial_values = 0;
#endif

// A table of constants: .rodata, in flash.
const std::uint8_t table[8 + more_constants] = {2, 3, 5, 7, 11, 13, 17, 19};

// A RAM array with initial values: .data, whose values wait in flash.
std::uint8_t counts[8 + more_initial_values] = {1, 1, 2, 3, 5, 8, 13, 21};

}  // namespace

int main() {
    // Indexes the compiler cannot know, so neither array can be dropped.
    volatile std::size_t in_table = sizeof table - 1;
    volatile std::size_t in_counts = sizeof counts - 1;
    counts[in_counts] = table[in_table];
    return counts[in_counts] == table[in_table] ? 0 : 1;
}
