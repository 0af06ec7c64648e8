// The program of the exercise uart-receive: read it, but change only
// receive.cpp. It starts UART0 with lesson 03's own code (typed.cpp), says
// "ready" on it, then takes twelve bytes with your read_byte() and sends
// each one back; what it received, it reports through semihosting.
#include <cstdint>

#include "chips/lm3s6965/peripherals.hpp"
#include "hello.hpp"
#include "receive.hpp"
#include "runtime/host.hpp"

namespace {
constexpr int line_length = 12;  // "hello, uart\n", the file make run FEED= sends
}  // namespace

int main() {
    hello::start_uart();
    hello::print("ready\n");  // the sender waits for this line (FEED_AFTER)
    char line[line_length + 1] = {};
    int errors = 0;
    for (int at = 0; at < line_length; ++at) {
        std::uint8_t byte = 0;
        if (receive::read_byte(lm3s6965::uart0(), byte) != receive::Result::ok) {
            errors = errors + 1;
        }
        line[at] = static_cast<char>(byte);
        const char echo[2] = {line[at], '\0'};
        hello::print(echo);
    }
    host::write("received: ");
    host::write(line);
    return errors == 0 ? 0 : 1;
}
