// Pitfall: a throw, compiled with -fexceptions. The compiler emits calls into
// the C++ runtime's exception machinery, which -nostdlib leaves out.
#include "skeleton.hpp"

namespace {
struct ClockFailure {};
}  // namespace

extern "C" [[noreturn]] void Reset_Handler() {
    skeleton::start_hardware();
    throw ClockFailure{};
}
