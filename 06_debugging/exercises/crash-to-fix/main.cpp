// The program of the exercise crash-to-fix: read it, but change only
// commands.cpp. It runs a few commands, as if they came from a host.
#include <cstdint>

#include "commands.hpp"
#include "runtime/semihosting.hpp"

namespace {

#if defined(VARIANT_EVERY_COMMAND)
const std::uint8_t script[] = {0, 1, 2, 3, 4, 5, 6, 7};
#else
const std::uint8_t script[] = {1, 2, 4, 3, 1};
#endif

}  // namespace

int main() {
    for (const std::uint8_t command : script) {
        commands::run(command);
    }
    semihosting::write("done\n");
    return 0;
}
