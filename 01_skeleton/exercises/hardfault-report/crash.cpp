#include "crash.hpp"

namespace crash {

// noinline: a function of its own, so its address is easy to find.
[[gnu::noinline]] void undefined_instruction() {
    asm volatile("udf #0");
}

}  // namespace crash
