#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

// A single-producer, single-consumer ring buffer without locks: one side
// (an interrupt handler, say) only pushes, the other (main) only pops. Each
// index is written by one side only, so plain atomic loads and stores are
// enough: no read-modify-write, which the Cortex-M0 does not have.
//
// Ordering: the producer writes the slot, then publishes it by storing
// `head_` with release; the consumer loads `head_` with acquire, so it sees
// the slot's contents. The same pair, the other way, for `tail_` hands the
// slot back. When full, push() refuses and counts the loss: nothing is
// dropped silently.
namespace concurrency {

template <typename T, std::size_t slots>
class RingBuffer {
    static_assert(slots >= 2 && (slots & (slots - 1)) == 0, "the number of slots must be a power of two");

  public:
    static constexpr std::size_t capacity = slots;

    // Producer side. False (and one more in dropped()) when full.
    bool push(const T& value) {
        const std::size_t head = head_.load(std::memory_order_relaxed);
        const std::size_t tail = tail_.load(std::memory_order_acquire);
        if (head - tail == capacity) {
            dropped_.store(dropped_.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
            return false;
        }
        slots_[head % capacity] = value;
        head_.store(head + 1, std::memory_order_release);
        return true;
    }

    // Consumer side. False when empty.
    bool pop(T& value) {
        const std::size_t tail = tail_.load(std::memory_order_relaxed);
        const std::size_t head = head_.load(std::memory_order_acquire);
        if (head == tail) {
            return false;
        }
        value = slots_[tail % capacity];
        tail_.store(tail + 1, std::memory_order_release);
        return true;
    }

    // How many pushes were refused because the buffer was full. Written by
    // the producer only; any side may read it.
    std::size_t dropped() const { return dropped_.load(std::memory_order_relaxed); }

    std::size_t size() const {
        return head_.load(std::memory_order_acquire) - tail_.load(std::memory_order_acquire);
    }

  private:
    T slots_[capacity]{};
    // Free-running counters (they wrap together): head - tail is the fill.
    std::atomic<std::size_t> head_{0};
    std::atomic<std::size_t> tail_{0};
    std::atomic<std::size_t> dropped_{0};
};

}  // namespace concurrency
