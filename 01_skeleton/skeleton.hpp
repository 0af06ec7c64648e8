#pragma once

namespace skeleton {

// What a real Reset_Handler does first: check the stack, start clocks.
void start_hardware();

// Nothing to do yet, forever. Returning is not an option: there is no caller.
[[noreturn]] void idle();

}  // namespace skeleton
