#pragma once

#include "chip_hal.hpp"

// Two jobs, each run by an interrupt the program raises itself (through the
// NVIC's set-pending register, as a peripheral would): the urgent one by
// UART0's (chip::serial_irq, handler UART0_Handler), the slow one by
// another that nothing else uses (slow_job_<chip>.cpp says which).
namespace jobs {

extern const chip::Interrupt slow_irq;

// Their handlers call these (main.cpp).
void slow();
void urgent();

// Written by you in priorities.cpp, called by main before it enables the
// two interrupts: their priorities, so that the urgent job preempts the
// slow one, and the slow one waits for the urgent one.
void set_priorities();

}  // namespace jobs
