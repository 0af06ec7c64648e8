# Exercise gptm-delay (lesson 03: a register struct from the datasheet, access types, static_asserts, polling a flag).
# exercise-start: gptm.hpp c1b8d59c0bd9ce53e5457a61ad81e16a0982afb4
# exercise-start: timer.cpp 4a438fef7ce18d1610ba4dca100bfca2b3a6e9d7
# start-fails-with: GPTMTAILR (Timer A interval load): member tailr, read-write, at offset 0x028
# start-fails-with: got:      16 of the datasheet's 18 registers, or their size, not as it gives them

# The build, with datasheet.cpp's verdicts on gptm.hpp gathered: each
# register the datasheet has and the struct has not, or not at its offset,
# or not with its access, one a line.
registers_as_in_the_datasheet() {
  local problems
  builds > /dev/null && { builds; return; }
  problems=$(grep -o 'static assertion failed: .*' <<< "${LEARNER_OUTPUT:-}" | sed 's/static assertion failed: //' | awk '!seen[$0]++')
  [ -n "$problems" ] || { builds; return; }  # another error: the build's own words
  indent <<< "$problems"
  explain "every register of the GPTM's map in gptm.hpp, at its offset, with its access: datasheet.cpp asks it of each" \
    "$(grep -c -v '^the GPTM' <<< "$problems") of the datasheet's 18 registers, or their size, not as it gives them (above)" \
    "the datasheet's register map (chapter 9) lists each register with its offset and its type (RO, RW, W1C); pl011.hpp shows how one is written, gaps included"
}

# Where the run below keeps every register access it made.
trace_file() { echo "$BUILD/register-accesses.txt"; }

# took OUTPUT CYCLES N: what the Nth "wait_cycles(CYCLES) took T cycles"
# line of the output says T is.
took() {
  grep -F "wait_cycles($2) took " <<< "$1" | sed -n "${3}p" | grep -o -E 'took [0-9]+' | grep -o -E '[0-9]+'
}

# In QEMU, under -icount (the same numbers every run), SysTick measures
# each wait: no shorter than asked, and at most 50 cycles longer (the calls
# around it take a few cycles of their own).
waits_as_long_as_asked() {
  local first second long problem=""
  needs_passed "the exercise builds, and gptm.hpp's registers are the datasheet's" || return
  mkdir -p "$BUILD"
  qemu_expect --icount --exit 0 --trace "$(trace_file)" --contains "wait_cycles(5000) took " || return 1
  first=$(took "$QEMU_OUTPUT" 1000 1) second=$(took "$QEMU_OUTPUT" 1000 2) long=$(took "$QEMU_OUTPUT" 5000 1)
  if [ "${first:-0}" -lt 1000 ] || [ "$first" -gt 1050 ]; then
    problem="a wait of 1000 cycles took ${first:-?}; the timer must count 1000 cycles of the system clock before wait_cycles() returns: is it loaded, enabled, and polled until it times out?"
  elif [ "${second:-0}" -lt 1000 ] || [ "$second" -gt 1050 ]; then
    problem="the first wait of 1000 cycles took $first, the second, at once after it, ${second:-?}: what does the time-out flag say when the second wait begins? (GPTMRIS keeps it until GPTMICR clears it)"
  elif [ "${long:-0}" -lt 5000 ] || [ "$long" -gt 5050 ]; then
    problem="1000 cycles took $first, but 5000 took ${long:-?}: is the count the one wait_cycles() was given?"
  fi
  [ -z "$problem" ] || { indent <<< "$QEMU_OUTPUT"
    explain "each wait to take at least its cycles, and at most 50 more: 1000, 1000 again, 5000" "$problem" \
      "'make run' prints the same three lines (QEMU counts instructions for time here: every run the same)"
    return 1; }
  note "wait_cycles(1000) took $first and $second cycles, wait_cycles(5000) took $long"
}

rules_kept() {
  needs_passed "in QEMU: a wait of 1000 cycles of the system clock takes 1000, twice in a row, and one of 5000 takes 5000" || return
  silicon_rules_kept --trace "$(trace_file)"
}

check "the exercise builds, and gptm.hpp's registers are the datasheet's" registers_as_in_the_datasheet
check "in QEMU: a wait of 1000 cycles of the system clock takes 1000, twice in a row, and one of 5000 takes 5000" waits_as_long_as_asked
check "silicon rules: Timer0's clock gate open and settled before it is touched, every rule kept" rules_kept
