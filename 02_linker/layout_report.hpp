#pragma once

#include <cstdint>

// Helpers for lesson 02's self-report: which memory a variable lives in, and
// a list of named expectations printed as "ok" or "WRONG".
namespace layout {

bool in_flash(const void* address);
bool in_ram(const void* address);

class Report {
  public:
    void expect(const char* what, bool holds);
    int failures() const { return failures_; }

  private:
    int failures_ = 0;
};

}  // namespace layout
