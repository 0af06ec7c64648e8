#pragma once

#include <concepts>
#include <cstdint>

#include "hal/status.hpp"

// A serial port, one byte at a time, in the non-blocking form: each call
// either does its job at once or says Status::would_block and changes
// nothing. The blocking forms below are built on it, once, for every port.
namespace hal {

// Contract: try_write(b) queues b for sending and returns ok, or returns
// would_block (the transmit queue is full) without queuing anything.
template <typename Port>
concept SerialWriter = requires(Port& port, std::uint8_t byte) {
    { port.try_write(byte) } -> std::same_as<Status>;
};

// Contract: try_read(b) stores the oldest received byte in b and returns
// ok, or returns would_block (nothing received) and leaves b alone, or
// returns error (the byte was damaged, e.g. a framing error).
template <typename Port>
concept SerialReader = requires(Port& port, std::uint8_t& byte) {
    { port.try_read(byte) } -> std::same_as<Status>;
};

// Send one byte, waiting as long as the port says "would block".
template <SerialWriter Port>
Status write(Port& port, std::uint8_t byte) {
    Status status;
    while ((status = port.try_write(byte)) == Status::would_block) {
    }
    return status;
}

// Receive one byte, waiting until there is one.
template <SerialReader Port>
Status read(Port& port, std::uint8_t& byte) {
    Status status;
    while ((status = port.try_read(byte)) == Status::would_block) {
    }
    return status;
}

}  // namespace hal
