// The program of the exercise idle-sleeps: read it, but change only
// idle.cpp. Lesson 01's entry point, with nothing to do but idle.
#include "idle.hpp"
#include "runtime/vectors.hpp"

extern "C" [[noreturn]] void Reset_Handler() {
    idle::forever();
}
