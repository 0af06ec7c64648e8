#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

// The rules silicon enforces and QEMU forgives, as code: one engine, fed the
// accesses a program makes to a chip, in order, and the rules of that chip
// as data (strict_lm3s6965.hpp, strict_nrf51.hpp). Two things feed it: the
// strict register-block doubles, on which host tests run the drivers
// (strict_chip.hpp), and the access trace of a whole program run in QEMU
// (silicon.cpp). Each rule says what it requires, in words, and where the
// chip's documents require it; a broken rule is reported with both.
namespace silicon {

// One thing a program did to the chip: a read or a write of a register, at
// its address on the chip, with the value read or written; a barrier; or,
// last, the end of the program (for rules that wait for what comes next).
struct Event {
    enum Kind : char { read = 'R', write = 'W', dsb = 'D', isb = 'I', end = 'E' };
    Kind kind;
    std::uint32_t address = 0;
    std::uint32_t value = 0;
    bool is_access() const { return kind == read || kind == write; }
};

// What the program has done so far: every event, in order, and what each
// register holds as far as the program knows (the last value written or
// read, else its reset value, else 0).
class History {
  public:
    explicit History(std::map<std::uint32_t, std::uint32_t> reset_values) : known_(std::move(reset_values)) {}

    void add(const Event& event) {
        events_.push_back(event);
        if (event.is_access()) {
            known_[event.address] = event.value;
        }
    }

    std::uint32_t value(std::uint32_t address) const {
        const auto found = known_.find(address);
        return found == known_.end() ? 0 : found->second;
    }
    bool bit(std::uint32_t address, unsigned bit) const { return ((value(address) >> bit) & 1U) != 0; }
    bool written(std::uint32_t address) const { return last_write(address).has_value(); }

    // Where the last event that `matches` is, if there is one.
    template <typename Predicate>
    std::optional<std::size_t> last(Predicate matches) const {
        for (std::size_t at = events_.size(); at > 0; --at) {
            if (matches(events_[at - 1])) {
                return at - 1;
            }
        }
        return std::nullopt;
    }
    std::optional<std::size_t> last_write(std::uint32_t address) const {
        return last([=](const Event& e) { return e.kind == Event::write && e.address == address; });
    }
    std::optional<std::size_t> last_read(std::uint32_t address) const {
        return last([=](const Event& e) { return e.kind == Event::read && e.address == address; });
    }

    const std::vector<Event>& events() const { return events_; }
    std::size_t size() const { return events_.size(); }

  private:
    std::vector<Event> events_;
    std::map<std::uint32_t, std::uint32_t> known_;
};

// "a came before b", where either may not have happened: true only if both did.
inline bool earlier(std::optional<std::size_t> a, std::optional<std::size_t> b) {
    return a && b && *a < *b;
}

// One rule: a short id (its must-fail host test is "<chip> must fail: <id>"),
// what it requires, in words, where the documents say so, and the test:
// given the next event and the history before it, an empty string if the
// event keeps the rule, else what happened, in words.
struct Rule {
    std::string id;
    std::string name;
    std::string reference;
    std::function<std::string(const Event&, const History&)> broken_by;
};

// What the hardware does by itself after an access (a task starts a clock,
// a PLL locks): register values it sets. Only the strict doubles use these,
// to answer a driver's polling; a trace carries the hardware's answers.
using Reaction =
    std::function<std::vector<std::pair<std::uint32_t, std::uint32_t>>(const Event&, const History&)>;

// A chip, as the rules see it.
struct Chip {
    std::string name;
    std::map<std::uint32_t, std::uint32_t> reset_values;
    std::vector<Rule> rules;
    std::vector<Reaction> reactions;
};

struct Violation {
    std::string id;
    std::string rule;
    std::string reference;
    std::string what;
    std::size_t at;  // the event's place in the program's accesses
};

// Feeds a program's events through a chip's rules.
class Checker {
  public:
    explicit Checker(const Chip& chip) : chip_(chip), history_(chip.reset_values) {}

    void see(const Event& event) {
        for (const Rule& rule : chip_.rules) {
            if (std::string what = rule.broken_by(event, history_); !what.empty()) {
                violations_.push_back({rule.id, rule.name, rule.reference, std::move(what), history_.size()});
            }
        }
        history_.add(event);
    }
    // The program ended: a rule waiting for what comes next (a barrier
    // after a write) sees that nothing did.
    void finish() {
        if (!finished_) {
            finished_ = true;
            see({Event::end});
        }
    }

    const std::vector<Violation>& violations() const { return violations_; }
    bool broke(const std::string& id) const {
        for (const Violation& violation : violations_) {
            if (violation.id == id) {
                return true;
            }
        }
        return false;
    }
    const History& history() const { return history_; }
    const Chip& chip() const { return chip_; }

