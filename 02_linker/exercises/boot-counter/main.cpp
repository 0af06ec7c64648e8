// The program of the exercise boot-counter: read it, but change only
// boot_counter.cpp. It boots three times: each boot asks which boot it is,
// says so, and asks for a warm reset until the third.
#include <cstdint>

#include "boot_counter.hpp"
#include "cortex_m/system_reset.hpp"
#include "drivers/format.hpp"
#include "runtime/semihosting.hpp"

// noinline: the checks stop here with GDB and read `number`.
[[gnu::noinline]] void report_boot(std::uint32_t number) {
    format::Buffer text;
    format::decimal(number, text);
    semihosting::write("boot ");
    semihosting::write(text);
    semihosting::write("\n");
}

int main() {
    const std::uint32_t boot = boot_counter::count_this_boot();
    report_boot(boot);
    if (boot < 3) {
        cortex_m::request_system_reset();
    }
    return boot == 3 ? 0 : 1;
}
