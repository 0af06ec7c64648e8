// UART0's receiving half (receive.hpp), by polling: wait while the receive
// FIFO is empty, then take the byte and its error flags in one read of
// UARTDR (LM3S6965 datasheet 12.5: UARTFR, register 4; UARTDR, register 1).
#include "receive.hpp"

namespace receive {

// excerpt: read
Result read_byte(lm3s6965::Pl011& uart, std::uint8_t& byte) {
    using namespace lm3s6965;
    // RXFE: nothing received yet. UARTFR is volatile through the register
    // layer, so every turn of the loop reads it again.
    while (pl011::RxFifoEmpty::get(uart.fr.read()) != 0) {
    }
    // One read: it takes the byte out of the FIFO, with its own flags. A
    // second read would take the next byte.
    const auto data = uart.dr.read();
    byte = static_cast<std::uint8_t>(pl011::DataByte::get(data));
    return pl011::Errors::get(data) == 0 ? Result::ok : Result::error;
}
// end excerpt

}  // namespace receive
