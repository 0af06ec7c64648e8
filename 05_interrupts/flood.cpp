// Lesson 05, part 2: bytes arrive on the UART faster than main looks at
// them. The receive interrupt moves them into a ring buffer; main takes them
// out and echoes them back. The sender (the check, outside QEMU) compares the
// echo with what it sent.
//
// What happens when the ring buffer is full is a policy, one per variant
// (05_interrupts/Makefile):
//   flood       flow control: the interrupt stops taking bytes until main
//               has made room; nothing can be lost, however slow main is.
//   flood-slow  the same, with main as slow as it can be and still finish:
//               it takes bytes only while the buffer is full.
//   flood-drop  drop and count: the interrupt takes every byte and the ring
//               buffer refuses, and counts, those it has no room for; main
//               looks away until that has happened.
#include <atomic>
#include <cstdint>

#include "chip_hal.hpp"
#include "concurrency/critical_section.hpp"
#include "concurrency/ring_buffer.hpp"
#include "cortex_m/nvic.hpp"
#include "drivers/format.hpp"
#include "runtime/host.hpp"

namespace {

// The variant, as constants (the Makefile defines VARIANT_FLOOD_...).
#if defined(VARIANT_FLOOD_DROP)
constexpr bool flow_control = false;
#else
constexpr bool flow_control = true;
#endif
#if defined(VARIANT_FLOOD_SLOW)
constexpr bool slow_consumer = true;
#else
constexpr bool slow_consumer = false;
#endif

// The sender's byte count (05_interrupts/checks.sh sends the same), for
// every policy: 78 times the ring buffer's 256 bytes. A consumer slower than
// the sender (flood-slow and flood-drop make sure of it) finds the buffer
// full again and again; more bytes would only repeat the same.
constexpr std::uint32_t flood_bytes = 20'000;

// excerpt: shared
chip::Serial serial;
concurrency::RingBuffer<std::uint8_t, 256> received;
// True while the receive interrupt is masked because the buffer was full.
// The handler sets it as it masks; main clears it as it unmasks.
std::atomic<bool> receive_paused{false};
std::uint32_t resumes;  // how often main unmasked (main alone touches it)
// end excerpt

// excerpt: flow-control
// Flow control: take a byte out of the UART only when the buffer has room
// for it. Full: mask the receive interrupt and return, leaving the rest in
// the UART's FIFO. When that fills too, the sender must wait: on a real
// link the UART's RTS line tells it to; QEMU's models simply take no byte
// from the host until the FIFO has room.
void receive_with_flow_control() {
    std::uint8_t byte;
    while (received.size() < received.capacity) {
        if (serial.try_read(byte) != hal::Status::ok) {
            return;  // the UART is empty: wait for the next interrupt
        }
        received.push(byte);  // there is room: cannot be refused
    }
    serial.disable_receive_interrupt();
    receive_paused.store(true, std::memory_order_relaxed);
}

// Main's half: once the buffer is at most half full, unmask. Bytes waiting
// in the UART raise the interrupt at once: its status is a level, set for
// as long as a byte waits, whatever the mask. Half rather than "one slot
// free": the interrupt is then masked once per 128 bytes, not once per byte.
void resume_receiving_when_half_empty() {
    if (!receive_paused.load(std::memory_order_relaxed) || received.size() > received.capacity / 2) {
        return;
    }
    // The handler must not run in between: flag and mask change together,
    // and on the PL011 unmasking is a read-modify-write of UARTIM, the
    // register the handler writes to mask.
    concurrency::CriticalSection guard;
    receive_paused.store(false, std::memory_order_relaxed);
    serial.enable_receive_interrupt();
    resumes = resumes + 1;
}
// end excerpt

// excerpt: drop
// Drop and count: empty the UART into the ring buffer, every byte there is;
// when the buffer is full the byte is refused and counted in dropped().
void receive_dropping_when_full() {
    std::uint8_t byte;
    while (serial.try_read(byte) == hal::Status::ok) {
        received.push(byte);
    }
}
// end excerpt

}  // namespace

extern "C" void UART0_Handler() {
    if constexpr (flow_control) {
        receive_with_flow_control();
    } else {
        receive_dropping_when_full();
    }
}

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

void spin(std::uint32_t turns) {
    for (std::uint32_t turn = 0; turn < turns; ++turn) {
        asm volatile("" ::: "memory");
    }
}

// excerpt: sleep
// Nothing to do: sleep until an interrupt (WFI) instead of spinning. Look
// and sleep with interrupts masked: an interrupt that comes after the look
// is then not taken before the WFI, which would sleep past it (perhaps for
// ever, if it brought the last byte); it stays pending, and a pending
// interrupt wakes WFI even while PRIMASK masks it (ARMv7-M ARM B1.5.19). It
// is taken as soon as the critical section ends.
void sleep_until_a_byte_arrives() {
    concurrency::CriticalSection guard;
    if (received.size() == 0) {
        asm volatile("wfi" ::: "memory");
    }
}
// end excerpt

// Sleep, as sleep_until_a_byte_arrives() does, for as long as WAITING()
// holds: each interrupt wakes the CPU and WAITING() is asked again.
template <typename Condition>
void sleep_while(Condition waiting) {
    while (waiting()) {
        concurrency::CriticalSection guard;
        if (waiting()) {
            asm volatile("wfi" ::: "memory");
        }
    }
}

// Without flow control, a consumer that is busy elsewhere just as the flood
// starts: it does not look until the buffer has refused a byte, then stays
// busy a while longer.
void be_busy_elsewhere() {
    if constexpr (!flow_control) {
        sleep_while([] { return received.dropped() == 0; });
        spin(2'000'000);
    }
}

// The slowest consumer that can still finish (flood-slow): it takes a byte
// only while it must, while the buffer is full and the handler has masked
// the interrupt; then, once it has unmasked it, it waits until the buffer is
// full again. (Or until the rest of the flood is in the buffer: it would
// wait for ever otherwise.) The receiver is then paused each time the buffer
// fills, a number of times that follows from the byte counts alone.
void dawdle(std::uint32_t count) {
    if constexpr (slow_consumer) {
        sleep_while([count] {
            return !receive_paused.load(std::memory_order_relaxed) && count + received.size() < flood_bytes;
        });
    }
}

void report(const char* label, std::uint32_t value, bool in_hex = false) {
    host::write(label);
    if (in_hex) {
        host::write_hex(value);
    } else {
        format::Buffer text;
        format::decimal(value, text);
        host::write(text);
    }
    host::write("\n");
}

}  // namespace

// excerpt: consumer
int main() {
    serial.start();
    serial.enable_receive_interrupt();
    cortex_m::enable_irq(chip::serial_irq);
    // Tell the sender, on the UART itself, that it may start: what the RTS
    // line says on a real link. A byte sent before start() may be lost.
    for (const char* text = "ready\n"; *text != '\0'; ++text) {
        hal::write(serial, static_cast<std::uint8_t>(*text));
    }
    host::write("ready\n");

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
        } else {
            sleep_until_a_byte_arrives();
        }
        if constexpr (flow_control) {
            resume_receiving_when_half_empty();
        }
        dawdle(count);
    }
    report("received: ", count);
    report("dropped:  ", received.dropped());
    report("checksum: ", checksum.value(), true);
    if constexpr (slow_consumer) {
        report("resumed:  ", resumes);
    }
    return 0;
}
// end excerpt
