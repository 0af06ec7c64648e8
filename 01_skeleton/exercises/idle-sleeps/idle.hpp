#pragma once

// The idle loop you write in idle.cpp.
namespace idle {

// What the CPU does when it has nothing to do, forever: never returns.
[[noreturn]] void forever();

}  // namespace idle
