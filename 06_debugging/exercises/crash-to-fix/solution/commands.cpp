// The command interpreter (commands.hpp). The crash report said: a
// UsageFault, invalid state, at pc 0x00000000, with lr in main() where it
// calls commands::run() (whose call of the handler is its last act, so it
// leaves no frame of its own): a call through a null pointer, the handler
// of a reserved command.
#include "commands.hpp"

#include <iterator>

#include "drivers/format.hpp"
#include "runtime/semihosting.hpp"

namespace commands {

namespace {

void led_on() {
    semihosting::write("led on\n");
}
void led_off() {
    semihosting::write("led off\n");
}
void blink() {
    semihosting::write("blink\n");
}

using Handler = void (*)();

// One handler per command, 0 to 7: 1 switches the LED on, 2 off, 4 blinks
// it; the others are reserved.
const Handler handlers[8] = {nullptr, led_on, led_off, nullptr, blink, nullptr, nullptr, nullptr};

}  // namespace

// excerpt: run
void run(std::uint8_t command) {
    // A number past the table (commands.hpp promises none) is refused too,
    // rather than read from whatever lies after it.
    const Handler handler = command < std::size(handlers) ? handlers[command] : nullptr;
    if (handler == nullptr) {
        format::Buffer number;
        format::decimal(static_cast<std::uint32_t>(command), number);
        semihosting::write("unknown command ");
        semihosting::write(number);
        semihosting::write("\n");
        return;
    }
    handler();
}
// end excerpt

}  // namespace commands
