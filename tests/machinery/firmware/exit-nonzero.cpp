// Prints the right text but reports failure.
#include "runtime/semihosting.hpp"

int main() {
    semihosting::write("hello\n");
    return 3;
}
