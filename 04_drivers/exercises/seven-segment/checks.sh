# Exercise seven-segment (lesson 04: a portable driver against the concepts, host-tested on a double, run on both chips).
# exercise-start: seven_segment.hpp 9ee5af3f8a427c03bd25f22a178ac34b49aa2e37
# start-fails-with: digit 1 lights segments b and c, and nothing else (common anode: low lights)

builds_for_both_chips() { builds && on_board microbit builds; }

# main.cpp shows 0 to 9, then 10 (E), then 3 with its point: a 74HC595 on
# the chip's pins must show each, once the host test (which says why, if
# not) has passed. A segment lights when its output is low.
shows_the_digits() {
  needs_passed "host: each digit lights its segments, E above 9, the point when asked, on a 74HC595 double" || return
  shift_register_shows "c0 f9 a4 b0 99 92 82 f8 80 90 86 30"
}

check "the exercise builds, for the LM3S6965 and for the nRF51" builds_for_both_chips
check "host: each digit lights its segments, E above 9, the point when asked, on a 74HC595 double" \
  host_tests test_seven_segment.cpp
check_in_background "lm3s6965evb: its pins, traced in QEMU, drive a 74HC595 through 0 to 9, E and 3." shows_the_digits
check_in_background "microbit: the same source drives it the same on the nRF51" on_board microbit shows_the_digits
