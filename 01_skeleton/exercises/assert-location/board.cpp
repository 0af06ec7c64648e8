// The asserts of the exercise assert-location: read them, but change only
// assert_hook.cpp. The checks find each assert on the line after its
// "assert:" comment.
#include "board.hpp"

#include <cassert>

namespace board {

namespace {
constexpr unsigned minimum_hertz = 1'000'000;
}  // namespace

void check_clock(unsigned hertz) {
    // assert: clock
    assert(hertz >= minimum_hertz);
}

void count_to(unsigned limit) {
    for (unsigned count = 0; count != limit; ++count) {
        // assert: counter
        assert(count < 3);
    }
}

void check_ranges(int low, int middle, int high) {
    // assert: long-expression
    assert(low <= middle && middle <= high && high - low < 1000 && middle - low > 10 && high - middle > 10);
}

}  // namespace board
