#pragma once

#include <cstdint>
#include <vector>

#include "hal/output_pin.hpp"

namespace doubles {

// A 74HC595 made of the three pins a driver drives: on each rising edge of
// SHCP (the clock) its shift stage takes DS (the data) in at Q0's end and
// moves every bit one place towards Q7; on each rising edge of STCP (the
// latch) its outputs show the shift stage (NXP 74HC595 datasheet, section 7
// "Functional description", and its function table). A test hands the
// three pins to a driver, then asks what the outputs showed.
class Hc595 {
  public:
    // One input of the chip: an hal::OutputPin to the driver.
    class Input {
      public:
        void set_high() { chip_.drive(line_, true); }
        void set_low() { chip_.drive(line_, false); }

      private:
        friend class Hc595;
        enum class Line { data, clock, latch };
        Input(Hc595& chip, Line line) : chip_(chip), line_(line) {}
        Hc595& chip_;
        Line line_;
    };

    Hc595() = default;
    Hc595(const Hc595&) = delete;
    Hc595& operator=(const Hc595&) = delete;

    Input data{*this, Input::Line::data};
    Input clock{*this, Input::Line::clock};
    Input latch{*this, Input::Line::latch};

    // What Q7..Q0 show now (bit n is Qn): 0 until the first latch.
    std::uint8_t outputs() const { return outputs_; }
    // Every value the outputs took, one per rising edge of the latch.
    const std::vector<std::uint8_t>& shown() const { return shown_; }
    // Rising clock edges since the last latch: 8 per byte a driver sends.
    unsigned clocks_since_latch() const { return clocks_since_latch_; }

  private:
    void drive(Input::Line line, bool high) {
        bool& level = line == Input::Line::data ? data_ : line == Input::Line::clock ? clock_ : latch_;
        const bool rising = high && !level;
        level = high;
        if (rising && line == Input::Line::clock) {
            shift_stage_ = static_cast<std::uint8_t>((shift_stage_ << 1) | (data_ ? 1U : 0U));
            clocks_since_latch_ = clocks_since_latch_ + 1;
        }
        if (rising && line == Input::Line::latch) {
            outputs_ = shift_stage_;
            shown_.push_back(outputs_);
            clocks_since_latch_ = 0;
        }
    }

    bool data_ = false, clock_ = false, latch_ = false;
    std::uint8_t shift_stage_ = 0, outputs_ = 0;
    unsigned clocks_since_latch_ = 0;
    std::vector<std::uint8_t> shown_;
};

static_assert(hal::OutputPin<Hc595::Input>);

}  // namespace doubles
