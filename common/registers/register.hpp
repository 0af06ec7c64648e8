#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>

// The course's register layer (lesson 03). A peripheral is a struct of
// registers at the offsets its datasheet gives; each register says whether
// it may be read, written or both, and every access is one volatile load or
// store of the register's width — exactly what raw volatile code does, with
// the rules checked by the compiler instead of by the reader.
namespace reg {

enum class Access { read_only, write_only, read_write };

// How a register's bits reach the hardware. Mmio is the real thing: a
// volatile access, which the compiler must emit, once, in program order.
// Host tests swap in a bus that records each access instead.
struct Mmio {
    template <typename Value>
    static Value read(const Value& storage) {
        return *static_cast<const volatile Value*>(&storage);
    }
    template <typename Value>
    static void write(Value& storage, Value value) {
        *static_cast<volatile Value*>(&storage) = value;
    }
};

// excerpt: register
template <typename Value = std::uint32_t, Access access = Access::read_write, typename Bus = Mmio>
class Register {
  public:
    using value_type = Value;

    // One read of the register.
    Value read() const requires(access != Access::write_only) { return Bus::read(storage_); }

    // One write of the whole register.
    void write(Value value) requires(access != Access::read_only) { Bus::write(storage_, value); }

    // Read, change, write back: one read and one write, in plain sight. Not
    // atomic: an interrupt between the two can be lost (lesson 05).
    template <std::invocable<Value> Change>
    void modify(Change change) requires(access == Access::read_write) {
        write(change(read()));
    }

  private:
    Value storage_;
};
// end excerpt

template <typename Value = std::uint32_t, typename Bus = Mmio>
using ReadOnly = Register<Value, Access::read_only, Bus>;
template <typename Value = std::uint32_t, typename Bus = Mmio>
using WriteOnly = Register<Value, Access::write_only, Bus>;
template <typename Value = std::uint32_t, typename Bus = Mmio>
using ReadWrite = Register<Value, Access::read_write, Bus>;

// excerpt: field
// A bit field: `width` bits starting at `first_bit`. All constexpr: a field
// costs nothing at run time, it only names the shifts and masks.
template <unsigned first_bit, unsigned width = 1>
struct Field {
    static_assert(width > 0 && first_bit + width <= 32, "a field must lie within 32 bits");
    static constexpr std::uint32_t mask = (width == 32 ? ~0U : ((1U << width) - 1U)) << first_bit;

    // The field's value, taken out of a whole register value.
    static constexpr std::uint32_t get(std::uint32_t register_value) {
        return (register_value & mask) >> first_bit;
    }

    // A register value with this field set to `field_value`, every other
    // bit as it was.
    static constexpr std::uint32_t set(std::uint32_t register_value, std::uint32_t field_value) {
        return (register_value & ~mask) | ((field_value << first_bit) & mask);
    }
};
// end excerpt

// Padding between registers, so that the next member lands at its offset.
template <std::size_t bytes>
struct Reserved {
    std::uint8_t unused[bytes];
};

}  // namespace reg
