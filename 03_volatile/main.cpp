// Lesson 03: the first words on the serial port, and a pin read back.
#include "hello.hpp"

int main() {
    hello::start_uart();
    hello::print("hello\n");
    const bool pin_ok = hello::gpio_round_trip();
    hello::print(pin_ok ? "gpio: PF0 reads back 1, then 0\n"
                        : "gpio: PF0 does not read back what was written\n");
    return pin_ok ? 0 : 1;
}
