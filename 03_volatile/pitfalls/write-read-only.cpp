// Pitfall: writing a read-only register. UARTFR is read-only in the
// datasheet; the register layer says so in its type, and the compiler refuses.
#include "chips/lm3s6965/peripherals.hpp"

void clear_flags() {
    lm3s6965::uart0().fr.write(0);
}
