#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>

#include "hal/serial.hpp"

namespace doubles {

// A serial port backed by memory: what is written lands in `sent`; what a
// test puts in `to_receive` comes out of try_read. `room` limits how many
// bytes try_write accepts before it says would_block, to test callers'
// waiting; make_room() frees space as a draining FIFO would.
class BufferSerial {
  public:
    hal::Status try_write(std::uint8_t byte) {
        if (room == 0) {
            ++refused_writes;
            return hal::Status::would_block;
        }
        --room;
        sent += static_cast<char>(byte);
        return hal::Status::ok;
    }

    hal::Status try_read(std::uint8_t& byte) {
        if (to_receive.empty()) {
            return hal::Status::would_block;
        }
        byte = static_cast<std::uint8_t>(to_receive.front());
        to_receive.pop_front();
        return hal::Status::ok;
    }

    std::string sent;
    std::deque<char> to_receive;
    std::size_t room = SIZE_MAX;
    std::size_t refused_writes = 0;
};

static_assert(hal::SerialWriter<BufferSerial> && hal::SerialReader<BufferSerial>);

}  // namespace doubles
