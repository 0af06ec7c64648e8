#pragma once

// Checks a board might make at start-up, for the exercise assert-location.
// Each asserts something that, called as reset.cpp calls it, is false.
namespace board {

void check_clock(unsigned hertz);
void count_to(unsigned limit);
void check_ranges(int low, int middle, int high);

}  // namespace board
