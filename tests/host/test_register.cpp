// The register layer on fake register memory: a peripheral struct placed in
// ordinary host memory, with a bus that records every access, so the tests
// can assert exactly which reads and writes happen, in which order.
#include <cstdint>
#include <vector>

#include "catch.hpp"
#include "chips/lm3s6965/pl011.hpp"
#include "chips/lm3s6965/pl061.hpp"
#include "registers/register.hpp"

namespace {

struct Access {
    bool is_write;
    std::uintptr_t address;
    std::uint32_t value;
    bool operator==(const Access&) const = default;
};

std::vector<Access> accesses;

// A reg::Mmio stand-in: same interface, but it logs each access.
struct RecordingBus {
    template <typename Value>
    static Value read(const Value& storage) {
        accesses.push_back({false, reinterpret_cast<std::uintptr_t>(&storage), storage});
        return storage;
    }
    template <typename Value>
    static void write(Value& storage, Value value) {
        accesses.push_back({true, reinterpret_cast<std::uintptr_t>(&storage), value});
        storage = value;
    }
};

using FakeUart = lm3s6965::Pl011Registers<RecordingBus>;
using FakeGpio = lm3s6965::Pl061Registers<RecordingBus>;

template <typename Peripheral>
std::uintptr_t offset_of_access(const Peripheral& peripheral, const Access& access) {
    return access.address - reinterpret_cast<std::uintptr_t>(&peripheral);
}

}  // namespace

TEST_CASE("the fake peripherals have the datasheet's layout") {
    STATIC_REQUIRE(sizeof(FakeUart) == 0x48);
    STATIC_REQUIRE(offsetof(FakeUart, fr) == 0x18);
    STATIC_REQUIRE(offsetof(FakeGpio, dir) == 0x400);
}

TEST_CASE("write is one store, read is one load, at the register's offset") {
    FakeUart uart{};
    accesses.clear();
    uart.ibrd.write(6);
    const auto value = uart.ibrd.read();
    REQUIRE(value == 6);
    REQUIRE(accesses.size() == 2);
    CHECK(accesses[0].is_write);
    CHECK(offset_of_access(uart, accesses[0]) == 0x24);
    CHECK(accesses[0].value == 6);
    CHECK_FALSE(accesses[1].is_write);
    CHECK(offset_of_access(uart, accesses[1]) == 0x24);
}

TEST_CASE("modify is exactly one read then one write of the same register") {
    FakeUart uart{};
    uart.ctl.write(0x300);
    accesses.clear();
    uart.ctl.modify([](std::uint32_t value) { return lm3s6965::pl011::UartEnable::set(value, 1); });
    REQUIRE(accesses.size() == 2);
    CHECK_FALSE(accesses[0].is_write);
    CHECK(accesses[1].is_write);
    CHECK(offset_of_access(uart, accesses[0]) == 0x30);
    CHECK(offset_of_access(uart, accesses[1]) == 0x30);
    CHECK(accesses[1].value == 0x301);
}

TEST_CASE("a field write leaves every other bit, reserved ones included, as it was") {
    using WordLength = lm3s6965::pl011::WordLength;  // bits 6:5
    const std::uint32_t before = 0xFFFF'FF9F;        // every bit set but the field's
    const std::uint32_t after = WordLength::set(before, 0b11);
    CHECK(after == 0xFFFF'FFFF);
    CHECK(WordLength::set(0xFFFF'FFFF, 0b01) == 0xFFFF'FFBF);
    CHECK(WordLength::get(0x0000'0060) == 0b11);
    STATIC_REQUIRE(WordLength::mask == 0x60);
}

TEST_CASE("a field value too wide for the field cannot spill into its neighbours") {
    using FifoEnable = lm3s6965::pl011::FifoEnable;  // bit 4 alone
    CHECK(FifoEnable::set(0, 0b11) == 0x10);
}

TEST_CASE("GPIO data[mask] is the masked address the PL061 decodes") {
    FakeGpio port{};
    accesses.clear();
    port.data[lm3s6965::pin_mask(0)].write(1);
    port.data[0xff].read();
    REQUIRE(accesses.size() == 2);
    CHECK(offset_of_access(port, accesses[0]) == 0x004);  // address bit 2 = pin 0
    CHECK(offset_of_access(port, accesses[1]) == 0x3fc);  // all eight pins
}

TEST_CASE("a polling loop reads the flag register on every turn") {
    FakeUart uart{};
    accesses.clear();
    int turns = 0;
    while (lm3s6965::pl011::TxFifoFull::get(uart.fr.read()) == 0 && turns < 3) {
        ++turns;
    }
    CHECK(accesses.size() == 4);
    for (const auto& access : accesses) {
        CHECK_FALSE(access.is_write);
        CHECK(offset_of_access(uart, access) == 0x18);
    }
}
