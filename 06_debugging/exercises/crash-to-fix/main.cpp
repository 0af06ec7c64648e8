// The program of the exercise crash-to-fix: read it, but change only
// commands.cpp. It runs a few commands, as if they came from a host.
#include <cstdint>

#include "commands.hpp"
#include "runtime/semihosting.hpp"

namespace {

// The LED on, off, blinking, a reserved command, the LED on again; then
// the rest of the commands, 0 to 7, once each.
const std::uint8_t script[] = {1, 2, 4, 3, 1, 0, 5, 6, 7};

}  // namespace

int main() {
    for (const std::uint8_t command : script) {
        commands::run(command);
    }
    semihosting::write("done\n");
    return 0;
}
