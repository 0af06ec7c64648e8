// Your gptm.hpp held to the datasheet: the GPTM's register map (LM3S6965
// datasheet, chapter 9 "General-Purpose Timers"; StellarisWare's
// inc/hw_timer.h gives the same offsets), register by register: the member
// must exist, at its offset, with the access the datasheet gives it. A
// register missing, misplaced or with the wrong access stops the build
// here, and the message names it. Nothing here is linked into the program.
#include <cstddef>
#include <cstdint>

#include "gptm.hpp"

namespace {

// What a register lets a program do, asked the way a program would call it.
template <typename Register>
concept Writable = requires(Register& r) {
    r.write(std::uint32_t{0});  // not on a read-only register
};
template <typename Register>
concept Modifiable = requires(Register& r) {
    r.modify([](auto value) { return value; });  // only where a read and a write mean the same
};
enum class Access { read_write, read_only, clear_only };
template <typename Register>
constexpr Access access_of() {
    if constexpr (!Writable<Register>) {
        return Access::read_only;
    } else if constexpr (Modifiable<Register>) {
        return Access::read_write;
    } else {
        return Access::clear_only;  // written, but never read, modified and written back
    }
}

using lm3s6965::Gptm;

template <typename Block>
constexpr bool cfg_as_in_the_datasheet() {
    if constexpr (requires { &Block::cfg; }) {
        return offsetof(Block, cfg) == 0x000 && access_of<decltype(Block::cfg)>() == Access::read_write;
    }
    return false;
}
static_assert(cfg_as_in_the_datasheet<Gptm>(),
              "GPTMCFG (configuration): member cfg, read-write, at offset 0x000");
template <typename Block>
constexpr bool tamr_as_in_the_datasheet() {
    if constexpr (requires { &Block::tamr; }) {
        return offsetof(Block, tamr) == 0x004 && access_of<decltype(Block::tamr)>() == Access::read_write;
    }
    return false;
}
static_assert(tamr_as_in_the_datasheet<Gptm>(),
              "GPTMTAMR (Timer A mode): member tamr, read-write, at offset 0x004");
template <typename Block>
constexpr bool tbmr_as_in_the_datasheet() {
    if constexpr (requires { &Block::tbmr; }) {
        return offsetof(Block, tbmr) == 0x008 && access_of<decltype(Block::tbmr)>() == Access::read_write;
    }
    return false;
}
static_assert(tbmr_as_in_the_datasheet<Gptm>(),
              "GPTMTBMR (Timer B mode): member tbmr, read-write, at offset 0x008");
template <typename Block>
constexpr bool ctl_as_in_the_datasheet() {
    if constexpr (requires { &Block::ctl; }) {
        return offsetof(Block, ctl) == 0x00c && access_of<decltype(Block::ctl)>() == Access::read_write;
    }
    return false;
}
static_assert(ctl_as_in_the_datasheet<Gptm>(), "GPTMCTL (control): member ctl, read-write, at offset 0x00c");
template <typename Block>
constexpr bool imr_as_in_the_datasheet() {
    if constexpr (requires { &Block::imr; }) {
        return offsetof(Block, imr) == 0x018 && access_of<decltype(Block::imr)>() == Access::read_write;
    }
    return false;
}
static_assert(imr_as_in_the_datasheet<Gptm>(),
              "GPTMIMR (interrupt mask): member imr, read-write, at offset 0x018");
template <typename Block>
constexpr bool ris_as_in_the_datasheet() {
    if constexpr (requires { &Block::ris; }) {
        return offsetof(Block, ris) == 0x01c && access_of<decltype(Block::ris)>() == Access::read_only;
    }
    return false;
}
static_assert(ris_as_in_the_datasheet<Gptm>(),
              "GPTMRIS (raw interrupt status): member ris, read-only, at offset 0x01c");
template <typename Block>
constexpr bool mis_as_in_the_datasheet() {
    if constexpr (requires { &Block::mis; }) {
        return offsetof(Block, mis) == 0x020 && access_of<decltype(Block::mis)>() == Access::read_only;
    }
    return false;
}
static_assert(mis_as_in_the_datasheet<Gptm>(),
              "GPTMMIS (masked interrupt status): member mis, read-only, at offset 0x020");
template <typename Block>
constexpr bool icr_as_in_the_datasheet() {
    if constexpr (requires { &Block::icr; }) {
        return offsetof(Block, icr) == 0x024 && access_of<decltype(Block::icr)>() == Access::clear_only;
    }
    return false;
}
static_assert(icr_as_in_the_datasheet<Gptm>(),
              "GPTMICR (interrupt clear): member icr, write-1-to-clear (written, never read and written "
              "back), at offset 0x024");
template <typename Block>
constexpr bool tailr_as_in_the_datasheet() {
    if constexpr (requires { &Block::tailr; }) {
        return offsetof(Block, tailr) == 0x028 && access_of<decltype(Block::tailr)>() == Access::read_write;
    }
    return false;
}
static_assert(tailr_as_in_the_datasheet<Gptm>(),
              "GPTMTAILR (Timer A interval load): member tailr, read-write, at offset 0x028");
template <typename Block>
constexpr bool tbilr_as_in_the_datasheet() {
    if constexpr (requires { &Block::tbilr; }) {
        return offsetof(Block, tbilr) == 0x02c && access_of<decltype(Block::tbilr)>() == Access::read_write;
    }
    return false;
}
static_assert(tbilr_as_in_the_datasheet<Gptm>(),
              "GPTMTBILR (Timer B interval load): member tbilr, read-write, at offset 0x02c");
template <typename Block>
constexpr bool tamatchr_as_in_the_datasheet() {
    if constexpr (requires { &Block::tamatchr; }) {
        return offsetof(Block, tamatchr) == 0x030 &&
               access_of<decltype(Block::tamatchr)>() == Access::read_write;
    }
    return false;
}
static_assert(tamatchr_as_in_the_datasheet<Gptm>(),
              "GPTMTAMATCHR (Timer A match): member tamatchr, read-write, at offset 0x030");
template <typename Block>
constexpr bool tbmatchr_as_in_the_datasheet() {
    if constexpr (requires { &Block::tbmatchr; }) {
        return offsetof(Block, tbmatchr) == 0x034 &&
               access_of<decltype(Block::tbmatchr)>() == Access::read_write;
    }
    return false;
}
static_assert(tbmatchr_as_in_the_datasheet<Gptm>(),
              "GPTMTBMATCHR (Timer B match): member tbmatchr, read-write, at offset 0x034");
template <typename Block>
constexpr bool tapr_as_in_the_datasheet() {
    if constexpr (requires { &Block::tapr; }) {
        return offsetof(Block, tapr) == 0x038 && access_of<decltype(Block::tapr)>() == Access::read_write;
    }
    return false;
}
static_assert(tapr_as_in_the_datasheet<Gptm>(),
              "GPTMTAPR (Timer A prescale): member tapr, read-write, at offset 0x038");
template <typename Block>
constexpr bool tbpr_as_in_the_datasheet() {
    if constexpr (requires { &Block::tbpr; }) {
        return offsetof(Block, tbpr) == 0x03c && access_of<decltype(Block::tbpr)>() == Access::read_write;
    }
    return false;
}
static_assert(tbpr_as_in_the_datasheet<Gptm>(),
              "GPTMTBPR (Timer B prescale): member tbpr, read-write, at offset 0x03c");
template <typename Block>
constexpr bool tapmr_as_in_the_datasheet() {
    if constexpr (requires { &Block::tapmr; }) {
        return offsetof(Block, tapmr) == 0x040 && access_of<decltype(Block::tapmr)>() == Access::read_write;
    }
    return false;
}
static_assert(tapmr_as_in_the_datasheet<Gptm>(),
              "GPTMTAPMR (Timer A prescale match): member tapmr, read-write, at offset 0x040");
template <typename Block>
constexpr bool tbpmr_as_in_the_datasheet() {
    if constexpr (requires { &Block::tbpmr; }) {
        return offsetof(Block, tbpmr) == 0x044 && access_of<decltype(Block::tbpmr)>() == Access::read_write;
    }
    return false;
}
static_assert(tbpmr_as_in_the_datasheet<Gptm>(),
              "GPTMTBPMR (Timer B prescale match): member tbpmr, read-write, at offset 0x044");
template <typename Block>
constexpr bool tar_as_in_the_datasheet() {
    if constexpr (requires { &Block::tar; }) {
        return offsetof(Block, tar) == 0x048 && access_of<decltype(Block::tar)>() == Access::read_only;
    }
    return false;
}
static_assert(tar_as_in_the_datasheet<Gptm>(),
              "GPTMTAR (Timer A value): member tar, read-only, at offset 0x048");
template <typename Block>
constexpr bool tbr_as_in_the_datasheet() {
    if constexpr (requires { &Block::tbr; }) {
        return offsetof(Block, tbr) == 0x04c && access_of<decltype(Block::tbr)>() == Access::read_only;
    }
    return false;
}
static_assert(tbr_as_in_the_datasheet<Gptm>(),
              "GPTMTBR (Timer B value): member tbr, read-only, at offset 0x04c");

static_assert(sizeof(Gptm) == 0x050, "the GPTM's registers end at offset 0x04c: sizeof(Gptm) must be 0x050");

}  // namespace
