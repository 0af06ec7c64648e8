// The register layer on fake register memory: a peripheral struct placed in
// ordinary host memory, with a bus that records every access, so the tests
// can assert exactly which reads and writes happen, in which order.
#include <concepts>
#include <cstdint>
#include <type_traits>
#include <vector>

#include "catch.hpp"
#include "chips/lm3s6965/pl011.hpp"
#include "chips/lm3s6965/pl061.hpp"
#include "cortex_m/nvic.hpp"
#include "cortex_m/scb.hpp"
#include "doubles/recording_bus.hpp"
#include "registers/register.hpp"

namespace {

using namespace doubles;  // the recording bus and what it saw

using FakeUart = lm3s6965::Pl011Registers<RecordingBus>;
using FakeGpio = lm3s6965::Pl061Registers<RecordingBus>;
using FakeNvic = cortex_m::NvicRegisters<RecordingBus>;
using FakeScb = cortex_m::ScbRegisters<RecordingBus>;

// What a register type offers, asked the way a program would call it.
struct KeepAsIs {
    std::uint32_t operator()(std::uint32_t value) const { return value; }
};
template <typename Register>
concept HasRead = requires(Register& r) {
    { r.read() } -> std::convertible_to<std::uint32_t>;
};
template <typename Register>
concept HasWrite = requires(Register& r) {
    { r.write(0U) } -> std::same_as<void>;
};
template <typename Register>
concept HasModify = requires(Register& r) {
    { r.modify(KeepAsIs{}) } -> std::same_as<void>;
};

}  // namespace

TEST_CASE("the fake peripherals have the datasheet's layout") {
    STATIC_REQUIRE(sizeof(FakeUart) == 0x48);
    STATIC_REQUIRE(offsetof(FakeUart, fr) == 0x18);
    STATIC_REQUIRE(offsetof(FakeGpio, dir) == 0x400);
    STATIC_REQUIRE(offsetof(FakeNvic, icer) == 0x80);
}

TEST_CASE("write is one store, read is one load, at the register's offset") {
    FakeUart uart{};
    doubles::clear_bus_log();
    uart.ibrd.write(6);
    const auto value = uart.ibrd.read();
    CHECK(value == 6);
    CHECK(accesses_to(uart) == Accesses{write_of(0x24, 6), read_of(0x24, 6)});
}

TEST_CASE("modify is exactly one read then one write of the same register") {
    FakeUart uart{};
    uart.ctl.write(0x300);
    doubles::clear_bus_log();
    uart.ctl.modify([](std::uint32_t value) { return lm3s6965::pl011::UartEnable::set(value, 1); });
    CHECK(accesses_to(uart) == Accesses{read_of(0x30, 0x300), write_of(0x30, 0x301)});
}

TEST_CASE("each access type offers exactly its operations") {
    STATIC_REQUIRE(HasRead<reg::ReadOnly<>> && !HasWrite<reg::ReadOnly<>> && !HasModify<reg::ReadOnly<>>);
    STATIC_REQUIRE(!HasRead<reg::WriteOnly<>> && HasWrite<reg::WriteOnly<>> && !HasModify<reg::WriteOnly<>>);
    STATIC_REQUIRE(HasRead<reg::ReadWrite<>> && HasWrite<reg::ReadWrite<>> && HasModify<reg::ReadWrite<>>);
    // Write-1-to-clear and write-1-to-set: read and write, never modify.
    STATIC_REQUIRE(HasRead<reg::WriteOneToClear<>> && HasWrite<reg::WriteOneToClear<>>);
    STATIC_REQUIRE(HasRead<reg::WriteOneToSet<>> && HasWrite<reg::WriteOneToSet<>>);
    STATIC_REQUIRE(!HasModify<reg::WriteOneToClear<>> && !HasModify<reg::WriteOneToSet<>>);
}

