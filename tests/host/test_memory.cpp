// common/runtime/memory.cpp: the memcpy, memmove, memset and memcmp that
// GCC calls on its own in the firmware (lesson 02). On the PC they would
// stand in for the C library's everywhere in this program, so flags.mk
// compiles memory.cpp for this test with each one renamed course_*.
#include <array>
#include <cstddef>
#include <cstdint>

#include "catch.hpp"

extern "C" {
void* course_memcpy(void* destination, const void* source, std::size_t count);
void* course_memmove(void* destination, const void* source, std::size_t count);
void* course_memset(void* destination, int value, std::size_t count);
int course_memcmp(const void* left, const void* right, std::size_t count);
}

namespace {

using Bytes = std::array<std::uint8_t, 8>;
constexpr Bytes counting{1, 2, 3, 4, 5, 6, 7, 8};

}  // namespace

TEST_CASE("memcpy copies exactly count bytes and returns the destination") {
    Bytes to{};
    CHECK(course_memcpy(to.data() + 1, counting.data(), 5) == to.data() + 1);
    CHECK(to == Bytes{0, 1, 2, 3, 4, 5, 0, 0});
    CHECK(course_memcpy(to.data(), counting.data(), 0) == to.data());
    CHECK(to == Bytes{0, 1, 2, 3, 4, 5, 0, 0});
}

TEST_CASE("memmove copies overlapping bytes as if through a buffer, in both directions") {
    Bytes up = counting;
    CHECK(course_memmove(up.data() + 2, up.data(), 5) == up.data() + 2);  // towards higher addresses
    CHECK(up == Bytes{1, 2, 1, 2, 3, 4, 5, 8});
    Bytes down = counting;
    CHECK(course_memmove(down.data(), down.data() + 2, 5) == down.data());  // towards lower addresses
    CHECK(down == Bytes{3, 4, 5, 6, 7, 6, 7, 8});
    Bytes apart{};
    course_memmove(apart.data(), counting.data(), 8);
    CHECK(apart == counting);
}

TEST_CASE("memset fills count bytes with the value converted to unsigned char") {
    Bytes bytes = counting;
    CHECK(course_memset(bytes.data() + 1, 0x1AB, 3) == bytes.data() + 1);  // 0x1AB becomes 0xAB
    CHECK(bytes == Bytes{1, 0xAB, 0xAB, 0xAB, 5, 6, 7, 8});
    course_memset(bytes.data(), -1, 8);
    CHECK(bytes == Bytes{0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF});
}

TEST_CASE("memcmp orders by the first differing byte, as unsigned char") {
    const Bytes low{1, 2, 3, 0x7F};
    const Bytes high{1, 2, 3, 0x80};  // greater as unsigned char, though negative as signed
    CHECK(course_memcmp(low.data(), high.data(), 4) < 0);
    CHECK(course_memcmp(high.data(), low.data(), 4) > 0);
    CHECK(course_memcmp(low.data(), high.data(), 3) == 0);  // the difference is past count
    CHECK(course_memcmp(low.data(), high.data(), 0) == 0);
    CHECK(course_memcmp(counting.data(), counting.data(), 8) == 0);
}
