// A semihosting call of its own (bkpt 0xab, as common/runtime/semihosting.cpp
// makes), after a first line printed properly: built for a real board, the
// checks of real-board builds must catch it, in the image and in a run.
#include <cstdint>

#include "runtime/host.hpp"

int main() {
    host::write("hello\n");
    register std::uint32_t r0 asm("r0") = 0x04;  // SYS_WRITE0
    register const char* r1 asm("r1") = "hello again\n";
    asm volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    return 0;
}
