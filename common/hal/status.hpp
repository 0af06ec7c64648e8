#pragma once

// How a HAL operation went, as a value: there are no exceptions here, and a
// caller must see "not now" as plainly as "done".
namespace hal {

enum class Status {
    ok,           // done
    would_block,  // not possible right now (FIFO full, nothing received): try again later
    error,        // the peripheral reported a fault (framing, overrun, ...)
};

}  // namespace hal