    // Every broken rule, once, in words a learner can act on: the first
    // time it broke, and how many times more.
    std::string report() const {
        std::ostringstream out;
        for (std::size_t first = 0; first < violations_.size(); ++first) {
            const Violation& violation = violations_[first];
            std::size_t again = 0;
            bool seen_before = false;
            for (std::size_t other = 0; other < violations_.size(); ++other) {
                if (violations_[other].id == violation.id) {
                    seen_before = seen_before || other < first;
                    again += other > first ? 1 : 0;
                }
            }
            if (seen_before) {
                continue;
            }
            out << "broken on " << chip_.name << ": " << violation.rule << " [" << violation.id << "]\n"
                << "  what happened: " << violation.what << " (access " << violation.at + 1 << ")";
            if (again > 0) {
                out << ", and " << again << " time" << (again == 1 ? "" : "s") << " more";
            }
            out << "\n  where to read: " << violation.reference << "\n";
        }
        return out.str();
    }

  private:
    const Chip& chip_;
    History history_;
    std::vector<Violation> violations_;
    bool finished_ = false;
};

// "0x4000C030", for messages.
inline std::string hex(std::uint32_t value) {
    std::ostringstream out;
    out << "0x" << std::uppercase << std::hex << value;
    return out.str();
}

// The rules of the Cortex-M core itself, shared by every chip.
namespace cortex_m {

constexpr std::uint32_t aircr = 0xE000'ED0C;
constexpr std::uint32_t icer_first = 0xE000'E180, icer_last = 0xE000'E19C;
constexpr std::uint32_t syst_csr = 0xE000'E010, syst_rvr = 0xE000'E014;
constexpr std::uint32_t systick_first = 0xE000'E010, systick_last = 0xE000'E01C;

inline bool is_reset_request(const Event& event) {
    return event.kind == Event::write && event.address == aircr && (event.value >> 16) == 0x05FA &&
           ((event.value >> 2) & 1U) != 0;
}

inline Rule reset_between_barriers() {
    return {
        "reset-barriers", "a reset request comes after a DSB, and a DSB follows it",
        "CMSIS core_cm3.h and core_cm0.h, __NVIC_SystemReset(); ARMv7-M ARM A3.7.3 (DSB)",
        [](const Event& event, const History& before) -> std::string {
            const auto& events = before.events();
            if (is_reset_request(event) && (events.empty() || events.back().kind != Event::dsb)) {
                return "AIRCR (" + hex(aircr) + ") written " + hex(event.value) +
                       " (SYSRESETREQ) without a DSB just before it: writes before it may not have completed";
            }
            if (!events.empty() && is_reset_request(events.back()) && event.kind != Event::dsb) {
                return "the reset request was not followed by a DSB: it may still be in the write buffer";
            }
            return "";
        }};
}

inline Rule disable_irq_with_barriers() {
    return {
        "disable-irq-barriers", "an interrupt disabled in ICER is followed by a DSB and an ISB",
        "CMSIS core_cm3.h and core_cm0.h, __NVIC_DisableIRQ(); ARM AN321, \"Cortex-M Programming Guide to "
        "Memory Barrier Instructions\"",
        [](const Event& event, const History& before) -> std::string {
            const auto icer_write = before.last([](const Event& e) {
                return e.kind == Event::write && e.address >= icer_first && e.address <= icer_last;
            });
            if (!icer_write) {
                return "";
            }
            const std::size_t after = before.size() - *icer_write;  // 1: this event comes right after it
            const std::string icer =
                "ICER (" + hex(before.events()[*icer_write].address) + ") written, then ";
            if (after == 1 && event.kind != Event::dsb) {
                return icer + "no DSB right after it: the interrupt may still be taken";
            }
            if (after == 2 && before.events().back().kind == Event::dsb && event.kind != Event::isb) {
                return icer + "a DSB but no ISB after it: the interrupt may still be taken";
            }
            return "";
        }};
}

inline Rule sys_tick_reload_fires() {
    return {"systick-reload", "SysTick is started with a reload of 1 to 0xFFFFFF",
            "Cortex-M3 and Cortex-M0 Devices Generic User Guides, 4.4.2 SYST_RVR (\"a start value of 0 is "
            "possible, but has no effect\"); ARMv7-M ARM B3.3",
            [](const Event& event, const History& before) -> std::string {
                if (event.kind != Event::write || event.address != syst_csr || (event.value & 1U) == 0) {
                    return "";
                }
                if (!before.written(syst_rvr)) {
                    return "SYST_CSR enabled with SYST_RVR never written: its reset value is unknown";
                }
                const std::uint32_t reload = before.value(syst_rvr);
                if (reload == 0 || reload > 0x00FF'FFFF) {
                    return "SYST_CSR enabled with SYST_RVR = " + hex(reload) +
                           (reload == 0 ? ": it never fires" : ": RVR has 24 bits");
                }
                return "";
            }};
}

// A chip without SysTick (the nRF51): any access to its registers.
inline Rule no_sys_tick(std::string reference) {
    return {"no-systick", "SysTick is not touched on a chip that has none", std::move(reference),
            [](const Event& event, const History&) -> std::string {
                if (event.is_access() && event.address >= systick_first && event.address <= systick_last) {
                    return std::string(event.kind == Event::read ? "read of " : "write to ") +
                           hex(event.address) +
                           ", a SysTick register: this chip has no SysTick, so nothing answers and no "
                           "SysTick_Handler will ever run";
                }
                return "";
            }};
}

}  // namespace cortex_m

}  // namespace silicon
