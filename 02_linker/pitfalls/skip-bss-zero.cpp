// Pitfall (make VARIANT=skip-bss-zero): common/runtime/ram_init.cpp with
// the .bss zeroing left out. It stands in for that file, so every
// zero-initialised global keeps whatever RAM held.
#include <cstdint>

#include "runtime/linker_symbols.hpp"
#include "runtime/startup.hpp"

namespace startup {

void copy_data() {
    const std::uint32_t* from = &__data_load_start;
    for (std::uint32_t* to = &__data_start; to < &__data_end; ++to, ++from) {
        *to = *from;
    }
}

void zero_bss() {
    // Nothing zeroed.
}

}  // namespace startup
