// Interrupt numbers are a type per chip: the NVIC's functions take a chip's
// enum class, and nothing else, and each enum numbers its interrupts as
// the chip's vector table does.
#include <concepts>

#include "catch.hpp"
#include "chips/lm3s6965/interrupts.hpp"
#include "chips/nrf51/interrupts.hpp"
#include "cortex_m/nvic.hpp"
#include "hal/status.hpp"

namespace {

template <typename Number>
concept CanEnable = requires(Number irq) {
    { cortex_m::enable_irq(irq) } -> std::same_as<void>;
};

}  // namespace

TEST_CASE("each chip's Interrupt is an interrupt number; a bare number or another enum is not") {
    STATIC_REQUIRE(cortex_m::InterruptNumber<lm3s6965::Interrupt>);
    STATIC_REQUIRE(cortex_m::InterruptNumber<nrf51::Interrupt>);
    STATIC_REQUIRE_FALSE(cortex_m::InterruptNumber<unsigned>);
    STATIC_REQUIRE_FALSE(cortex_m::InterruptNumber<int>);
    STATIC_REQUIRE_FALSE(cortex_m::InterruptNumber<hal::Status>);
}

TEST_CASE("the NVIC's functions take a chip's interrupt, never a bare number") {
    STATIC_REQUIRE(CanEnable<lm3s6965::Interrupt> && CanEnable<nrf51::Interrupt>);
    STATIC_REQUIRE_FALSE(CanEnable<unsigned>);
    STATIC_REQUIRE_FALSE(CanEnable<hal::Status>);
}

TEST_CASE("the enums number the interrupts as the vector tables do") {
    using cortex_m::index_of;
    STATIC_REQUIRE(index_of(lm3s6965::Interrupt::gpio_a) == 0);
    STATIC_REQUIRE(index_of(lm3s6965::Interrupt::uart0) == 5);
    STATIC_REQUIRE(index_of(lm3s6965::Interrupt::gpio_f) == 30);
    STATIC_REQUIRE(index_of(lm3s6965::Interrupt::hibernation) == lm3s6965::interrupt_count - 1);
    STATIC_REQUIRE(index_of(nrf51::Interrupt::uart0) == 2);
    STATIC_REQUIRE(index_of(nrf51::Interrupt::swi5) == nrf51::interrupt_count - 1);
}
