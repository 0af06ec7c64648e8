# Exercise priorities (lesson 05: the NVIC's priorities, preemption, the bits each core keeps).
# exercise-start: priorities.cpp a886a536ef233f9cfd2e6701e5fd4620f2eb9819
# start-fails-with: got:      lm3s6965evb: slow job: begins, slow job: ends, urgent job: begins, urgent job: ends
# start-fails-with: got:      microbit: slow job: begins, slow job: ends, urgent job: begins, urgent job: ends

# The log lines under HEADING in make run's output, on one line.
logged_under() {
  awk -v heading="$2" '$0 == heading {on = 1; next} /^[^ ]/ {on = 0} on {sub(/^  /, ""); print}' <<< "$1" | paste -sd ',' | sed 's/,/, /g'
}

# make run on the board: the urgent job runs inside the slow one, and the
# slow one after the urgent one.
preempts_and_waits() {  # preempts_and_waits [VARIANT]
  local inside after
  qemu_expect ${1:+--variant "$1"} --exit 0 --contains "the urgent job raises the slow one:" || return 1
  inside=$(logged_under "$QEMU_OUTPUT" "the slow job raises the urgent one:")
  after=$(logged_under "$QEMU_OUTPUT" "the urgent job raises the slow one:")
  [ "$inside" = "slow job: begins, urgent job: begins, urgent job: ends, slow job: ends" ] || {
    explain "the urgent job, raised by the slow one, to run at once, inside it: slow job: begins, urgent job: begins, urgent job: ends, slow job: ends" \
      "$BOARD: $inside" \
      "an interrupt preempts a running handler only if its priority is strictly more urgent (a lower number), in the bits this chip keeps: the LM3S6965 keeps the top 3 of each priority byte, the nRF51's Cortex-M0 the top 2 (common/cortex_m/nvic.hpp, set_irq_priority())"
    return 1; }
  [ "$after" = "urgent job: begins, urgent job: ends, slow job: begins, slow job: ends" ] || {
    explain "the slow job, raised by the urgent one, to wait until the urgent one has ended: urgent job: begins, urgent job: ends, slow job: begins, slow job: ends" \
      "$BOARD: $after" "the slow job must be the less urgent of the two (a higher number), not only different"
    return 1; }
  note "$BOARD: the urgent job ran inside the slow one; the slow one waited for the urgent one"
}

builds_for_both_chips() { builds && on_board microbit builds; }

check "the exercise builds, for the LM3S6965 and for the nRF51" builds_for_both_chips
check_in_background "lm3s6965evb: the urgent job preempts the slow one, and the slow one waits for it" preempts_and_waits
check_in_background "microbit: the same on the Cortex-M0, with its two bits of priority" on_board microbit preempts_and_waits

# What the hints say of the bits each core keeps, with priorities 0x00 and
# 0x20 in place of yours (pitfalls/three_bits.cpp): shown once your own
# pass on both boards, which makes it the same program but for them.
three_bits() {  # three_bits CHECK-COMMAND...
  needs_passed "lm3s6965evb: the urgent job preempts the slow one, and the slow one waits for it" || return
  needs_passed "microbit: the same on the Cortex-M0, with its two bits of priority" || return
  "$@"
}
finish_background_checks
check_in_background "pitfall: priorities 0x00 and 0x20 are two on the LM3S6965, which keeps three bits" \
  three_bits preempts_and_waits three-bits
check_in_background "must fail: the Cortex-M0 keeps two bits, and sees the same 0x00 and 0x20 as one priority" \
  three_bits on_board microbit check_fails_with "microbit: slow job: begins, slow job: ends, urgent job: begins" \
  preempts_and_waits three-bits
