// Pitfall: Reset_Handler defined as a plain C++ function, in a file that does
// not include runtime/vectors.hpp (whose extern "C" declaration would
// otherwise give this definition C linkage after all).
#include "skeleton.hpp"

[[noreturn]] void Reset_Handler() {
    skeleton::start_hardware();
    skeleton::idle();
}
