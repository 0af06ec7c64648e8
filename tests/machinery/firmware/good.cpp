// The control: prints and exits 0. Every check on it must PASS.
#include "runtime/semihosting.hpp"

int main() {
    semihosting::write("hello\n");
    return 0;
}
