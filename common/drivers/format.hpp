#pragma once

#include <cstddef>
#include <cstdint>

// Numbers as text, without printf: into a caller's buffer, no heap, no
// locale, no exceptions. Portable: tested on the host, used on every chip.
namespace format {

// Enough for "-2147483648" and for "0x" + 8 hex digits, plus a NUL.
constexpr std::size_t buffer_size = 12;
using Buffer = char[buffer_size];

// Writes the decimal form of value into text, NUL-terminated; returns its
// length. INT32_MIN included (its magnitude does not fit an int32_t).
std::size_t decimal(std::int32_t value, Buffer& text);
std::size_t decimal(std::uint32_t value, Buffer& text);

// Writes "0x" and at least min_digits (1 to 8) lower-case hex digits,
// zero-padded; more if the value needs them. Returns the length.
std::size_t hex(std::uint32_t value, unsigned min_digits, Buffer& text);

}  // namespace format
