#pragma once

#include "cortex_m/scb.hpp"
#include "registers/register.hpp"

// Ask the core for a system reset (a "warm" reset: RAM keeps its contents;
// the CPU, the peripherals and the program start over from the vector table).
namespace cortex_m {

// The request itself, on the given System Control Block (a host test hands
// it a block in RAM, and sees the barriers around the write).
template <typename Bus>
void write_system_reset_request(ScbRegisters<Bus>& control_block) {
    // Every write before the request (lesson 02's RAM markers, a byte still
    // in the core's write buffer) must have completed before the reset:
    // CMSIS's NVIC_SystemReset puts a DSB here for exactly this (core_cm3.h
    // and core_cm0.h: "Ensure all outstanding memory accesses included
    // buffered write are completed before reset").
    Bus::data_synchronization_barrier();
    // SYSRESETREQ, with the key that makes the write count (ARMv7-M ARM
    // B3.2.6; ARMv6-M ARM B3.2.6).
    control_block.aircr.write(reg::Value<aircr::ApplicationInterruptAndResetControl>{}
                                  .with<aircr::VectorKey>(aircr::vector_key)
                                  .with<aircr::SystemResetRequest>(1));
    // The reset is not instantaneous: the request itself must have left the
    // core before the caller waits for it (CMSIS, the same function).
    Bus::data_synchronization_barrier();
}

// The request on the real SCB, then wait for the reset.
[[noreturn]] void request_system_reset();

}  // namespace cortex_m