TEST_CASE("the set and clear registers of the core are typed as such") {
    using Nvic = cortex_m::Nvic;
    using Scb = cortex_m::Scb;
    STATIC_REQUIRE(!HasModify<decltype(Nvic::iser[0])> && !HasModify<decltype(Nvic::icer[0])>);
    STATIC_REQUIRE(!HasModify<decltype(Nvic::ispr[0])> && !HasModify<decltype(Nvic::icpr[0])>);
    STATIC_REQUIRE(!HasModify<decltype(Scb::cfsr)> && !HasModify<decltype(Scb::hfsr)>);
    STATIC_REQUIRE(HasModify<decltype(Scb::ccr)> && HasModify<decltype(Nvic::ipr[0])>);
}

TEST_CASE("clearing one bit of a write-1-to-clear register is one write of that bit alone") {
    FakeNvic nvic{};
    FakeScb scb{};
    doubles::clear_bus_log();
    nvic.icer[0].write(1U << 5);  // disable interrupt 5, and no other
    scb.cfsr.write(1U << 25);     // clear DIVBYZERO, and no other fault bit
    CHECK(accesses_to(nvic) == Accesses{write_of(0x080, 1U << 5)});
    CHECK(accesses_to(scb) == Accesses{write_of(0xd28 - 0xd00, 1U << 25)});
}

TEST_CASE("a value is built field by field, each field in its place") {
    using namespace lm3s6965::pl011;
    constexpr auto control = reg::Value<Control>{}.with<UartEnable>(1).with<TxEnable>(1).with<RxEnable>(1);
    constexpr auto line_control = reg::Value<LineControl>{}.with<WordLength>(0b11).with<FifoEnable>(1);
    STATIC_REQUIRE(control == 0x301);
    STATIC_REQUIRE(line_control == 0x70);
    STATIC_REQUIRE(RxEnable::get(control) == 1 && TxEnable::get(control) == 1);
    STATIC_REQUIRE(WordLength::get(line_control) == 0b11);
    // A field's value is a value of its register's layout, nothing else.
    STATIC_REQUIRE(std::is_same_v<decltype(UartEnable::set(0, 1)), reg::Value<Control>>);
    STATIC_REQUIRE(std::is_same_v<decltype(FakeUart{}.ctl.read()), reg::Value<Control>>);
    STATIC_REQUIRE(std::is_same_v<decltype(FakeUart{}.ibrd.read()), std::uint32_t>);
}

TEST_CASE("a value built from fields is written as one store of the whole register") {
    FakeUart uart{};
    doubles::clear_bus_log();
    uart.lcrh.write(reg::Value<lm3s6965::pl011::LineControl>{}.with<lm3s6965::pl011::FifoEnable>(1));
    CHECK(accesses_to(uart) == Accesses{write_of(0x2c, 0x10)});
}

TEST_CASE("a field write leaves every other bit, reserved ones included, as it was") {
    using WordLength = lm3s6965::pl011::WordLength;  // bits 6:5
    const std::uint32_t before = 0xFFFF'FF9F;        // every bit set but the field's
    CHECK(WordLength::set(before, 0b11) == 0xFFFF'FFFF);
    CHECK(WordLength::set(0xFFFF'FFFF, 0b01) == 0xFFFF'FFBF);
    CHECK(WordLength::get(reg::Value<lm3s6965::pl011::LineControl>{0x0000'0060}) == 0b11);
    STATIC_REQUIRE(WordLength::mask == 0x60);
}

TEST_CASE("a field value too wide for the field cannot spill into its neighbours") {
    using FifoEnable = lm3s6965::pl011::FifoEnable;  // bit 4 alone
    CHECK(FifoEnable::set(0, 0b11) == 0x10);
}

TEST_CASE("GPIO data[mask] is the masked address the PL061 decodes") {
    FakeGpio port{};
    doubles::clear_bus_log();
    port.data[lm3s6965::pin_mask(0)].write(1);
    port.data[0xff].read();
    CHECK(accesses_to(port) == Accesses{write_of(0x004, 1), read_of(0x3fc, 0)});  // pin 0; all eight pins
}

TEST_CASE("a polling loop reads the flag register on every turn") {
    FakeUart uart{};
    doubles::clear_bus_log();
    int turns = 0;
    while (lm3s6965::pl011::TxFifoFull::get(uart.fr.read()) == 0 && turns < 3) {
        ++turns;
    }
    CHECK(accesses_to(uart) == Accesses(4, read_of(0x18, 0)));
}
