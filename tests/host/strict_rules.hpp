#pragma once

#include <string>

#include "catch.hpp"
#include "doubles/strict_chip.hpp"

// What the strict-chip tests ask of a report, in one place.
namespace strict_rules {

// The program kept every rule of its chip.
inline void kept_every_rule(doubles::StrictChip& chip) {
    const std::string report = chip.report();
    INFO(report);
    CHECK(report.empty());
}

// The program broke the rule `id`, and no other, and the report says which
// rule, what happened and where the rule is written.
inline void broke_only(doubles::StrictChip& chip, const silicon::Chip& rules, const std::string& id) {
    const std::string report = chip.report();
    INFO(report);
    REQUIRE(chip.broke(id));
    for (const silicon::Violation& violation : chip.violations()) {
        CHECK(violation.id == id);
    }
    for (const silicon::Rule& rule : rules.rules) {
        if (rule.id == id) {
            CHECK(report.find(rule.name) != std::string::npos);
            CHECK(report.find(rule.reference) != std::string::npos);
        }
    }
    CHECK(report.find("what happened: ") != std::string::npos);
}

}  // namespace strict_rules
