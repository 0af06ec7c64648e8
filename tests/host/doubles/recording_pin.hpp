#pragma once

#include <string>

#include "hal/input_pin.hpp"
#include "hal/output_pin.hpp"

namespace doubles {

// An output pin that remembers its level and writes every change into a
// shared waveform: "D1" = pin D went high, "C0" = pin C went low. Several
// pins writing into one string give the exact interleaving on the wires.
class RecordingPin {
  public:
    RecordingPin(char name, std::string& waveform) : name_(name), waveform_(waveform) {}

    void set_high() { record(true); }
    void set_low() { record(false); }
    bool is_high() const { return high_; }

  private:
    void record(bool high) {
        high_ = high;
        waveform_ += name_;
        waveform_ += high ? '1' : '0';
        waveform_ += ' ';
    }

    char name_;
    std::string& waveform_;
    bool high_ = false;
};

static_assert(hal::OutputPin<RecordingPin> && hal::InputPin<RecordingPin>);

}  // namespace doubles
