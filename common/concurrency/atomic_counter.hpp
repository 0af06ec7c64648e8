#pragma once

#include <atomic>
#include <cstdint>

#include "concurrency/critical_section.hpp"

// A counter that main and interrupt handlers may both increment.
//
// ARMv7-M (Cortex-M3) has exclusive load/store (LDREX/STREX): std::atomic's
// fetch_add retries if an interrupt came between the two, lock-free.
// ARMv6-M (Cortex-M0) has neither, and GCC turns fetch_add into a call to
// __atomic_fetch_add_4, which nothing here provides: the link fails. There,
// the increment runs inside a critical section instead.
namespace concurrency {

class CriticalSectionCounter {
  public:
    std::uint32_t fetch_add(std::uint32_t amount) {
        CriticalSection guard;
        const std::uint32_t old = value_;
        value_ = old + amount;
        return old;
    }
    std::uint32_t load() const {
        CriticalSection guard;
        return value_;
    }

  private:
    std::uint32_t value_ = 0;
};

class LockFreeCounter {
  public:
    std::uint32_t fetch_add(std::uint32_t amount) {
        return value_.fetch_add(amount, std::memory_order_relaxed);
    }
    std::uint32_t load() const { return value_.load(std::memory_order_relaxed); }

  private:
    std::atomic<std::uint32_t> value_{0};
};

#if defined(__ARM_ARCH_6M__)
using AtomicCounter = CriticalSectionCounter;  // Cortex-M0: no LDREX/STREX
#else
using AtomicCounter = LockFreeCounter;  // Cortex-M3 and up; the host
#endif

}  // namespace concurrency
