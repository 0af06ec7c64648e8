#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "doubles/silicon_rules.hpp"

// A datasheet-strict chip in RAM: register blocks placed at their addresses
// on the chip, on a bus that hands every access, and every barrier, to the
// chip's rules (silicon_rules.hpp). A host test gives a driver these blocks
// instead of the real ones, runs it, then asks what it broke:
//
//   doubles::StrictLm3s6965 chip;            // every rule of the LM3S6965 armed
//   lm3s6965::Uart<0, doubles::StrictBus> uart{chip.uart0, chip.system_control, chip.gpio_port_a};
//   uart.start();
//   CHECK(chip.report() == "");              // the program ends here; "" if it kept every rule
//
// Registers start at their reset values; what the hardware does by itself
// (a PLL that locks, a crystal that starts) it does here too, so a driver's
// polling ends. Flags a test wants set behind the program's back go in with
// doubles::set_by_hardware (recording_bus.hpp), as on the recording bus.
// One strict chip at a time.
namespace doubles {

class StrictChip;

// reg::Mmio's stand-in for blocks of a strict chip.
struct StrictBus {
    static inline StrictChip* chip = nullptr;

    template <typename Word>
    static Word read(const Word& storage);
    template <typename Word>
    static void write(Word& storage, Word value);
    static void data_synchronization_barrier();
    static void instruction_synchronization_barrier();
};

class StrictChip {
  public:
    explicit StrictChip(const silicon::Chip& chip) : checker_(chip) {
        if (StrictBus::chip != nullptr) {
            std::fprintf(stderr, "doubles::StrictChip: one strict chip at a time\n");
            std::abort();
        }
        StrictBus::chip = this;
    }
    ~StrictChip() { StrictBus::chip = nullptr; }
    StrictChip(const StrictChip&) = delete;
    StrictChip& operator=(const StrictChip&) = delete;

    // The program has ended: every rule broken, in words ("" if none).
    std::string report() {
        checker_.finish();
        return checker_.report();
    }
    // Whether the program broke this rule (by its id).
    bool broke(const std::string& id) {
        checker_.finish();
        return checker_.broke(id);
    }
    const std::vector<silicon::Violation>& violations() {
        checker_.finish();
        return checker_.violations();
    }
    // Everything the program did so far, in order, at the chip's addresses.
    const std::vector<silicon::Event>& events() const { return checker_.history().events(); }
    // Where in the chip a register of one of the blocks is.
    std::uint32_t address_of(const void* storage) const {
        const auto at = reinterpret_cast<std::uintptr_t>(storage);
        for (const Placement& block : blocks_) {
            if (at >= block.start && at < block.start + block.size) {
                return block.base + static_cast<std::uint32_t>(at - block.start);
            }
        }
        std::fprintf(stderr, "doubles::StrictChip: an access to %p, in none of the chip's blocks\n", storage);
        std::abort();
    }

  protected:
    // A block of the chip at its base address, its registers at their
    // reset values. The derived chip places each of its blocks.
    template <typename Block>
    void place(Block& block, std::uint32_t base) {
        blocks_.push_back({reinterpret_cast<std::uintptr_t>(&block), sizeof(Block), base});
        for (const auto& [address, value] : checker_.chip().reset_values) {
            if (address >= base && address - base + sizeof(value) <= sizeof(Block)) {
                store(address, value);
            }
        }
    }

  private:
    friend struct StrictBus;

    struct Placement {
        std::uintptr_t start;
        std::size_t size;
        std::uint32_t base;
    };

    void see(const silicon::Event& event) {
        std::vector<std::pair<std::uint32_t, std::uint32_t>> answers;
        for (const silicon::Reaction& reaction : checker_.chip().reactions) {
            for (const auto& answer : reaction(event, checker_.history())) {
                answers.push_back(answer);
            }
        }
        checker_.see(event);
        for (const auto& [address, value] : answers) {
            store(address, value);
        }
    }
    // A value put into a register by the hardware: not an access.
    void store(std::uint32_t address, std::uint32_t value) {
        for (const Placement& block : blocks_) {
            if (address >= block.base && address - block.base + sizeof(value) <= block.size) {
                std::memcpy(reinterpret_cast<void*>(block.start + (address - block.base)), &value,
                            sizeof(value));
                return;
            }
        }
    }

    silicon::Checker checker_;
    std::vector<Placement> blocks_;
};

template <typename Word>
Word StrictBus::read(const Word& storage) {
    static_assert(sizeof(Word) == 4, "the strict chips' registers are 32-bit words");
    const Word value = storage;  // what the read returns; the hardware may change it after
    chip->see({silicon::Event::read, chip->address_of(&storage), value});
    return value;
}
template <typename Word>
void StrictBus::write(Word& storage, Word value) {
    static_assert(sizeof(Word) == 4, "the strict chips' registers are 32-bit words");
    storage = value;
    chip->see({silicon::Event::write, chip->address_of(&storage), value});
}
inline void StrictBus::data_synchronization_barrier() {
    chip->see({silicon::Event::dsb});
}
inline void StrictBus::instruction_synchronization_barrier() {
    chip->see({silicon::Event::isb});
}

}  // namespace doubles
