#include "drivers/format.hpp"

namespace format {
namespace {

// Digits come out least significant first; write them backwards.
std::size_t unsigned_decimal(std::uint32_t value, char* text) {
    char reversed[10];
    std::size_t count = 0;
    do {
        reversed[count++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0);
    for (std::size_t i = 0; i < count; ++i) {
        text[i] = reversed[count - 1 - i];
    }
    text[count] = '\0';
    return count;
}

}  // namespace

std::size_t decimal(std::uint32_t value, Buffer& text) {
    return unsigned_decimal(value, text);
}

std::size_t decimal(std::int32_t value, Buffer& text) {
    if (value >= 0) {
        return unsigned_decimal(static_cast<std::uint32_t>(value), text);
    }
    // 0 - value in unsigned arithmetic: well defined even for INT32_MIN,
    // whose negation overflows an int32_t.
    text[0] = '-';
    return 1 + unsigned_decimal(0U - static_cast<std::uint32_t>(value), text + 1);
}

std::size_t hex(std::uint32_t value, unsigned min_digits, Buffer& text) {
    unsigned digits = 1;
    while (digits < 8 && (value >> (4 * digits)) != 0) {
        ++digits;
    }
    if (digits < min_digits) {
        digits = min_digits > 8 ? 8 : min_digits;
    }
    text[0] = '0';
    text[1] = 'x';
    for (unsigned i = 0; i < digits; ++i) {
        text[2 + i] = "0123456789abcdef"[(value >> (4 * (digits - 1 - i))) & 0xF];
    }
    text[2 + digits] = '\0';
    return 2 + digits;
}

}  // namespace format
