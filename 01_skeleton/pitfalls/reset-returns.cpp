// Pitfall: a Reset_Handler that returns. There is no caller to return to:
// at reset the CPU's link register holds 0xFFFFFFFF.
#include "skeleton.hpp"

extern "C" void Reset_Handler() {
    skeleton::start_hardware();
}
