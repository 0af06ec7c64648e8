#pragma once

#include <cstddef>
#include <cstdint>

#include "registers/register.hpp"

// The nRF51's UART0 (nRF51 Series Reference Manual v3.0, chapter "UART",
// register overview). Tasks are write-1 triggers; events read 1
// once something has happened and are cleared by writing 0.
namespace nrf51 {

namespace uart {
// INTEN, read through INTENSET and INTENCLR: one bit per event's interrupt.
struct Interrupts;
using ReceiveReadyInterrupt = reg::Field<Interrupts, 2>;   // RXDRDY
using TransmitReadyInterrupt = reg::Field<Interrupts, 7>;  // TXDRDY
constexpr std::uint32_t enabled = 4;                       // ENABLE: 4 = UART on
constexpr std::uint32_t disabled = 0;                      // ENABLE: 0 = UART off
constexpr std::uint32_t baud_115200 = 0x01D7'E000;         // BAUDRATE value for 115200
}  // namespace uart

template <typename Bus = reg::Mmio>
struct UartRegisters {
    reg::WriteOnly<std::uint32_t, Bus> tasks_startrx;  // 0x000
    reg::WriteOnly<std::uint32_t, Bus> tasks_stoprx;   // 0x004
    reg::WriteOnly<std::uint32_t, Bus> tasks_starttx;  // 0x008
    reg::WriteOnly<std::uint32_t, Bus> tasks_stoptx;   // 0x00c
    reg::Reserved<0xf8> reserved_010;
    reg::ReadWrite<std::uint32_t, Bus> events_rxdrdy;  // 0x108
    reg::Reserved<0x10> reserved_10c;
    reg::ReadWrite<std::uint32_t, Bus> events_txdrdy;  // 0x11c
    reg::Reserved<0x04> reserved_120;
    reg::ReadWrite<std::uint32_t, Bus> events_error;  // 0x124
    reg::Reserved<0x1dc> reserved_128;
    reg::WriteOneToSet<std::uint32_t, Bus, uart::Interrupts> intenset;    // 0x304 write 1: enable
    reg::WriteOneToClear<std::uint32_t, Bus, uart::Interrupts> intenclr;  // 0x308 write 1: disable
    reg::Reserved<0x174> reserved_30c;
    reg::ReadWrite<std::uint32_t, Bus> errorsrc;  // 0x480
    reg::Reserved<0x7c> reserved_484;
    reg::ReadWrite<std::uint32_t, Bus> enable;  // 0x500
    reg::Reserved<0x04> reserved_504;
    reg::ReadWrite<std::uint32_t, Bus> pselrts;  // 0x508
    reg::ReadWrite<std::uint32_t, Bus> pseltxd;  // 0x50c
    reg::ReadWrite<std::uint32_t, Bus> pselcts;  // 0x510
    reg::ReadWrite<std::uint32_t, Bus> pselrxd;  // 0x514
    reg::ReadOnly<std::uint32_t, Bus> rxd;       // 0x518
    reg::WriteOnly<std::uint32_t, Bus> txd;      // 0x51c
    reg::Reserved<0x04> reserved_520;
    reg::ReadWrite<std::uint32_t, Bus> baudrate;  // 0x524
};

// The UART block, on the real bus (the driver, nrf51::Uart, is in hal.hpp).
using UartBlock = UartRegisters<>;
static_assert(offsetof(UartBlock, tasks_starttx) == 0x008);
static_assert(offsetof(UartBlock, events_rxdrdy) == 0x108);
static_assert(offsetof(UartBlock, events_txdrdy) == 0x11c);
static_assert(offsetof(UartBlock, events_error) == 0x124);
static_assert(offsetof(UartBlock, intenset) == 0x304);
static_assert(offsetof(UartBlock, errorsrc) == 0x480);
static_assert(offsetof(UartBlock, enable) == 0x500);
static_assert(offsetof(UartBlock, pseltxd) == 0x50c);
static_assert(offsetof(UartBlock, pselrxd) == 0x514);
static_assert(offsetof(UartBlock, rxd) == 0x518);
static_assert(offsetof(UartBlock, txd) == 0x51c);
static_assert(offsetof(UartBlock, baudrate) == 0x524);

}  // namespace nrf51
