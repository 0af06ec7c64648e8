// The program of the exercise uart1: read it, but change only uart1.cpp.
// It says one line on UART1 and ends. UART0 it leaves alone.
#include "uart1.hpp"

int main() {
    uart1::start();
    uart1::print("hello on UART1\n");
    return 0;
}
