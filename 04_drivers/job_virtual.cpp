// excerpt: virtual
// The same job behind runtime polymorphism, the way some HAL libraries do
// it: an abstract pin class, a driver that holds references to it, and one
// virtual call per pin change.
#include <cstdint>

#include "chip_hal.hpp"
#include "jobs.hpp"

namespace {

class OutputPinInterface {
  public:
    virtual void set_high() = 0;
    virtual void set_low() = 0;

  protected:
    ~OutputPinInterface() = default;
};

template <typename Pin>
class VirtualPin final : public OutputPinInterface {
  public:
    VirtualPin() { pin_.start_output(); }
    void set_high() override { pin_.set_high(); }
    void set_low() override { pin_.set_low(); }

  private:
    Pin pin_;
};

class VirtualShiftRegister {
  public:
    VirtualShiftRegister(OutputPinInterface& data, OutputPinInterface& clock, OutputPinInterface& latch)
        : data_(data), clock_(clock), latch_(latch) {}

    // Compiled once, for any pins: it cannot know which set_high it calls.
    [[gnu::noinline]] void write(std::uint8_t value) {
        clock_.set_low();
        latch_.set_low();
        for (int bit = 7; bit >= 0; --bit) {
            if (((value >> bit) & 1U) != 0) {
                data_.set_high();
            } else {
                data_.set_low();
            }
            clock_.set_high();
            clock_.set_low();
        }
        latch_.set_high();
        latch_.set_low();
    }

  private:
    OutputPinInterface& data_;
    OutputPinInterface& clock_;
    OutputPinInterface& latch_;
};

}  // namespace

void jobs::shift_out(std::uint8_t value) {
    chip::start_gpio();
    VirtualPin<chip::DataPin> data;
    VirtualPin<chip::ClockPin> clock;
    VirtualPin<chip::LatchPin> latch;
    VirtualShiftRegister shift_register{data, clock, latch};
    shift_register.write(value);
}
// end excerpt
