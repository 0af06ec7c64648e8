// What a failed assert() calls: newlib's assert(), in <cassert>, calls
// __assert_func with the file, the line, the function and the expression,
// as text. This one hands panic() "board.cpp:16: hertz >= minimum_hertz":
// where, and what.
#include <cassert>
#include <cstddef>

#include "runtime/panic.hpp"

namespace {

// excerpt: text
// Text built piece by piece in a fixed buffer, cut short rather than
// overflowing it. No heap, no printf, no memcpy or memset (lesson 01 has
// none): loops only, and no initialiser for the buffer.
class Text {
  public:
    Text() { characters_[0] = '\0'; }

    void append(const char* text) {
        for (; *text != '\0' && length_ < capacity - 1; ++text) {
            characters_[length_] = *text;
            length_ = length_ + 1;
        }
        characters_[length_] = '\0';
    }

    void append_decimal(int value) {
        if (value < 0) {
            append("-");
        }
        // Digits come out least significant first: fill from the end.
        char digits[12];
        std::size_t first = sizeof digits - 1;
        digits[first] = '\0';
        unsigned magnitude = value < 0 ? 0U - static_cast<unsigned>(value) : static_cast<unsigned>(value);
        do {
            first = first - 1;
            digits[first] = static_cast<char>('0' + magnitude % 10);
            magnitude = magnitude / 10;
        } while (magnitude != 0);
        append(&digits[first]);
    }

    const char* text() const { return characters_; }

  private:
    static constexpr std::size_t capacity = 64;
    char characters_[capacity];
    std::size_t length_ = 0;
};
// end excerpt

}  // namespace

// excerpt: hook
extern "C" [[noreturn]] void __assert_func(const char* file, int line, const char* /*function*/,
                                           const char* expression) {
    // In this frame, which panic() never leaves: the text lives on.
    Text reason;
    reason.append(file);
    reason.append(":");
    reason.append_decimal(line);
    reason.append(": ");
    reason.append(expression);
    panic(reason.text());
}
// end excerpt
