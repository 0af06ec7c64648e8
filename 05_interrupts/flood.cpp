// Lesson 05, part 2: bytes arrive on the UART faster than main looks at
// them. The receive interrupt moves each byte into a ring buffer; main
// takes them out and echoes them back. The sender (the check, outside QEMU)
// compares the echo with what it sent: complete and in order, or, with a
// slow consumer, exactly as many missing as main counted as dropped.
#include <cstdint>

#include "chip_hal.hpp"
#include "concurrency/ring_buffer.hpp"
#include "cortex_m/nvic.hpp"
#include "drivers/format.hpp"
#include "runtime/semihosting.hpp"

namespace {

constexpr std::uint32_t flood_bytes = 100'000;

// excerpt: producer
chip::Serial serial;
concurrency::RingBuffer<std::uint8_t, 256> received;

}  // namespace

// The producer: empty the UART into the ring buffer, every byte there is.
extern "C" void UART0_Handler() {
    std::uint8_t byte;
    while (serial.try_read(byte) == hal::Status::ok) {
        received.push(byte);  // full: refused and counted in dropped()
    }
}
// end excerpt

namespace {

// Adler-32 (RFC 1950), the sender computes the same.
class Adler32 {
  public:
    void add(std::uint8_t byte) {
        a_ = (a_ + byte) % 65521;
        b_ = (b_ + a_) % 65521;
    }
    std::uint32_t value() const { return (b_ << 16) | a_; }

  private:
    std::uint32_t a_ = 1, b_ = 0;
};

// A consumer that is busy elsewhere just as the flood starts: it does not
// look until the ring buffer has overflowed, then stays busy a while
// longer. The interrupt goes on receiving, and every byte that finds the
// buffer full is refused and counted.
void be_busy_elsewhere() {
#if defined(VARIANT_FLOOD_SLOW)
    while (received.dropped() == 0) {
    }
    for (std::uint32_t turn = 0; turn < 20'000'000; ++turn) {
        asm volatile("" ::: "memory");
    }
#endif
}

void report(const char* label, std::uint32_t value, bool in_hex = false) {
    semihosting::write(label);
    if (in_hex) {
        semihosting::write_hex(value);
    } else {
        format::Buffer text;
        format::decimal(value, text);
        semihosting::write(text);
    }
    semihosting::write("\n");
}

}  // namespace

// excerpt: consumer
int main() {
    serial.start();
    serial.enable_receive_interrupt();
    cortex_m::enable_irq(chip::serial_irq);
    semihosting::write("ready\n");

    be_busy_elsewhere();
    std::uint32_t count = 0;
    Adler32 checksum;
    // Every byte sent is either received or counted as dropped: stop when
    // they add up. A byte lost silently would make this wait for ever.
    while (count + received.dropped() < flood_bytes) {
        std::uint8_t byte;
        if (received.pop(byte)) {
            checksum.add(byte);
            count = count + 1;
            hal::write(serial, byte);  // the echo
        }
    }
    report("received: ", count);
    report("dropped:  ", received.dropped());
    report("checksum: ", checksum.value(), true);
    return 0;
}
// end excerpt
