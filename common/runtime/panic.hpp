#pragma once

// Where every unrecoverable error ends. Bare metal has no OS to catch a
// crash and print a stack trace, so the firmware parks the CPU in a known
// place instead of running on into garbage: a debugger attached later finds
// it here, with the reason and the caller's frame intact.
[[noreturn]] void panic(const char* reason);

// Called by panic() before it halts. The default does nothing (lesson 01 has
// no way to print); a later lesson defines its own to say why it stopped.
void report_panic(const char* reason);
