// The program of the exercise hardfault-report: read it, but change only
// hard_fault.cpp. Straight out of reset, it runs an undefined instruction.
#include "crash.hpp"
#include "runtime/vectors.hpp"

extern "C" [[noreturn]] void Reset_Handler() {
    crash::undefined_instruction();
    while (true) {
    }
}
