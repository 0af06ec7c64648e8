// Lesson 05, part 1: main and a fast timer interrupt share counters. One is
// updated the naive way and loses updates; the fixed ones lose none. Then a
// 64-bit tick count, read while the interrupt changes it.
#include <cstdint>

#include "chip_hal.hpp"
#include "concurrency/atomic_counter.hpp"
#include "concurrency/critical_section.hpp"
#include "drivers/console.hpp"

namespace {

// excerpt: shared
// Shared by main() and Tick_Handler. volatile keeps every access a real
// load or store, so the race is in the data, not in the optimiser.
volatile std::uint32_t racy_count;
std::uint32_t guarded_count;  // main touches it only inside a critical section
#if defined(VARIANT_STD_ATOMIC)
concurrency::LockFreeCounter atomic_count;  // pitfall on Cortex-M0: std::atomic's fetch_add
#else
concurrency::AtomicCounter atomic_count;
#endif
volatile std::uint32_t ticks;
volatile std::uint64_t tick_time;  // advanced by 2^28 per tick: the low word wraps every 16 ticks
// end excerpt

constexpr std::uint32_t rounds = 10'000;
constexpr std::uint32_t timer_period_cycles = 101;
#if defined(VARIANT_IN_STEP)
constexpr bool in_step = true;  // make VARIANT=in-step: main's loop waits for each tick
#else
constexpr bool in_step = false;
#endif

}  // namespace

// excerpt: handler
extern "C" void Tick_Handler() {
    racy_count = racy_count + 1;
    guarded_count = guarded_count + 1;  // main cannot interrupt a handler
    atomic_count.fetch_add(1);
    ticks = ticks + 1;
    tick_time = tick_time + (std::uint64_t{1} << 28);
}
// end excerpt

namespace {

// excerpt: in-step
// A loop paced by the timer, as many a main loop is: each round first waits
// for the next tick. One round and one run of the handler take less than a
// timer period, so every tick arrives while main waits here, never between
// the load and the store of racy_count. That is counting instructions, not
// hoping for a lucky timing: no emulator version changes it.
void wait_for_tick() {
    const std::uint32_t seen = ticks;
    while (ticks == seen) {
    }
}
// end excerpt

// excerpt: increments
void count_in_main() {
    for (std::uint32_t round = 0; round < rounds; ++round) {
        if constexpr (in_step) {
            wait_for_tick();
        }
        racy_count = racy_count + 1;  // load, add, store: the handler can run in between
        {
            concurrency::CriticalSection guard;  // the handler waits until the brace
            guarded_count = guarded_count + 1;
        }
        atomic_count.fetch_add(1);
    }
}
// end excerpt

// excerpt: torn
// How often does a read of tick_time come out torn: half before a tick and
// half after, so that the next read is smaller than this one?
template <typename Read>
std::uint32_t torn_reads(Read read) {
    std::uint32_t torn = 0;
    std::uint64_t previous = read();
    for (std::uint32_t round = 0; round < rounds; ++round) {
        const std::uint64_t now = read();
        if (now < previous) {
            torn = torn + 1;
        }
        previous = now;
    }
    return torn;
}

std::uint64_t plain_read() {
    return tick_time;
}

std::uint64_t guarded_read() {
    concurrency::CriticalSection guard;
    return tick_time;
}
// end excerpt

// excerpt: long-sections
// The same work, 200 times, with and without interrupts masked around each
// piece. Each piece takes several timer periods; a masked tick stays
// pending, but only once: the other ticks of that piece are gone.
constexpr std::uint32_t pieces = 200;

void piece_of_work() {
    for (std::uint32_t turn = 0; turn < 600; ++turn) {
        asm volatile("" ::: "memory");
    }
}

std::uint32_t ticks_seen(bool masked) {
    const std::uint32_t start = ticks;
    for (std::uint32_t piece = 0; piece < pieces; ++piece) {
        if (masked) {
            concurrency::CriticalSection guard;
            piece_of_work();
        } else {
            piece_of_work();
        }
    }
    return ticks - start;
}
// end excerpt

std::uint32_t primask() {
    std::uint32_t value;
    asm volatile("mrs %0, primask" : "=r"(value));
    return value;
}

// Critical sections nest: the inner one must not unmask what the outer masked.
bool sections_nest() {
    bool ok = primask() == 0;
    {
        concurrency::CriticalSection outer;
        {
            concurrency::CriticalSection inner;
            ok = ok && primask() == 1;
        }
        ok = ok && primask() == 1;
    }
    return ok && primask() == 0;
}

template <typename Console>
void report_lost(Console& console, const char* what, std::uint32_t count, std::uint32_t expected) {
    console.print(what);
    console.print("lost ");
    console.print_decimal(expected - count);
    console.print(" of ");
    console.print_decimal(expected);
    console.print(" updates\n");
}

template <typename Console>
void report_torn(Console& console, const char* what, std::uint32_t torn) {
    console.print(what);
    console.print_decimal(torn);
    console.print(" torn reads in ");
    console.print_decimal(rounds);
    console.print("\n");
}

}  // namespace

int main() {
    chip::Serial serial;
    serial.start();
    drivers::Console console{serial};

    const bool nesting_ok = sections_nest();
    chip::Tick tick;  // SysTick on the LM3S6965, TIMER0 on the nRF51
    tick.start(timer_period_cycles);
    count_in_main();
    const std::uint32_t torn_plain = torn_reads(plain_read);
    const std::uint32_t torn_guarded = torn_reads(guarded_read);
    std::uint32_t expected, racy, guarded, atomic;
    {
        concurrency::CriticalSection guard;  // a consistent snapshot: no tick in between
        expected = rounds + ticks;
        racy = racy_count;
        guarded = guarded_count;
        atomic = atomic_count.load();
    }
    const std::uint32_t ticks_free = ticks_seen(false);
    const std::uint32_t ticks_masked = ticks_seen(true);
    tick.stop();

    report_lost(console, "racy counter:        ", racy, expected);
    report_lost(console, "critical section:    ", guarded, expected);
    report_lost(console, "atomic counter:      ", atomic, expected);
    report_torn(console, "64-bit read, plain:  ", torn_plain);
    report_torn(console, "64-bit read, guarded: ", torn_guarded);
    console.print("timer ticks, interrupts free:   ");
    console.print_decimal(ticks_free);
    console.print("\ntimer ticks, long critical sections: ");
    console.print_decimal(ticks_masked);
    console.print(nesting_ok ? "\ncritical sections nest: yes\n" : "\ncritical sections nest: NO\n");
    return 0;
}
