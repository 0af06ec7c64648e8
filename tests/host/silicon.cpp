// The datasheet-strict rules, from the command line: what the lesson checks
// run on a whole program, and what they show the learner.
//
//   silicon replay CHIP [TRACE]  replay a QEMU run's register accesses (its
//                                memory_region_ops_read/write trace, from
//                                TRACE or stdin) through the chip's rules:
//                                exit 0 if it kept them all, else 1 and why
//   silicon rules CHIP           each rule, where it is written, and the host
//                                test that breaks it on purpose
//   silicon baud                 the LM3S6965's UART at 115200 baud from each
//                                clock source, and whether it stays within 2 %
//
// CHIP is lm3s6965 or nrf51. The rules are the strict doubles' own
// (tests/host/doubles/strict_*.hpp): one rule set for host tests and traces.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "doubles/silicon_rules.hpp"
#include "doubles/strict_lm3s6965.hpp"
#include "doubles/strict_nrf51.hpp"

namespace {

const silicon::Chip* chip_named(const std::string& name) {
    if (name == "lm3s6965") {
        return &doubles::StrictLm3s6965::rules();
    }
    if (name == "nrf51") {
        return &doubles::StrictNrf51::rules();
    }
    return nullptr;
}

// The number after `key` ("addr 0x4000c030") in a trace line, if any.
bool number_after(const std::string& line, const std::string& key, std::uint64_t& number) {
    const auto at = line.find(" " + key + " ");
    if (at == std::string::npos) {
        return false;
    }
    number = std::stoull(line.substr(at + key.size() + 2), nullptr, 0);
    return true;
}

// One trace line as an event: QEMU's log backend prints, e.g.,
//   memory_region_ops_write cpu 0 mr 0x... addr 0x4000c030 value 0x301 size 4 name 'pl011'
// (newer QEMUs may put a pid and time before the event's name).
bool parse(const std::string& line, silicon::Event& event) {
    const bool read = line.find("memory_region_ops_read ") != std::string::npos;
    const bool write = line.find("memory_region_ops_write ") != std::string::npos;
    std::uint64_t address = 0, value = 0;
    if ((!read && !write) || !number_after(line, "addr", address) || !number_after(line, "value", value)) {
        return false;
    }
    event = {read ? silicon::Event::read : silicon::Event::write, static_cast<std::uint32_t>(address),
             static_cast<std::uint32_t>(value)};
    return true;
}

// `text` broken into lines of at most `width` characters: the first after
// `first`, the others after `next`.
std::string wrapped(const std::string& text, std::size_t width, const std::string& first,
                    const std::string& next) {
    std::istringstream words(text);
    std::string word, line, out;
    while (words >> word) {
        const std::string& indent = out.empty() ? first : next;
        if (!line.empty() && indent.size() + line.size() + 1 + word.size() > width) {
            out += indent + line + "\n";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    return out + (out.empty() ? first : next) + line + "\n";
}

int replay(const silicon::Chip& chip, std::istream& trace) {
    silicon::Checker checker(chip);
    std::string line;
    std::size_t accesses = 0;
    while (std::getline(trace, line)) {
        silicon::Event event{};
        if (parse(line, event)) {
            checker.see(event);
            ++accesses;
        }
    }
    checker.finish();
    if (accesses == 0) {
        std::cout << "the trace holds no register access: was QEMU run with -trace memory_region_ops_*?\n";
        return 1;
    }
    if (!checker.violations().empty()) {
        std::istringstream report(checker.report());
        while (std::getline(report, line)) {
            const std::string indent(line.find_first_not_of(' '), ' ');
            std::cout << wrapped(line, 100, indent, indent + "    ");
        }
        return 1;
    }
    std::cout << accesses << " register accesses replayed on " << chip.name << ": every one of its "
              << chip.rules.size() << " rules kept\n";
    return 0;
}

void list_rules(const std::string& key, const silicon::Chip& chip) {
    for (const silicon::Rule& rule : chip.rules) {
        std::cout << rule.id << "\n"
                  << wrapped("requires: " + rule.name, 100, "  ", "      ")
                  << wrapped("written in: " + rule.reference, 100, "  ", "      ")
                  << "  broken on purpose by: tests/host/test_strict_" << key << ".cpp, \"" << key
                  << " must fail: " << rule.id << "\"\n";
    }
}

// 115207.4 -> "115 207", as the lessons write numbers.
std::string rounded(double value) {
    char digits[32];
    std::snprintf(digits, sizeof digits, "%.0f", value);
    std::string text = digits;
    for (int at = static_cast<int>(text.size()) - 3; at > 0; at -= 3) {
        text.insert(static_cast<std::size_t>(at), " ");
    }
    return text;
}
std::string percent(double baud) {
    char text[32];
    std::snprintf(text, sizeof text, "%+.2f %%", (baud / 115200 - 1) * 100);
    return text;
}

void baud_table() {
    std::printf("%-50s %-4s %-4s %-19s %-19s %s\n", "UART clock", "IBRD", "FBRD", "baud", "error",
                "within 2 %");
    for (const silicon::ClockSource& source : silicon::lm3s6965_clock_sources()) {
        // A crystal's spread is too small to print: its nominal rate.
        const bool one_rate = source.highest_baud() - source.lowest_baud() < 100;
        const double nominal = lm3s6965::baud_rate(source.nominal_hz, source.divisors);
        const std::string baud =
            one_rate ? rounded(nominal)
                     : rounded(source.lowest_baud()) + " to " + rounded(source.highest_baud());
        const std::string error =
            one_rate ? percent(nominal)
                     : percent(source.lowest_baud()) + " to " + percent(source.highest_baud());
        std::printf("%-50s %-4u %-4u %-19s %-19s %s\n", source.name.c_str(),
                    static_cast<unsigned>(source.divisors.integer),
                    static_cast<unsigned>(source.divisors.fraction), baud.c_str(), error.c_str(),
                    source.within_budget() ? "yes" : "no");
    }
}

int usage() {
    std::cerr
        << "usage: silicon replay lm3s6965|nrf51 [TRACE] | silicon rules lm3s6965|nrf51 | silicon baud\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() == 1 && args[0] == "baud") {
        baud_table();
        return 0;
    }
    if (args.size() < 2) {
        return usage();
    }
    const silicon::Chip* chip = chip_named(args[1]);
    if (chip == nullptr) {
        return usage();
    }
    if (args[0] == "rules" && args.size() == 2) {
        list_rules(args[1], *chip);
        return 0;
    }
    if (args[0] == "replay" && args.size() == 2) {
        return replay(*chip, std::cin);
    }
    if (args[0] == "replay" && args.size() == 3) {
        std::ifstream trace(args[2]);
        if (!trace) {
            std::cout << "no trace at " << args[2] << "\n";
            return 1;
        }
        return replay(*chip, trace);
    }
    return usage();
}
