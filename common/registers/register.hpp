#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <type_traits>

// The course's register layer (lesson 03). A peripheral is a struct of
// registers at the offsets its datasheet gives; each register says whether
// it may be read, written or both, and every access is one volatile load or
// store of the register's width — exactly what raw volatile code does, with
// the rules checked by the compiler instead of by the reader.
namespace reg {

// How a register's bits reach the hardware. Mmio is the real thing: a
// volatile access, which the compiler must emit, once, in program order.
// Host tests swap in a bus that records each access instead
// (tests/host/doubles/recording_bus.hpp).
struct Mmio {
    template <typename Word>
    static Word read(const Word& storage) {
        return *static_cast<const volatile Word*>(&storage);
    }
    template <typename Word>
    static void write(Word& storage, Word value) {
        *static_cast<volatile Word*>(&storage) = value;
    }
    // The barriers the core's own registers sometimes need (ARMv7-M ARM
    // A3.7.3; ARMv6-M ARM A3.5.3): after DSB, every memory access before it
    // has completed; after ISB, the instructions that follow are fetched
    // again, so they run with the effect of everything before it. They are
    // on the bus so that a host test sees them where the program puts them.
    static void data_synchronization_barrier() { asm volatile("dsb" ::: "memory"); }
    static void instruction_synchronization_barrier() { asm volatile("isb" ::: "memory"); }
};

// excerpt: access
// What the datasheet says a register does with a read and a write. On the
// last two, a write changes only the bits written as 1 and ignores the 0s:
// a 1 clears its bit (fault status, NVIC ICER, nRF51 OUTCLR) or sets it
// (NVIC ISER, nRF51 OUTSET); a read shows the bits as they are.
enum class Access { read_only, write_only, read_write, write_1_to_clear, write_1_to_set };

// The rules, each a named concept, so that the compiler's message names the
// one a program broke.
template <Access access>
concept Readable = access != Access::write_only;
template <Access access>
concept Writable = access != Access::read_only;
// modify() writes back what it read, changed. That is right only where a
// bit written means what the same bit read meant: on a write-1-to-clear
// register it would clear every bit that was set, on a write-1-to-set one
// set again every bit that was set (undoing a clear made in between).
template <Access access>
concept ReadAndWriteMeanTheSame = access == Access::read_write;
// end excerpt

// excerpt: value
// The layout of a register without named fields: it reads and writes plain
// numbers. Any other layout is an empty struct named after the register
// (pl011::Control), which its fields and its registers name.
struct NoFields;

// A whole value of a register of `Layout`: the only thing that Layout's
// fields read from or write into. Built field by field, e.g.
//   reg::Value<pl011::Control>{}.with<pl011::UartEnable>(1).with<pl011::TxEnable>(1)
// and a plain number wherever one is wanted.
template <typename Layout>
class Value {
  public:
    constexpr Value() = default;  // every bit 0
    constexpr explicit Value(std::uint32_t bits) : bits_(bits) {}
    constexpr operator std::uint32_t() const { return bits_; }

    // This value with one field changed; the field must be Layout's.
    template <typename Field>
    constexpr Value with(std::uint32_t field_value) const {
        return Field::set(*this, field_value);
    }

  private:
    std::uint32_t bits_ = 0;
};
// end excerpt

// excerpt: field
// A bit field of the registers of one layout: `width` bits starting at
// `first_bit`. All constexpr: a field costs nothing at run time, it only
// names the shifts and masks. It belongs to its layout: given a value of
// another register, it does not compile.
template <typename Layout, unsigned first_bit, unsigned width = 1>
struct Field {
    static_assert(width > 0 && first_bit + width <= 32, "a field must lie within 32 bits");
    static constexpr std::uint32_t mask = (width == 32 ? ~0U : ((1U << width) - 1U)) << first_bit;

    // The field's value, taken out of a register value.
    template <typename Other>
    static constexpr std::uint32_t get(Value<Other> register_value) {
        static_assert(std::is_same_v<Other, Layout>,
                      "a field belongs to its register, and this value is another register's");
        return (register_value & mask) >> first_bit;
    }

    // A register value with this field set to `field_value`, every other
    // bit as it was.
    template <typename Other>
    static constexpr Value<Layout> set(Value<Other> register_value, std::uint32_t field_value) {
        static_assert(std::is_same_v<Other, Layout>,
                      "a field belongs to its register, and this value is another register's");
        return Value<Layout>{(register_value & ~mask) | ((field_value << first_bit) & mask)};
    }
    // The same from a plain number, which becomes a value of this layout.
    static constexpr Value<Layout> set(std::uint32_t register_value, std::uint32_t field_value) {
        return set(Value<Layout>{register_value}, field_value);
    }
};
// end excerpt

// excerpt: register
template <typename Word = std::uint32_t, Access access = Access::read_write, typename Bus = Mmio,
          typename Layout = NoFields>
class Register {
  public:
    // What a read gives: a plain number, or a value of the register's layout.
    using value_type = std::conditional_t<std::is_same_v<Layout, NoFields>, Word, Value<Layout>>;

    // One read of the register.
    value_type read() const requires Readable<access> { return value_type(Bus::read(storage_)); }

    // One write of the whole register: a plain number, or a value built
    // from fields, which must be this register's.
    void write(Word value) requires Writable<access> { Bus::write(storage_, value); }
    template <typename Other>
    void write(Value<Other> value) requires Writable<access> {
        static_assert(std::is_same_v<Other, Layout>,
                      "a field belongs to its register, and this value is another register's");
        Bus::write(storage_, static_cast<Word>(value));
    }

    // Read, change, write back: one read and one write, in plain sight. Not
    // atomic: an interrupt between the two can be lost (lesson 05).
    template <std::invocable<value_type> Change>
    void modify(Change change) requires ReadAndWriteMeanTheSame<access> {
        write(change(read()));
    }

  private:
    Word storage_;
};
// end excerpt

template <typename Word = std::uint32_t, typename Bus = Mmio, typename Layout = NoFields>
using ReadOnly = Register<Word, Access::read_only, Bus, Layout>;
template <typename Word = std::uint32_t, typename Bus = Mmio, typename Layout = NoFields>
using WriteOnly = Register<Word, Access::write_only, Bus, Layout>;
template <typename Word = std::uint32_t, typename Bus = Mmio, typename Layout = NoFields>
using ReadWrite = Register<Word, Access::read_write, Bus, Layout>;
template <typename Word = std::uint32_t, typename Bus = Mmio, typename Layout = NoFields>
using WriteOneToClear = Register<Word, Access::write_1_to_clear, Bus, Layout>;
template <typename Word = std::uint32_t, typename Bus = Mmio, typename Layout = NoFields>
using WriteOneToSet = Register<Word, Access::write_1_to_set, Bus, Layout>;

// Padding between registers, so that the next member lands at its offset.
template <std::size_t bytes>
struct Reserved {
    std::uint8_t unused[bytes];
};

}  // namespace reg
