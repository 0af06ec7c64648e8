// The control: prints and exits 0. Every check on it must PASS.
#include "runtime/host.hpp"

int main() {
    host::write("hello\n");
    return 0;
}
