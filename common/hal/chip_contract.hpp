#pragma once

#include <concepts>
#include <cstdint>
#include <type_traits>

#include "cortex_m/interrupt_number.hpp"
#include "hal/delay.hpp"
#include "hal/input_pin.hpp"
#include "hal/output_pin.hpp"
#include "hal/serial.hpp"

// The chip contract: what every common/chips/<chip>/chip_hal.hpp gives a
// portable program, role by role, as code. Each chip_hal.hpp includes this
// file last, so every program built for the chip checks it; a role that is
// missing, or does not do its job, stops the build with a message that
// names the role. (The rest of a chip is make's business: chip.mk's
// variables are checked by common/chips/chip_contract.mk.)
namespace chip_contract {

// excerpt: roles
// chip::Serial: the serial port, ready to use once constructed (its
// constructor hands the driver the real registers) and started;
// non-blocking bytes both ways; its receive interrupt switched on and off
// (lesson 05). Its interrupt is chip::serial_irq, its handler UART0_Handler.
template <typename Port>
concept SerialPortSetup = requires(Port& port) {
    Port{};  // constructed with no arguments
    port.start();
    port.enable_receive_interrupt();
    port.disable_receive_interrupt();
};
template <typename Port>
concept SerialPort = SerialPortSetup<Port> && hal::SerialWriter<Port> && hal::SerialReader<Port>;

// chip::DataPin, ClockPin, LatchPin: three pins the shift register drives
// and a program may read back, ready once constructed and started.
template <typename Pin>
concept PinSetup = requires(Pin& pin) {
    Pin{};  // constructed with no arguments
    pin.start_output();
    pin.start_input();
};
template <typename Pin>
concept GpioPin = PinSetup<Pin> && hal::OutputPin<Pin> && hal::InputPin<Pin>;

// chip::Interrupt: the chip's interrupt numbers, a type of its own
// (cortex_m::InterruptNumber); chip::serial_irq is one of them.
template <typename Number>
concept Interrupts = cortex_m::InterruptNumber<Number>;

// chip::Delay: a busy wait, good enough for bit-banging (hal::Delay).
template <typename Timer>
concept BusyWait = std::default_initializable<Timer> && hal::Delay<Timer>;

// chip::name (a const char*) and chip::start_gpio(), which a program calls
// before it starts any pin, and, from lesson 05 on, chip::Tick and
// chip::Core (below) complete the list.
// end excerpt

// excerpt: tick
// chip::Tick: a periodic interrupt, ready once constructed: start(cycles)
// interrupts every `cycles` core clock cycles (2 to 2^24) until stop(); each
// interrupt runs the program's Tick_Handler (declared at the end of this
// file). SysTick where the core has one, another timer where it has not.
template <typename Timer>
concept PeriodicTick = requires(Timer& timer) {
    Timer{};                             // constructed with no arguments
    timer.start(std::uint32_t{50'000});  // a constant: SysTick's period is checked when compiling
    timer.stop();
};

// chip::Core: what the chip's core has of what the architecture leaves
// optional; cortex_m::sys_tick() asks it (cortex_m/systick.hpp).
template <typename Core>
concept CoreOptions = requires {
    { Core::has_sys_tick } -> std::convertible_to<bool>;
};
// end excerpt

// What a role the chip did not define turns out to be: the names below
// stand in for each, so that the checks can say "missing" instead of the
// compiler's "is not a member of 'chip'" somewhere in a program.
struct Missing {};
namespace stand_ins {
using Serial = Missing;
using Interrupt = Missing;
using DataPin = Missing;
using ClockPin = Missing;
using LatchPin = Missing;
using Delay = Missing;
using Tick = Missing;
using Core = Missing;
inline constexpr Missing name{};
inline constexpr Missing serial_irq{};
Missing start_gpio();
}  // namespace stand_ins

template <typename Role>
constexpr bool provided = !std::is_same_v<std::remove_cvref_t<Role>, Missing>;

}  // namespace chip_contract

// A name the chip's own file declares hides its stand-in; only a name it
// forgot falls through to one.
namespace chip {
using namespace chip_contract::stand_ins;
}

namespace chip_contract {

static_assert(provided<decltype(chip::name)>, "chip::name is missing: the chip's name, a const char*");
static_assert(!provided<decltype(chip::name)> || std::is_convertible_v<decltype(chip::name), const char*>,
              "chip::name must be a const char*");
static_assert(provided<chip::Serial>, "chip::Serial is missing: the chip's serial port (see SerialPort)");
static_assert(!provided<chip::Serial> || SerialPort<chip::Serial>,
              "chip::Serial is not a serial port: default-constructible, start(), try_write(), try_read(), "
              "enable_receive_interrupt(), disable_receive_interrupt() (see SerialPort)");
static_assert(provided<chip::Interrupt>,
              "chip::Interrupt is missing: the chip's interrupt numbers, an enum class");
static_assert(!provided<chip::Interrupt> || Interrupts<chip::Interrupt>,
              "chip::Interrupt is not an interrupt number type: an enum class, marked with "
              "cortex_m::is_interrupt_number (see cortex_m/interrupt_number.hpp)");
static_assert(provided<decltype(chip::serial_irq)>,
              "chip::serial_irq is missing: the serial port's interrupt");
static_assert(!provided<decltype(chip::serial_irq)> ||
                  std::is_same_v<std::remove_cvref_t<decltype(chip::serial_irq)>, chip::Interrupt>,
              "chip::serial_irq must be a chip::Interrupt, not a bare number");
static_assert(provided<chip::DataPin>,
              "chip::DataPin is missing: the shift register's data pin (see GpioPin)");
static_assert(provided<chip::ClockPin>,
              "chip::ClockPin is missing: the shift register's clock pin (see GpioPin)");
static_assert(provided<chip::LatchPin>,
              "chip::LatchPin is missing: the shift register's latch pin (see GpioPin)");
static_assert(!provided<chip::DataPin> || GpioPin<chip::DataPin>, "chip::DataPin is not a pin (see GpioPin)");
static_assert(!provided<chip::ClockPin> || GpioPin<chip::ClockPin>,
              "chip::ClockPin is not a pin (see GpioPin)");
static_assert(!provided<chip::LatchPin> || GpioPin<chip::LatchPin>,
              "chip::LatchPin is not a pin (see GpioPin)");
static_assert(provided<decltype(chip::start_gpio())>,
              "chip::start_gpio() is missing: what must run before any pin is started (it may do nothing)");
static_assert(!provided<decltype(chip::start_gpio())> || std::is_void_v<decltype(chip::start_gpio())>,
              "chip::start_gpio() must be a function that returns nothing");
static_assert(provided<chip::Delay>, "chip::Delay is missing: a busy wait (see BusyWait)");
static_assert(!provided<chip::Delay> || BusyWait<chip::Delay>,
              "chip::Delay is not a busy wait: default-constructible, delay_us() (see BusyWait)");
static_assert(provided<chip::Tick>, "chip::Tick is missing: a periodic interrupt (see PeriodicTick)");
static_assert(!provided<chip::Tick> || PeriodicTick<chip::Tick>,
              "chip::Tick is not a periodic tick: start(cycles), stop() (see PeriodicTick)");
static_assert(provided<chip::Core>,
              "chip::Core is missing: what the chip's core has, e.g. static constexpr bool has_sys_tick");
static_assert(!provided<chip::Core> || CoreOptions<chip::Core>,
              "chip::Core must say whether the core has SysTick: static constexpr bool has_sys_tick");

}  // namespace chip_contract

// The handler of chip::Tick's interrupt, which a program defines: each
// chip's own handler (SysTick_Handler, TIMER0_Handler: common/chips/<chip>/
// tick.cpp) acknowledges the interrupt, then calls it. Declared here, with
// C linkage, so that a definition without `extern "C"` keeps the C name.
extern "C" void Tick_Handler();
