#pragma once

#include <cstdint>

// A critical section: while a CriticalSection object lives, no interrupt
// handler can run (PRIMASK set). On destruction it restores PRIMASK as it
// found it, so critical sections nest: an inner one does not re-enable
// interrupts that an outer one disabled. Works on every Cortex-M.
//
// Keep them short: an interrupt that arrives meanwhile waits, and one that
// arrives twice while waiting is seen only once (lesson 05 measures it).
namespace concurrency {

class CriticalSection {
  public:
    // [[nodiscard]]: `CriticalSection{};` would be a temporary, gone at the
    // semicolon, guarding nothing; only a named guard lasts to the brace.
    [[nodiscard("a critical section lasts as long as its guard: name it")]] CriticalSection()
        : saved_primask_(read_primask()) {
        asm volatile("cpsid i" ::: "memory");
    }
    ~CriticalSection() {
        // "memory": no load or store may move out of the section.
        asm volatile("msr primask, %0" : : "r"(saved_primask_) : "memory");
    }
    CriticalSection(const CriticalSection&) = delete;
    CriticalSection& operator=(const CriticalSection&) = delete;

  private:
    static std::uint32_t read_primask() {
        std::uint32_t value;
        asm volatile("mrs %0, primask" : "=r"(value));
        return value;
    }

    std::uint32_t saved_primask_;
};

}  // namespace concurrency
