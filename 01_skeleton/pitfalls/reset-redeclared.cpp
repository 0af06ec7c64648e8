// Not a pitfall after all: no extern "C" on this definition, but the file
// includes runtime/vectors.hpp, whose extern "C" declaration came first. A
// later declaration of the same function keeps the first one's linkage.
#include "runtime/vectors.hpp"
#include "skeleton.hpp"

[[noreturn]] void Reset_Handler() {
    skeleton::start_hardware();
    skeleton::idle();
}
