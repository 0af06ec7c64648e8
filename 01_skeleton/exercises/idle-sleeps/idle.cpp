// EXERCISE NOT DONE: delete this line when you want `make exercises` to check your work.
// The idle loop (idle.hpp). Lesson 01's spins: the CPU runs this loop as
// fast as it can, forever, drawing full power to do nothing.
#include "idle.hpp"

namespace idle {

void forever() {
    while (true) {
    }
}

}  // namespace idle
