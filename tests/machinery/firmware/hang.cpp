// Never exits: the runner's timeout must catch it.
#include "runtime/semihosting.hpp"

int main() {
    semihosting::write("about to hang\n");
    while (true) {
    }
}
