#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <ostream>
#include <type_traits>
#include <vector>

namespace doubles {

// A reg::Mmio stand-in: the same functions, but each access (and each
// barrier) is logged before it is done on plain memory. A register block built on it
// (lm3s6965::Pl011Registers<RecordingBus>) lives in ordinary host memory, so
// a test hands a driver a block in RAM and then reads back what it did.
struct RecordingBus {
    struct Entry {
        bool is_write;
        std::uintptr_t address;  // 0 for a barrier
        std::uint32_t value;
        char barrier = 0;  // 'D' for a DSB, 'I' for an ISB
    };
    static inline std::vector<Entry> log;

    template <typename Word>
    static Word read(const Word& storage) {
        log.push_back({false, reinterpret_cast<std::uintptr_t>(&storage), storage});
        return storage;
    }
    template <typename Word>
    static void write(Word& storage, Word value) {
        log.push_back({true, reinterpret_cast<std::uintptr_t>(&storage), value});
        storage = value;
    }
    static void data_synchronization_barrier() { log.push_back({false, 0, 0, 'D'}); }
    static void instruction_synchronization_barrier() { log.push_back({false, 0, 0, 'I'}); }
};

// One access as a test states it: a read or a write, the register's offset
// in its block (the datasheet's), and the value read or written.
struct BusAccess {
    enum Kind : char { read = 'R', write = 'W', dsb = 'D', isb = 'I' } kind;
    std::size_t offset;
    std::uint32_t value;
    bool operator==(const BusAccess&) const = default;
};

inline std::ostream& operator<<(std::ostream& out, const BusAccess& access) {
    return out << static_cast<char>(access.kind) << " 0x" << std::hex << access.offset << " = 0x"
               << access.value << std::dec;
}

// What a test expects a block to have seen, in order.
using Accesses = std::vector<BusAccess>;

inline BusAccess read_of(std::size_t offset, std::uint32_t value) {
    return {BusAccess::read, offset, value};
}
inline BusAccess write_of(std::size_t offset, std::uint32_t value) {
    return {BusAccess::write, offset, value};
}
inline constexpr BusAccess dsb{BusAccess::dsb, 0, 0};
inline constexpr BusAccess isb{BusAccess::isb, 0, 0};

// The accesses that fell inside `block`, in order (set the block up, clear
// the log, then act).
template <typename Block>
std::vector<BusAccess> accesses_to(const Block& block) {
    const auto start = reinterpret_cast<std::uintptr_t>(&block);
    std::vector<BusAccess> accesses;
    for (const RecordingBus::Entry& entry : RecordingBus::log) {
        if (entry.address >= start && entry.address < start + sizeof(Block)) {
            accesses.push_back(
                {entry.is_write ? BusAccess::write : BusAccess::read, entry.address - start, entry.value});
        }
    }
    return accesses;
}

// The same, with the barriers in their places among them.
template <typename Block>
std::vector<BusAccess> accesses_and_barriers_to(const Block& block) {
    const auto start = reinterpret_cast<std::uintptr_t>(&block);
    std::vector<BusAccess> accesses;
    for (const RecordingBus::Entry& entry : RecordingBus::log) {
        if (entry.barrier != 0) {
            accesses.push_back({static_cast<BusAccess::Kind>(entry.barrier), 0, 0});
        } else if (entry.address >= start && entry.address < start + sizeof(Block)) {
            accesses.push_back(
                {entry.is_write ? BusAccess::write : BusAccess::read, entry.address - start, entry.value});
        }
    }
    return accesses;
}

// What the hardware puts in a register (a flag, a received byte), set
// behind the program's back: no access is logged.
template <typename Register>
void set_by_hardware(Register& reg, std::uint32_t value) {
    // A reg::Register is its storage and nothing else (trivially copyable).
    static_assert(sizeof(Register) == sizeof(value) && std::is_trivially_copyable_v<Register>);
    std::memcpy(static_cast<void*>(&reg), &value, sizeof(value));
}

inline void clear_bus_log() {
    RecordingBus::log.clear();
}

}  // namespace doubles
