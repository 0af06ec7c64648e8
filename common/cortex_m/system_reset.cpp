#include "cortex_m/system_reset.hpp"

#include "cortex_m/scb.hpp"

namespace cortex_m {

void request_system_reset() {
    write_system_reset_request(scb());
    while (true) {
    }
}

}  // namespace cortex_m
