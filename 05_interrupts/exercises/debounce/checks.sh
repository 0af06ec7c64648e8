# Exercise debounce (lesson 05: a button sampled on the periodic tick, debounced in the handler, handed to main).
# exercise-start: button.cpp 873ce607fb86cbc2979f1ff6e895359edead40f7
# start-fails-with: got:      lm3s6965evb: presses at samples 7 9 12 24 26 37 48 51 53 74 85

# The recording's three real presses, each reported at the sample that
# made it certain (4 equal samples in a row): the bounces, the spike and
# the three-sample tap are none.
want_presses="15 56 88"

# make run on the board: the presses main printed, and their count.
presses_as_recorded() {
  local printed count
  qemu_expect --icount --exit 0 --contains "presses: " || return 1
  printed=$(sed -n 's/^press at sample \([0-9]*\)$/\1/p' <<< "$QEMU_OUTPUT" | paste -sd ' ')
  count=$(sed -n 's/^presses: \([0-9]*\)$/\1/p' <<< "$QEMU_OUTPUT")
  [ "$printed" = "$want_presses" ] && [ "$count" = 3 ] || { explain "$BOARD: presses at samples $want_presses, and 'presses: 3'" \
    "$BOARD: presses at samples ${printed:-none}${count:+, and 'presses: $count'}" \
    "a contact bounces: believe a level only once it has been read on button::stable_samples samples in a row, the one that confirms it included; recording.hpp marks each bounce, the spike and the tap"
    return 1; }
  note "$BOARD: presses at samples $printed: 3 presses, no bounce, spike or tap among them"
}

builds_for_both_chips() { builds && on_board microbit builds; }

check "the exercise builds, for the LM3S6965 and for the nRF51" builds_for_both_chips
check_in_background "lm3s6965evb: the recorded button's three presses, each once, at the sample that made it certain" presses_as_recorded
check_in_background "microbit: the same on the Cortex-M0" on_board microbit presses_as_recorded
