// Lesson 02: every kind of global the linker script places, and proof that
// startup gave each what C++ promises. The program boots twice: the first
// boot scribbles on its globals and asks for a warm reset, so that the
// second boot shows what startup does to RAM that is not fresh.
#include <cstdint>

#include "cortex_m/system_reset.hpp"
#include "layout_report.hpp"
#include "runtime/host.hpp"

// excerpt: globals
// .data: lives in RAM, its initial value is stored in flash.
std::uint32_t initialised = 0xC0FF'EE42;

// .bss: lives in RAM, C++ promises it starts as zero.
std::uint32_t zeroed;

// .rodata: a const table never needs RAM; it stays in flash.
const std::uint32_t powers_of_ten[] = {1, 10, 100, 1000, 10000, 100000};

// .noinit: startup leaves it alone, so it survives a warm reset.
[[gnu::section(".noinit")]] std::uint32_t boot_marker;
[[gnu::section(".noinit")]] std::uint32_t boots_seen;

// A struct assignment. Nobody here writes memcpy or memset, yet GCC compiles
// `settings = factory_settings` into stores and a call to memset (it knows
// the values, and half of them are zero): common/runtime/memory.cpp has one.
struct Settings {
    std::uint32_t words[32];
};
const Settings factory_settings = {{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}};
Settings settings;

// A constructor that must run before main(): startup calls it.
struct Clock {
    Clock() : started(true) {}
    bool started;
};
Clock system_clock;
// end excerpt

namespace {

constexpr std::uint32_t marker_after_first_boot = 0xB007'ED01;

// The first boot: spoil every global, then reset. If startup is right, the
// second boot sees all of them fresh again; only .noinit keeps its values.
[[noreturn]] void scribble_and_reset() {
    boot_marker = marker_after_first_boot;
    boots_seen = 1;
    initialised = 0x1111'1111;
    zeroed = 0xBAD0'BAD0;
    system_clock.started = false;
    host::write("boot 1: globals spoiled, warm reset\n");
    cortex_m::request_system_reset();
}

#if defined(VARIANT_STACK_OVERFLOW)
// Deliberately too deep: each call fills 1 KiB of stack.
[[gnu::noinline]] std::uint32_t recurse(std::uint32_t depth) {
    volatile std::uint32_t frame[256];
    for (auto& word : frame) {
        word = depth;
    }
    return depth == 0 ? frame[0] : recurse(depth - 1) + frame[255];
}
#endif

}  // namespace

int main() {
    if (boot_marker != marker_after_first_boot) {
        scribble_and_reset();
    }
    boots_seen = boots_seen + 1;
#if defined(VARIANT_STACK_OVERFLOW)
    host::write_hex(recurse(8));
    host::write("\n");
#endif
    settings = factory_settings;
    layout::Report report;
    report.expect("boot 2 after a warm reset (.noinit kept)", boots_seen == 2);
    report.expect(".data initialised == 0xc0ffee42", initialised == 0xC0FF'EE42);
    report.expect(".bss  zeroed == 0", zeroed == 0);
    report.expect("constructor ran before main", system_clock.started);
    report.expect(".rodata table is in flash", layout::in_flash(powers_of_ten));
    report.expect(".data variable is in RAM", layout::in_ram(&initialised));
    report.expect("struct assignment (memset inside) worked",
                  settings.words[15] == 16 && settings.words[31] == 0);
    return report.failures();
}
