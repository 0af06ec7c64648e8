// Parks in panic(): to the runner it looks like a hang, and must say so.
#include "runtime/panic.hpp"

int main() {
    panic("machinery test");
}
