// Baud-rate arithmetic, per clock source: the PL011's divisors (LM3S6965
// datasheet 12.3.2, BRD = clock / (16 * baud), its fraction in 64ths) and
// the rate they give across the clock's tolerance. A UART stays within 2 %
// of 115200 baud from a crystal; not from the internal oscillator, whose
// frequency TI gives as 12 MHz +/- 30 % (rev A2) or 16 MHz (later parts).
#include <cmath>
#include <cstdint>
#include <string>

#include "catch.hpp"
#include "chips/lm3s6965/hal.hpp"
#include "doubles/strict_lm3s6965.hpp"

namespace {

using lm3s6965::baud_divisors;
using lm3s6965::baud_rate;
using lm3s6965::BaudDivisors;

silicon::ClockSource source(const std::string& starts_with) {
    for (const silicon::ClockSource& candidate : silicon::lm3s6965_clock_sources()) {
        if (candidate.name.rfind(starts_with, 0) == 0) {
            return candidate;
        }
    }
    FAIL("no clock source named " << starts_with);
    return {};
}

long rounded(double baud) {
    return std::lround(baud);
}

}  // namespace

TEST_CASE("lm3s6965 baud: the divisors for 115200 baud, by hand") {
    STATIC_REQUIRE(baud_divisors(12'500'000, 115'200) == BaudDivisors{6, 50});  // 434 64ths
    STATIC_REQUIRE(baud_divisors(8'000'000, 115'200) == BaudDivisors{4, 22});   // 278 64ths: TI's uart_echo
    STATIC_REQUIRE(baud_divisors(12'000'000, 115'200) == BaudDivisors{6, 33});  // 417 64ths
    STATIC_REQUIRE(lm3s6965::divisors_115200 == BaudDivisors{6, 50});           // what the driver writes
}

TEST_CASE("lm3s6965 baud: the PLL from the 8 MHz crystal, 12.5 MHz: 115 207 baud, within 2 %") {
    const silicon::ClockSource pll = source("the PLL");
    CHECK(pll.divisors == BaudDivisors{6, 50});
    CHECK(rounded(baud_rate(12.5e6, pll.divisors)) == 115'207);
    CHECK(pll.within_budget());
}

TEST_CASE("lm3s6965 baud: the 8 MHz crystal alone, TI's uart_echo: 115 108 baud, within 2 %") {
    const silicon::ClockSource crystal = source("the 8 MHz crystal");
    CHECK(crystal.divisors == BaudDivisors{4, 22});
    CHECK(rounded(baud_rate(8e6, crystal.divisors)) == 115'108);
    CHECK(crystal.within_budget());
}

TEST_CASE(
    "lm3s6965 baud must fail: the internal oscillator, rev A2, 12 MHz +/- 30 %: 80 576 to 149 640 baud") {
    const silicon::ClockSource internal = source("the internal oscillator, rev A2");
    CHECK(internal.divisors == BaudDivisors{6, 33});
    CHECK(rounded(internal.lowest_baud()) == 80'576);
    CHECK(rounded(internal.highest_baud()) == 149'640);
    CHECK_FALSE(internal.within_budget());
}

TEST_CASE("lm3s6965 baud must fail: the internal oscillator, later revisions, 16 MHz: 153 477 baud, +33 %") {
    const silicon::ClockSource internal = source("the internal oscillator, later");
    CHECK(internal.divisors == BaudDivisors{6, 33});  // computed for 12 MHz
    CHECK(rounded(internal.lowest_baud()) == 153'477);
    CHECK(std::lround((internal.lowest_baud() / 115'200 - 1) * 100) == 33);
    CHECK_FALSE(internal.within_budget());
}
