// The program of the exercise assert-location: read it, but change only
// assert_hook.cpp. Straight out of reset, one assert fails (which one, the
// build's variant says).
#include "board.hpp"
#include "runtime/vectors.hpp"

extern "C" [[noreturn]] void Reset_Handler() {
#if defined(VARIANT_COUNTER)
    board::count_to(10);
#elif defined(VARIANT_LONG_EXPRESSION)
    board::check_ranges(0, 5, 2000);
#else
    board::check_clock(0);
#endif
    while (true) {
    }
}
