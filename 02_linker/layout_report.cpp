#include "layout_report.hpp"

#include "runtime/host.hpp"

// The regions' limits, from the chip's memory.ld through firmware.ld.
extern "C" const char __flash_start, __flash_end, __ram_start, __ram_end;

namespace layout {
namespace {

bool within(const void* address, const char* first, const char* end) {
    const auto value = reinterpret_cast<std::uintptr_t>(address);
    return value >= reinterpret_cast<std::uintptr_t>(first) && value < reinterpret_cast<std::uintptr_t>(end);
}

}  // namespace

bool in_flash(const void* address) {
    return within(address, &__flash_start, &__flash_end);
}
bool in_ram(const void* address) {
    return within(address, &__ram_start, &__ram_end);
}

void Report::expect(const char* what, bool holds) {
    host::write(holds ? "ok     " : "WRONG  ");
    host::write(what);
    host::write("\n");
    if (!holds) {
        failures_ = failures_ + 1;
    }
}

}  // namespace layout
