// memcpy, memmove, memset and memcmp. GCC calls these on its own, even in
// freestanding code that never names them: to copy or zero a large struct
// or array ("GCC requires the freestanding environment provide memcpy,
// memmove, memset and memcmp", GCC manual, section 2 "Language Standards").
// -nostdlib leaves out the C library that would define them, so the course
// does, simply. extern "C": the compiler calls them by their C names.
#include <cstddef>

extern "C" {

void* memcpy(void* destination, const void* source, std::size_t count) {
    auto* to = static_cast<unsigned char*>(destination);
    const auto* from = static_cast<const unsigned char*>(source);
    for (std::size_t i = 0; i < count; ++i) {
        to[i] = from[i];
    }
    return destination;
}

void* memmove(void* destination, const void* source, std::size_t count) {
    auto* to = static_cast<unsigned char*>(destination);
    const auto* from = static_cast<const unsigned char*>(source);
    if (to < from) {
        return memcpy(destination, source, count);
    }
    for (std::size_t i = count; i > 0; --i) {  // backwards: overlap is safe
        to[i - 1] = from[i - 1];
    }
    return destination;
}

void* memset(void* destination, int value, std::size_t count) {
    auto* to = static_cast<unsigned char*>(destination);
    for (std::size_t i = 0; i < count; ++i) {
        to[i] = static_cast<unsigned char>(value);
    }
    return destination;
}

int memcmp(const void* left, const void* right, std::size_t count) {
    const auto* a = static_cast<const unsigned char*>(left);
    const auto* b = static_cast<const unsigned char*>(right);
    for (std::size_t i = 0; i < count; ++i) {
        if (a[i] != b[i]) {
            return a[i] < b[i] ? -1 : 1;
        }
    }
    return 0;
}

}  // extern "C"
