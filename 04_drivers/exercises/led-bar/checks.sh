# Exercise led-bar (lesson 04: a portable driver against the concepts, host-tested on a double, run on both chips).
# exercise-start: led_bar.hpp e5e2e5d3f2a57bc4ba13bdbbc9fd5d32aa94220e
# start-fails-with: show(3) lights Q0, Q1 and Q2, and nothing else

builds_for_both_chips() { builds && on_board microbit builds; }

# main.cpp shows the levels 0 to 9, one after another: a 74HC595 on the
# chip's pins must show each, once the host test (which says why, if not)
# has passed.
shows_levels_0_to_9() {
  needs_passed "host: the bar lights the lowest LEDs, one latch per show, on a 74HC595 double" || return
  shift_register_shows "00 01 03 07 0f 1f 3f 7f ff ff"
}

check "the exercise builds, for the LM3S6965 and for the nRF51" builds_for_both_chips
check "host: the bar lights the lowest LEDs, one latch per show, on a 74HC595 double" host_tests test_led_bar.cpp
check_in_background "lm3s6965evb: its pins, traced in QEMU, drive a 74HC595 through levels 0 to 9" shows_levels_0_to_9
check_in_background "microbit: the same source drives it the same on the nRF51" on_board microbit shows_levels_0_to_9
