// Pitfall: a function-local static with a constructor, compiled with
// -fthreadsafe-statics (the hosted default). The compiler guards its
// construction with a lock from the C++ runtime, in case two threads race.
#include "skeleton.hpp"

namespace {
struct Board {
    Board() { skeleton::start_hardware(); }
};

Board& board() {
    static Board instance;
    return instance;
}
}  // namespace

extern "C" [[noreturn]] void Reset_Handler() {
    board();
    skeleton::idle();
}
