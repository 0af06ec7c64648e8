// The same "hello" the way a hosted habit would write it: printf, through
// the toolchain's default route (newlib-nano, its crt0 and semihosting).
// Built only to be measured (make newlib-hello), never run.
#include <cstdio>

int main() {
    std::printf("hello\n");
    return 0;
}
