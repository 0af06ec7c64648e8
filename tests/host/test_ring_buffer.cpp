// The SPSC ring buffer, single-threaded: order, full, empty, wrap-around,
// and the drop counter.
#include <cstdint>

#include "catch.hpp"
#include "concurrency/ring_buffer.hpp"

TEST_CASE("empty buffer: pop fails and leaves the value alone") {
    concurrency::RingBuffer<int, 4> buffer;
    int value = 7;
    CHECK_FALSE(buffer.pop(value));
    CHECK(value == 7);
    CHECK(buffer.size() == 0);
}

TEST_CASE("first in, first out") {
    concurrency::RingBuffer<int, 4> buffer;
    REQUIRE(buffer.push(1));
    REQUIRE(buffer.push(2));
    REQUIRE(buffer.push(3));
    int value = 0;
    REQUIRE(buffer.pop(value));
    CHECK(value == 1);
    REQUIRE(buffer.pop(value));
    CHECK(value == 2);
    CHECK(buffer.size() == 1);
}

TEST_CASE("full: push refuses, keeps what it has, and counts each refusal") {
    concurrency::RingBuffer<std::uint8_t, 4> buffer;
    for (std::uint8_t i = 0; i < 4; ++i) {
        REQUIRE(buffer.push(i));
    }
    CHECK_FALSE(buffer.push(99));
    CHECK_FALSE(buffer.push(100));
    CHECK(buffer.dropped() == 2);
    CHECK(buffer.size() == 4);
    std::uint8_t value = 0;
    for (std::uint8_t i = 0; i < 4; ++i) {
        REQUIRE(buffer.pop(value));
        CHECK(value == i);
    }
    CHECK_FALSE(buffer.pop(value));
}

TEST_CASE("indices wrap around many times without losing order") {
    concurrency::RingBuffer<std::uint32_t, 8> buffer;
    std::uint32_t next_in = 0, next_out = 0;
    for (int round = 0; round < 1000; ++round) {
        for (int i = 0; i < 5; ++i) {
            REQUIRE(buffer.push(next_in++));
        }
        std::uint32_t value = 0;
        for (int i = 0; i < 5; ++i) {
            REQUIRE(buffer.pop(value));
            REQUIRE(value == next_out++);
        }
    }
    CHECK(buffer.dropped() == 0);
}

TEST_CASE("capacity is the number of slots, a power of two") {
    STATIC_REQUIRE(concurrency::RingBuffer<char, 256>::capacity == 256);
}
