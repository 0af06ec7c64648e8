// The program of the exercise stack-high-water: read it, but change only
// stack_watermark.cpp. It paints the stack, calls a function that needs a
// known amount of it, and says how deep the stack has been before and
// after the call.
#include <cstddef>
#include <cstdint>

#include "drivers/format.hpp"
#include "runtime/semihosting.hpp"
#include "stack_watermark.hpp"

namespace {

#if defined(VARIANT_DEEPER)
constexpr std::size_t array_bytes = 1280;
#else
constexpr std::size_t array_bytes = 256;
#endif

void say(const char* label, std::uint32_t bytes) {
    format::Buffer text;
    format::decimal(bytes, text);
    semihosting::write(label);
    semihosting::write(text);
    semihosting::write(" bytes\n");
}

}  // namespace

// Its frame holds an array of array_bytes, every byte of it written.
// noinline: a frame of its own, below main's; the checks stop in it.
[[gnu::noinline]] std::uint32_t use_stack() {
    volatile std::uint8_t bytes[array_bytes];
    for (std::size_t i = 0; i < array_bytes; ++i) {
        bytes[i] = static_cast<std::uint8_t>(i);
    }
    return bytes[array_bytes - 1];
}

int main() {
    stack_watermark::paint_stack();
    const std::uint32_t before = stack_watermark::bytes_used();
    const std::uint32_t last = use_stack();
    const std::uint32_t after = stack_watermark::bytes_used();
    say("stack used before the call: ", before);
    say("stack used after the call:  ", after);
    return last == (array_bytes - 1) % 256 ? 0 : 1;
}
