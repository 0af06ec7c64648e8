// Lesson 01's entry point. No main(), no C runtime: the CPU jumps here
// straight out of reset, with only the stack pointer set (from word 0 of the
// vector table).
#include "runtime/vectors.hpp"
#include "skeleton.hpp"

extern "C" [[noreturn]] void Reset_Handler() {
    skeleton::start_hardware();
    skeleton::idle();
}
