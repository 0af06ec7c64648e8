// The periodic tick of each chip (chip::Tick), on register blocks in RAM:
// SysTick on the LM3S6965, TIMER0 on the nRF51, which has no SysTick. The
// tests assert the exact accesses, in order, at the offsets of the ARMv7-M
// ARM (B3.3) and of the nRF51 Reference Manual ("Timer/counter").
#include <cstdint>

#include "catch.hpp"
#include "chips/nrf51/tick.hpp"
#include "cortex_m/systick.hpp"
#include "doubles/recording_bus.hpp"

namespace {

using namespace doubles;  // the recording bus and what it saw

using FakeSysTick = cortex_m::SysTickRegisters<RecordingBus>;
using FakeTimer = nrf51::TimerRegisters<RecordingBus>;

// SysTick: CSR, RVR, CVR; CSR's CLKSOURCE (2), TICKINT (1) and ENABLE (0).
constexpr std::size_t csr = 0x0, rvr = 0x4, cvr = 0x8;
constexpr std::uint32_t core_clock_interrupt_enable = 0b111;

// TIMER (Reference Manual, register overview).
constexpr std::size_t tasks_start = 0x000, tasks_stop = 0x004, tasks_clear = 0x00c, events_compare_0 = 0x140,
                      shorts = 0x200, intenset = 0x304, intenclr = 0x308, mode = 0x504, bitmode = 0x508,
                      prescaler = 0x510, cc_0 = 0x540;
constexpr std::uint32_t compare0_clear = 1U << 0;       // SHORTS COMPARE0_CLEAR
constexpr std::uint32_t compare0_interrupt = 1U << 16;  // INTEN COMPARE0
constexpr std::uint32_t timer_mode = 0, bits_24 = 2;

}  // namespace

TEST_CASE("SysTick tick: reload cycles - 1, counter cleared, then core clock, interrupt and enable at once") {
    FakeSysTick registers{};
    cortex_m::SysTickTimer<RecordingBus> tick{registers};
    doubles::clear_bus_log();

    tick.start(101);
    tick.stop();

    CHECK(accesses_to(registers) == Accesses{
                                        write_of(rvr, 100),
                                        write_of(cvr, 0),
                                        write_of(csr, core_clock_interrupt_enable),
                                        write_of(csr, 0),
                                    });
}

TEST_CASE("nRF51 tick: stopped while set up, 24-bit timer at 16 MHz, CC[0] = cycles, cleared by COMPARE[0]") {
    FakeTimer registers{};
    nrf51::TimerTick<RecordingBus> tick{registers};
    doubles::clear_bus_log();

    tick.start(101);

    // PRESCALER and BITMODE change only while the timer is stopped; START last.
    CHECK(accesses_to(registers) == Accesses{
                                        write_of(tasks_stop, 1),
                                        write_of(tasks_clear, 1),
                                        write_of(mode, timer_mode),
                                        write_of(bitmode, bits_24),
                                        write_of(prescaler, 0),
                                        write_of(cc_0, 101),
                                        write_of(shorts, compare0_clear),
                                        write_of(events_compare_0, 0),
                                        write_of(intenset, compare0_interrupt),
                                        write_of(tasks_start, 1),
                                    });
}

TEST_CASE("nRF51 tick: acknowledge clears COMPARE[0] and reads it back; stop stops and masks") {
    FakeTimer registers{};
    nrf51::TimerTick<RecordingBus> tick{registers};
    doubles::set_by_hardware(registers.events_compare[0], 1);
    doubles::clear_bus_log();

    tick.acknowledge();
    CHECK(accesses_to(registers) == Accesses{write_of(events_compare_0, 0), read_of(events_compare_0, 0)});

    doubles::clear_bus_log();
    tick.stop();
    CHECK(accesses_to(registers) == Accesses{
                                        write_of(tasks_stop, 1),
                                        write_of(intenclr, compare0_interrupt),
                                        write_of(events_compare_0, 0),
                                    });
}
