#pragma once

#include <cstddef>
#include <cstdint>

#include "registers/register.hpp"

// The LM3S6965's UARTs are ARM PrimeCell PL011s (LM3S6965 datasheet,
// chapter 12 "UART", table 12-3 "UART Register Map").
namespace lm3s6965 {

// The registers' fields, each bound to its register's layout (a struct
// named after the register): a field of one cannot go into another.
namespace pl011 {
// UARTDR (datasheet 12.5, register 1): a received byte and its error flags
struct Data;
using DataByte = reg::Field<Data, 0, 8>;
using Errors = reg::Field<Data, 8, 4>;  // overrun, break, parity, framing
// UARTFR (register 4)
struct Flags;
using TxFifoEmpty = reg::Field<Flags, 7>;
using RxFifoFull = reg::Field<Flags, 6>;
using TxFifoFull = reg::Field<Flags, 5>;
using RxFifoEmpty = reg::Field<Flags, 4>;
using Busy = reg::Field<Flags, 3>;
// UARTLCRH (register 8)
struct LineControl;
using WordLength = reg::Field<LineControl, 5, 2>;  // 0b11: 8 bits
using FifoEnable = reg::Field<LineControl, 4>;
// UARTCTL (register 9)
struct Control;
using RxEnable = reg::Field<Control, 9>;
using TxEnable = reg::Field<Control, 8>;
using UartEnable = reg::Field<Control, 0>;
// UARTIM, UARTRIS, UARTMIS, UARTICR (registers 11-14): one bit per interrupt
struct Interrupts;
using ReceiveTimeoutInterrupt = reg::Field<Interrupts, 6>;
using TransmitInterrupt = reg::Field<Interrupts, 5>;
using ReceiveInterrupt = reg::Field<Interrupts, 4>;
}  // namespace pl011

template <typename Bus = reg::Mmio>
struct Pl011Registers {
    reg::ReadWrite<std::uint32_t, Bus, pl011::Data> dr;  // 0x000 data: write to send, read to receive
    reg::ReadWrite<std::uint32_t, Bus> rsr_ecr;          // 0x004 receive status / error clear
    reg::Reserved<0x10> reserved_008;
    reg::ReadOnly<std::uint32_t, Bus, pl011::Flags> fr;  // 0x018 flags
    reg::Reserved<0x04> reserved_01c;
    reg::ReadWrite<std::uint32_t, Bus> ilpr;                      // 0x020 IrDA low-power
    reg::ReadWrite<std::uint32_t, Bus> ibrd;                      // 0x024 integer baud-rate divisor
    reg::ReadWrite<std::uint32_t, Bus> fbrd;                      // 0x028 fractional baud-rate divisor
    reg::ReadWrite<std::uint32_t, Bus, pl011::LineControl> lcrh;  // 0x02c line control
    reg::ReadWrite<std::uint32_t, Bus, pl011::Control> ctl;       // 0x030 control
    reg::ReadWrite<std::uint32_t, Bus> ifls;                      // 0x034 interrupt FIFO level select
    reg::ReadWrite<std::uint32_t, Bus, pl011::Interrupts> im;     // 0x038 interrupt mask
    reg::ReadOnly<std::uint32_t, Bus, pl011::Interrupts> ris;     // 0x03c raw interrupt status
    reg::ReadOnly<std::uint32_t, Bus, pl011::Interrupts> mis;     // 0x040 masked interrupt status
    reg::WriteOnly<std::uint32_t, Bus, pl011::Interrupts> icr;    // 0x044 interrupt clear
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

}  // namespace lm3s6965
