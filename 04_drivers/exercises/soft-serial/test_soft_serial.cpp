// The software transmitter on the host, on a line an oscilloscope watches:
// the pin records each change of level and when it happened, the delay
// moves the oscilloscope's clock. A receiver's decoder reads the bytes back.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "catch.hpp"
#include "drivers/console.hpp"
#include "hal/serial.hpp"
#include "soft_serial.hpp"

namespace {

// The line: each change of level, with its time in microseconds.
struct Scope {
    std::uint64_t now_us = 0;
    bool driven = false;
    bool level = false;
    std::vector<std::pair<std::uint64_t, bool>> changes;
};

class ScopePin {
  public:
    explicit ScopePin(Scope& scope) : scope_(scope) {}
    void set_high() { drive(true); }
    void set_low() { drive(false); }

  private:
    void drive(bool level) {
        if (!scope_.driven || scope_.level != level) {
            scope_.changes.push_back({scope_.now_us, level});
        }
        scope_.driven = true;
        scope_.level = level;
    }
    Scope& scope_;
};

class ScopeDelay {
  public:
    explicit ScopeDelay(Scope& scope) : scope_(scope) {}
    void delay_us(std::uint32_t microseconds) { scope_.now_us += microseconds; }

  private:
    Scope& scope_;
};

using Transmitter = drivers::SoftSerial<ScopePin, ScopeDelay>;
constexpr double bit_us = 1e6 / 9600;

// The level at time t (an undriven line reads low, as a receiver would see it).
bool level_at(const Scope& scope, double t) {
    bool level = false;
    for (const auto& [time, new_level] : scope.changes) {
        if (static_cast<double>(time) > t) {
            break;
        }
        level = new_level;
    }
    return level;
}

// What a 9600-baud 8N1 receiver reads off the line: it waits for the line
// to fall while high, then samples each bit in its middle; a stop bit read
// low is a framing error, '!'.
std::string received(const Scope& scope) {
    std::string bytes;
    double not_before = 0;
    for (std::size_t at = 1; at < scope.changes.size(); ++at) {
        const auto [time, level] = scope.changes[at];
        const double start = static_cast<double>(time);
        if (level || start < not_before) {
            continue;
        }
        unsigned byte = 0;
        for (int bit = 0; bit < 8; ++bit) {
            byte |= (level_at(scope, start + (bit + 1.5) * bit_us) ? 1U : 0U) << bit;
        }
        bytes += level_at(scope, start + 9.5 * bit_us) ? static_cast<char>(byte) : '!';
        not_before = start + 9.5 * bit_us;
    }
    return bytes;
}

std::string sent(const std::string& text) {
    Scope scope;
    ScopePin pin{scope};
    ScopeDelay delay{scope};
    Transmitter serial{pin, delay};
    serial.start();
    for (char c : text) {
        hal::write(serial, static_cast<std::uint8_t>(c));
    }
    scope.now_us += 1000;  // the line, a while after
    return received(scope);
}

}  // namespace

TEST_CASE("it is a hal::SerialWriter") {
    STATIC_REQUIRE(hal::SerialWriter<Transmitter>);
}

TEST_CASE("once started, the line idles high") {
    Scope scope;
    ScopePin pin{scope};
    ScopeDelay delay{scope};
    Transmitter serial{pin, delay};
    serial.start();
    CHECK(scope.driven);
    CHECK(scope.level);
}

TEST_CASE("'U' goes out as a start bit, its bits least significant first, a stop bit, 104 us each") {
    CHECK(sent("U") == "U");
    // 'U' is 0x55: low (start), 1 0 1 0 1 0 1 0, high (stop): the line
    // changes at every bit, one bit time apart (9600 baud, within 2 %).
    Scope scope;
    ScopePin pin{scope};
    ScopeDelay delay{scope};
    Transmitter serial{pin, delay};
    serial.start();
    hal::write(serial, std::uint8_t{'U'});
    CHECK(scope.changes.size() == 11);  // idle high, then ten changes
    if (scope.changes.size() != 11) {
        return;
    }
    for (std::size_t at = 2; at < scope.changes.size(); ++at) {
        const double apart = static_cast<double>(scope.changes[at].first - scope.changes[at - 1].first);
        INFO("change " << at << " came " << apart << " us after the one before");
        CHECK(apart >= bit_us * 0.98);
        CHECK(apart <= bit_us * 1.02);
    }
}

TEST_CASE("byte after byte, each with its stop bit: every value comes through") {
    CHECK(sent("AB") == "AB");
    CHECK(sent(std::string("\x00\x01\x80\xFF", 4)) == std::string("\x00\x01\x80\xFF", 4));
}

TEST_CASE("drivers::Console prints a whole line through it") {
    Scope scope;
    ScopePin pin{scope};
    ScopeDelay delay{scope};
    Transmitter serial{pin, delay};
    serial.start();
    drivers::Console console{serial};
    console.print("hi, 9600 baud\n");
    scope.now_us += 1000;
    CHECK(received(scope) == "hi, 9600 baud\n");
}
