#pragma once

#include <cstddef>
#include <cstdint>

#include "registers/register.hpp"

// The LM3S6965's general-purpose timers (GPTM): four of them, Timer0 to
// Timer3, each with the same registers (LM3S6965 datasheet, chapter 9
// "General-Purpose Timers", its register map; the same offsets as
// StellarisWare's inc/hw_timer.h).
namespace lm3s6965 {

// excerpt: fields
namespace gptm {
// GPTMCFG: 0x0 makes Timer A and Timer B one 32-bit timer.
struct Configuration;
using TimerConfiguration = reg::Field<Configuration, 0, 3>;
constexpr std::uint32_t thirty_two_bit_timer = 0x0;
// GPTMTAMR and GPTMTBMR, the same layout: TnMR, the mode.
struct TimerMode;
using Mode = reg::Field<TimerMode, 0, 2>;
constexpr std::uint32_t one_shot = 0x1;
constexpr std::uint32_t periodic = 0x2;
// GPTMCTL: TAEN starts Timer A (and the 32-bit timer); a one-shot timer
// clears it when it times out.
struct Control;
using TimerAEnable = reg::Field<Control, 0>;
// GPTMIMR, GPTMRIS, GPTMMIS and GPTMICR: one bit per interrupt, the same
// place in each. TATO: Timer A timed out.
struct Interrupts;
using TimerATimeout = reg::Field<Interrupts, 0>;
}  // namespace gptm
// end excerpt

// excerpt: registers
template <typename Bus = reg::Mmio>
struct GptmRegisters {
    reg::ReadWrite<std::uint32_t, Bus, gptm::Configuration> cfg;  // 0x000 GPTMCFG configuration
    reg::ReadWrite<std::uint32_t, Bus, gptm::TimerMode> tamr;     // 0x004 GPTMTAMR Timer A mode
    reg::ReadWrite<std::uint32_t, Bus, gptm::TimerMode> tbmr;     // 0x008 GPTMTBMR Timer B mode
    reg::ReadWrite<std::uint32_t, Bus, gptm::Control> ctl;        // 0x00c GPTMCTL control
    reg::Reserved<0x08> reserved_010;
    reg::ReadWrite<std::uint32_t, Bus, gptm::Interrupts> imr;        // 0x018 GPTMIMR interrupt mask
    reg::ReadOnly<std::uint32_t, Bus, gptm::Interrupts> ris;         // 0x01c GPTMRIS raw interrupt status
    reg::ReadOnly<std::uint32_t, Bus, gptm::Interrupts> mis;         // 0x020 GPTMMIS masked interrupt status
    reg::WriteOneToClear<std::uint32_t, Bus, gptm::Interrupts> icr;  // 0x024 GPTMICR interrupt clear
    reg::ReadWrite<std::uint32_t, Bus> tailr;                        // 0x028 GPTMTAILR Timer A interval load
    reg::ReadWrite<std::uint32_t, Bus> tbilr;                        // 0x02c GPTMTBILR Timer B interval load
    reg::ReadWrite<std::uint32_t, Bus> tamatchr;                     // 0x030 GPTMTAMATCHR Timer A match
    reg::ReadWrite<std::uint32_t, Bus> tbmatchr;                     // 0x034 GPTMTBMATCHR Timer B match
    reg::ReadWrite<std::uint32_t, Bus> tapr;                         // 0x038 GPTMTAPR Timer A prescale
    reg::ReadWrite<std::uint32_t, Bus> tbpr;                         // 0x03c GPTMTBPR Timer B prescale
    reg::ReadWrite<std::uint32_t, Bus> tapmr;                        // 0x040 GPTMTAPMR Timer A prescale match
    reg::ReadWrite<std::uint32_t, Bus> tbpmr;                        // 0x044 GPTMTBPMR Timer B prescale match
    reg::ReadOnly<std::uint32_t, Bus> tar;                           // 0x048 GPTMTAR Timer A value
    reg::ReadOnly<std::uint32_t, Bus> tbr;                           // 0x04c GPTMTBR Timer B value
};

using Gptm = GptmRegisters<>;
static_assert(offsetof(Gptm, cfg) == 0x000 && offsetof(Gptm, ctl) == 0x00c);
static_assert(offsetof(Gptm, imr) == 0x018 && offsetof(Gptm, icr) == 0x024);
static_assert(offsetof(Gptm, tailr) == 0x028 && offsetof(Gptm, tbpmr) == 0x044);
static_assert(offsetof(Gptm, tar) == 0x048 && sizeof(Gptm) == 0x050);
// end excerpt

}  // namespace lm3s6965
