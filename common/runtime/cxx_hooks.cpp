// The hooks that the C++ runtime and the C library call when something is
// beyond repair. A hosted program gets them from libstdc++ and libc, which
// print and end the process; freestanding code must define each one it can
// reach, and the linker says "undefined reference" for any that is missing.
#include "runtime/panic.hpp"

extern "C" {

// A pure virtual function was called: a vtable slot without a body, as
// happens during construction or destruction of an abstract base.
[[noreturn]] void __cxa_pure_virtual() {
    panic("pure virtual function called");
}

// A deleted virtual function was called through a vtable.
[[noreturn]] void __cxa_deleted_virtual() {
    panic("deleted virtual function called");
}

// What std::abort() and a failed assert() end in; the C library's own version
// would ask the OS to kill the process.
[[noreturn]] void abort() {
    panic("abort() called");
}

// newlib's assert() calls this with the failed expression and where it is.
[[noreturn]] void __assert_func(const char* /*file*/, int /*line*/, const char* /*function*/,
                                const char* expression) {
    panic(expression);
}

}  // extern "C"
