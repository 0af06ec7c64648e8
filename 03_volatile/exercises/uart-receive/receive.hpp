#pragma once

#include <cstdint>

#include "chips/lm3s6965/pl011.hpp"

// UART0's receiving half, which you write in receive.cpp.
namespace receive {

// How a read went: ok, or error when the UART flagged the byte as damaged
// (an overrun, a break, a parity or a framing error: UARTDR bits 11:8,
// LM3S6965 datasheet 12.5, register 1).
enum class Result { ok, error };

// Wait until the UART has received a byte, then take it: put it in `byte`
// and say ok, or say error if the UART flagged it (what `byte` holds then
// is not to be trusted). Given the UART's registers: main() hands it
// UART0's, the host test a block in RAM.
Result read_byte(lm3s6965::Pl011& uart, std::uint8_t& byte);

}  // namespace receive
