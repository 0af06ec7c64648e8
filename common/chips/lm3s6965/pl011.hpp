#pragma once

#include <cstddef>
#include <cstdint>

#include "registers/register.hpp"

// The LM3S6965's UARTs are ARM PrimeCell PL011s (LM3S6965 datasheet,
// chapter 12 "UART", table 12-3 "UART Register Map").
namespace lm3s6965 {

template <typename Bus = reg::Mmio>
struct Pl011Registers {
    reg::ReadWrite<std::uint32_t, Bus> dr;       // 0x000 data: write to send, read to receive
    reg::ReadWrite<std::uint32_t, Bus> rsr_ecr;  // 0x004 receive status / error clear
    reg::Reserved<0x10> reserved_008;
    reg::ReadOnly<std::uint32_t, Bus> fr;  // 0x018 flags
    reg::Reserved<0x04> reserved_01c;
    reg::ReadWrite<std::uint32_t, Bus> ilpr;  // 0x020 IrDA low-power
    reg::ReadWrite<std::uint32_t, Bus> ibrd;  // 0x024 integer baud-rate divisor
    reg::ReadWrite<std::uint32_t, Bus> fbrd;  // 0x028 fractional baud-rate divisor
    reg::ReadWrite<std::uint32_t, Bus> lcrh;  // 0x02c line control
    reg::ReadWrite<std::uint32_t, Bus> ctl;   // 0x030 control
    reg::ReadWrite<std::uint32_t, Bus> ifls;  // 0x034 interrupt FIFO level select
    reg::ReadWrite<std::uint32_t, Bus> im;    // 0x038 interrupt mask
    reg::ReadOnly<std::uint32_t, Bus> ris;    // 0x03c raw interrupt status
    reg::ReadOnly<std::uint32_t, Bus> mis;    // 0x040 masked interrupt status
    reg::WriteOnly<std::uint32_t, Bus> icr;   // 0x044 interrupt clear
};

using Pl011 = Pl011Registers<>;
static_assert(offsetof(Pl011, dr) == 0x000);
static_assert(offsetof(Pl011, rsr_ecr) == 0x004);
static_assert(offsetof(Pl011, fr) == 0x018);
static_assert(offsetof(Pl011, ibrd) == 0x024);
static_assert(offsetof(Pl011, fbrd) == 0x028);
static_assert(offsetof(Pl011, lcrh) == 0x02c);
static_assert(offsetof(Pl011, ctl) == 0x030);
static_assert(offsetof(Pl011, im) == 0x038);
static_assert(offsetof(Pl011, mis) == 0x040);
static_assert(offsetof(Pl011, icr) == 0x044);
static_assert(sizeof(Pl011) == 0x048);

namespace pl011 {
// UARTFR (datasheet 12.5, register 4)
using TxFifoEmpty = reg::Field<7>;
using RxFifoFull = reg::Field<6>;
using TxFifoFull = reg::Field<5>;
using RxFifoEmpty = reg::Field<4>;
using Busy = reg::Field<3>;
// UARTLCRH (register 8)
using WordLength = reg::Field<5, 2>;  // 0b11: 8 bits
using FifoEnable = reg::Field<4>;
// UARTCTL (register 9)
using RxEnable = reg::Field<9>;
using TxEnable = reg::Field<8>;
using UartEnable = reg::Field<0>;
// UARTIM / UARTMIS / UARTICR (registers 11-14)
using ReceiveTimeoutInterrupt = reg::Field<6>;
using TransmitInterrupt = reg::Field<5>;
using ReceiveInterrupt = reg::Field<4>;
}  // namespace pl011

}  // namespace lm3s6965
