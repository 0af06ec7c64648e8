// From lesson 02 on, a panic says why before it stops: the reason goes to
// the host through semihosting and the session ends with a status of its
// own, so a check (or you) sees "panic: ..." instead of a silent hang.
// Lesson 01 has no such channel; there panic() only halts.
#include "runtime/panic.hpp"
#include "runtime/semihosting.hpp"

void report_panic(const char* reason) {
    semihosting::write("panic: ");
    semihosting::write(reason);
    semihosting::write("\n");
    semihosting::exit(semihosting::panic_exit_status);
}
