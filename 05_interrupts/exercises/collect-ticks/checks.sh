# Exercise collect-ticks (lesson 05: a race between main and a handler, critical sections, both cores).
# exercise-start: ticks.cpp 5b3e2c10cdc8f0277084a153844e1dbef491c329
# start-fails-with: got:      lm3s6965evb: ticks fired:
# start-fails-with: a tick counted between main's read and its reset is wiped out

field() {  # field TEXT LABEL: the number after LABEL
  grep -o -E "$2[0-9]+" <<< "$1" | head -n 1 | grep -o -E '[0-9]+$'
}

# make run on the board, under -icount (the same numbers every run): every
# tick the handler fired, main collected; and the tick kept running (a
# "fix" that stops it, or masks it for good, collects nothing to lose).
every_tick_collected() {
  local fired collected lost
  qemu_expect --icount --exit 0 --contains "ticks fired: " || return 1
  fired=$(field "$QEMU_OUTPUT" "ticks fired: ") collected=$(field "$QEMU_OUTPUT" "collected: ") lost=$(field "$QEMU_OUTPUT" "lost: ")
  [ "${fired:-0}" -ge 1000 ] || { explain "the tick to fire all along main's loop (over 1000 times)" "$BOARD: ticks fired: ${fired:-none}" \
    "the tick must keep running: hold it off only for the few instructions that need it"; return 1; }
  [ "$fired" = "$collected" ] || { explain "every tick fired to be collected: lost 0" "$BOARD: ticks fired: $fired, collected: $collected, lost: $lost" \
    "a tick counted between main's read and its reset is wiped out by the reset: 'make run' shows the same numbers every time (lesson 05, 'The race, made real')"; return 1; }
  note "$BOARD: ticks fired: $fired, collected: $collected, lost: 0"
}

builds_for_both_chips() { builds && on_board microbit builds; }

check "the exercise builds, for the LM3S6965 and for the nRF51" builds_for_both_chips
check_in_background "lm3s6965evb: every tick the handler counted, main collected (none lost)" every_tick_collected
check_in_background "microbit: the same on the Cortex-M0" on_board microbit every_tick_collected
