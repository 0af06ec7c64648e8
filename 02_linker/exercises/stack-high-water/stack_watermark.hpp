#pragma once

#include <cstdint>

// A stack high-water mark, which you write in stack_watermark.cpp: how many
// bytes of the stack the program has ever used, counted down from its top
// (__stack_top, the end of RAM; lesson 02).
namespace stack_watermark {

// Fill the part of the stack that is not in use yet with a pattern. Called
// once, first thing in main().
void paint_stack();

// How many bytes below __stack_top the stack has ever reached since
// paint_stack(): the painted words no longer hold the pattern.
std::uint32_t bytes_used();

}  // namespace stack_watermark
