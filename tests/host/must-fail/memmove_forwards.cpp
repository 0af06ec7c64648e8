// A broken memmove, for the must-fail twin of test_memory (flags.mk): it
// copies forwards, as memcpy does, so where the destination overlaps the
// end of the source it overwrites bytes before it has read them. The
// tests must catch it.
#include <cstddef>

extern "C" {
void* course_memcpy(void* destination, const void* source, std::size_t count);

void* course_memmove(void* destination, const void* source, std::size_t count) {
    return course_memcpy(destination, source, count);
}
}
