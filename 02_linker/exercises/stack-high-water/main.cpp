// The program of the exercise stack-high-water: read it, but change only
// stack_watermark.cpp. It paints the stack, then calls a function that
// needs a known amount of it, then one that needs 1 KiB more, and says how
// deep the stack has been after each.
#include <cstddef>
#include <cstdint>

#include "drivers/format.hpp"
#include "runtime/semihosting.hpp"
#include "stack_watermark.hpp"

namespace {

void say(const char* label, std::uint32_t bytes) {
    format::Buffer text;
    format::decimal(bytes, text);
    semihosting::write(label);
    semihosting::write(text);
    semihosting::write(" bytes\n");
}

}  // namespace

// Its frame holds an array of Bytes, every byte of it written. noinline:
// a frame of its own, below main's; the checks stop in it.
template <std::size_t Bytes>
[[gnu::noinline]] std::uint32_t use_stack() {
    volatile std::uint8_t bytes[Bytes];
    for (std::size_t i = 0; i < Bytes; ++i) {
        bytes[i] = static_cast<std::uint8_t>(i);
    }
    return bytes[Bytes - 1];
}

int main() {
    stack_watermark::paint_stack();
    say("stack used before the calls:        ", stack_watermark::bytes_used());
    const std::uint32_t small = use_stack<256>();
    say("stack used after a 256-byte frame:  ", stack_watermark::bytes_used());
    const std::uint32_t large = use_stack<1280>();
    say("stack used after a 1280-byte frame: ", stack_watermark::bytes_used());
    return small == 255 && large == 1279 % 256 ? 0 : 1;
}
