// Pitfall (make VARIANT=skip-data-copy): common/runtime/ram_init.cpp with
// the .data copy left out. It stands in for that file, so every global with
// an initial value keeps whatever RAM held.
#include <cstdint>

#include "runtime/linker_symbols.hpp"
#include "runtime/startup.hpp"

namespace startup {

void copy_data() {
    // Nothing copied from flash to RAM.
}

void zero_bss() {
    for (std::uint32_t* word = &__bss_start; word < &__bss_end; ++word) {
        *word = 0;
    }
}

}  // namespace startup
