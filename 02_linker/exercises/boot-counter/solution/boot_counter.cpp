// The boot counter (boot_counter.hpp says what it must do), in .noinit:
// startup neither copies nor zeroes it, so it keeps its value across a
// warm reset. After a power-on, RAM holds noise; a marker word says
// whether the count was written by this program, or is noise.
#include "boot_counter.hpp"

namespace boot_counter {

namespace {

// excerpt: record
// An unlikely value: noise equal to it is a 1 in 2^32 chance.
constexpr std::uint32_t written_by_us = 0xB007'C0DE;

struct Record {
    std::uint32_t marker;
    std::uint32_t boots;
};

[[gnu::section(".noinit")]] Record record;
// end excerpt

}  // namespace

std::uint32_t count_this_boot() {
    if (record.marker != written_by_us) {  // a cold boot: RAM is noise
        record.boots = 0;
        record.marker = written_by_us;
    }
    record.boots = record.boots + 1;
    return record.boots;
}

}  // namespace boot_counter
