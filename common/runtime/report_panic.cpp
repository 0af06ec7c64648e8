// From lesson 02 on, a panic says why before it stops, on the line to the
// host (runtime/host.hpp): "panic: " and the reason. Then, where a run can
// end (QEMU, no debugger watching), it ends with a status of its own, so a
// check (or you) sees the reason and status 101 instead of a silent hang;
// elsewhere (a real board; QEMU under make debug) panic() parks, where a
// debugger finds it. Lesson 01 has no such line; there panic() only halts.
#include "runtime/host.hpp"
#include "runtime/panic.hpp"

void report_panic(const char* reason) {
    host::write("panic: ");
    host::write(reason);
    host::write("\n");
    if (host::panic_ends_run()) {
        host::exit(host::panic_exit_status);
    }
}
