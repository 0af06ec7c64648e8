# check-early: about twenty QEMU runs
# Lesson 05's checks: the race and its fixes on both boards, the flood
# through the receive interrupt, and the Cortex-M0's missing atomics.

race_output() {  # race_output BOARD: make run, the race demo (deterministic: -icount)
  on_board "$1" qemu_expect --icount --timeout 20 --exit 0 --contains "critical sections nest: yes" || return 1
  echo "$QEMU_OUTPUT"
}

# race_output_once BOARD: the same output, run once per board in a run of
# the checks and kept for the other checks that read it (-icount makes a
# second run print the same: the check that says so runs it twice). That
# check runs in the background: a reader that comes while it runs waits for
# it (the lock), and never runs the demo a second time beside it.
race_output_once() {
  [ -n "${CHECK_STATE:-}" ] || { race_output "$1"; return; }
  local kept="$CHECK_STATE/race-$1.txt"
  (
    flock 9
    if [ -f "$kept" ]; then cat "$kept"; exit 0; fi
    race_output "$1" > "$kept.new" || { cat "$kept.new"; rm -f "$kept.new"; exit 1; }
    mv "$kept.new" "$kept" && cat "$kept"
  ) 9> "$kept.lock"
}

field() {  # field OUTPUT LABEL: the first number after LABEL
  grep -F -- "$2" <<< "$1" | head -n 1 | sed "s/.*$2//" | grep -o -E '[0-9]+' | head -n 1
}

race_loses_updates_and_fixes_do_not() {
  local board=$1 first second racy
  first=$(race_output_once "$board") || { echo "$first"; return 1; }
  second=$(race_output "$board") || { echo "$second"; return 1; }
  [ "$first" = "$second" ] || { diff <(echo "$first") <(echo "$second") | indent
    explain "two runs under -icount to print the same numbers" "they differ (above)" "is qemu-run still given --icount?"; return 1; }
  racy=$(field "$first" "racy counter:        lost ")
  [ "${racy:-0}" -gt 0 ] || { echo "$first" | indent; explain "the racy counter to lose updates" "it lost none (above)" \
    "the timer period may have locked into step with the loop; try another timer_period_cycles in race.cpp"; return 1; }
  [ "$(field "$first" "critical section:    lost ")" = 0 ] && [ "$(field "$first" "atomic counter:      lost ")" = 0 ] || {
    echo "$first" | indent; explain "the critical section and the atomic counter to lose nothing" "they lost updates (above)" \
      "look at count_in_main() and Tick_Handler()"; return 1; }
  note "$board: racy counter lost $racy of $(field "$first" "racy counter:        lost $racy of ") updates, the same in two runs; fixes lost 0"
}

# The same race, each round of main's loop waiting for a tick first
# (VARIANT=in-step): the ticks land in the wait, never in the window.
race_in_step_loses_nothing() {
  local board=$1 racy
  load_board_env "$board" || return 1
  qemu_expect --variant in-step --icount --timeout 20 --exit 0 --contains "critical sections nest: yes" || return 1
  racy=$(field "$QEMU_OUTPUT" "racy counter:        lost ")
  [ "$racy" = 0 ] || { echo "$QEMU_OUTPUT" | indent
    explain "no update lost when each round first waits for a tick" "the racy counter lost $racy (above)" \
      "a round of count_in_main() and one Tick_Handler() must together take less than timer_period_cycles in race.cpp"; return 1; }
  note "$board: each round waiting for a tick, the racy counter lost 0 of $(field "$QEMU_OUTPUT" "racy counter:        lost 0 of ") updates"
}

torn_reads() {
  local board=$1 want_plain=$2 output plain
  output=$(race_output_once "$board") || { echo "$output"; return 1; }
  plain=$(field "$output" "64-bit read, plain:  ")
  [ "$(field "$output" "64-bit read, guarded: ")" = 0 ] || { explain "no torn read inside a critical section" "$output" "see guarded_read()"; return 1; }
  if [ "$want_plain" = some ]; then
    [ "$plain" -gt 0 ] || { explain "plain 64-bit reads to tear on $board" "$plain torn reads" "two 32-bit loads with the handler in between"; return 1; }
  else
    [ "$plain" -eq 0 ] || { explain "no torn plain reads on $board" "$plain" "see the disassembly of plain_read()"; return 1; }
  fi
  note "$board: $plain torn plain reads in $(field "$output" "64-bit read, plain:  $plain torn reads in "), 0 guarded"
}

plain_read_instructions() {  # plain_read_instructions BOARD two-loads|one-ldrd
  local code loads
  load_board_env "$1" && builds > /dev/null || { builds; return 1; }
  learner_runs --name plain-read \
    "arm-none-eabi-objdump -d -C --no-show-raw-insn --disassemble='(anonymous namespace)::plain_read()' build/$BOARD/main/firmware.elf" || return 1
  code=$(grep -E '^ +[0-9a-f]+:' <<< "$LEARNER_OUTPUT")
  loads=$(grep -c -E ':\s+ldr\s' <<< "$code")
  if [ "$2" = two-loads ]; then
    [ "$loads" -ge 3 ] && ! grep -q ldrd <<< "$code" || { echo "$code" | indent
      explain "plain_read() on $1 to load the address, then each half with its own ldr" "the code above" "GCC's choice changed"; return 1; }
    note "$1: plain_read() loads the two halves with two separate ldr instructions"
  else
    grep -q -E ':\s+ldrd\s' <<< "$code" || { echo "$code" | indent
      explain "plain_read() on $1 to load both halves with one ldrd" "the code above" "GCC's choice changed"; return 1; }
    note "$1: plain_read() loads both halves with one ldrd"
  fi
}

lock_free_on_m3() {
  load_board_env lm3s6965evb && builds > /dev/null || { builds; return 1; }
  local code
  code=$(disassembly "$(variant_elf)" "(anonymous namespace)::count_in_main()")
  [ -n "$code" ] || code=$(disassembly "$(variant_elf)" "main")
  grep -q ldrex <<< "$code" && grep -q strex <<< "$code" || { explain "the M3's atomic increment to use ldrex/strex" "no exclusive access in the loop" "see build/lm3s6965evb/main/firmware.lst"; return 1; }
  note "Cortex-M3: fetch_add is an ldrex/strex loop"
}

critical_section_on_m0() {
  load_board_env microbit && builds > /dev/null || { builds; return 1; }
  local all
  all=$(arm-none-eabi-objdump -d "$(variant_elf)")
  grep -q -E 'ldrex|strex' <<< "$all" && { explain "no exclusive access instructions in the M0 build" "found some" "ARMv6-M has none"; return 1; }
  grep -q '__atomic_' <<< "$all" && { explain "no __atomic_ library calls in the M0 build" "found some" "see sync/atomic_counter.hpp"; return 1; }
  grep -q 'cpsid' <<< "$all" || { explain "the M0 counter to use a critical section (cpsid)" "no cpsid" "see sync/atomic_counter.hpp"; return 1; }
  note "Cortex-M0: no ldrex/strex, no __atomic_ calls; the counter masks interrupts (cpsid) instead"
}

long_sections_lose_ticks() {
  local output free masked
  output=$(race_output_once lm3s6965evb) || { echo "$output"; return 1; }
  free=$(field "$output" "timer ticks, interrupts free:   ")
  masked=$(field "$output" "timer ticks, long critical sections: ")
  [ "$masked" -lt $((free / 2)) ] || { explain "far fewer ticks seen with long critical sections than without ($free)" "$masked" "is piece_of_work() still several timer periods long?"; return 1; }
  note "the same work saw $free timer ticks with interrupts free, $masked with long critical sections: $((free - masked)) ticks lost"
}

flood_data() {  # flood_data BYTES: the bytes to send (flood.cpp's flood_bytes), as the Makefile makes them
  make_lesson "build/flood-$1.bin" > /dev/null && echo "build/flood-$1.bin"
}

# How many bytes every flood variant expects (flood_bytes in flood.cpp).
flood_size() { echo 20000; }

# flood_complete BOARD VARIANT: with flow control, every byte arrives, in
# order, none dropped, whatever the host's speed and however slow main is.
flood_complete() {
  local board=$1 variant=$2 data want resumed bytes
  load_board_env "$board" || return 1
  bytes=$(flood_size)
  data=$(flood_file "$bytes")
  qemu_expect --variant "$variant" --feed "$data" --timeout 60 --exit 0 --contains "received: $bytes" || return 1
  want=$flood_checksum
  grep -q "dropped:  0" <<< "$QEMU_OUTPUT" && grep -q "checksum: $want" <<< "$QEMU_OUTPUT" || { echo "$QEMU_OUTPUT" | indent
    explain "all $bytes bytes, none dropped, checksum $want" "something else (above)" \
      "with flow control the handler must never read a byte it has no room for: see receive_with_flow_control() in flood.cpp"; return 1; }
  cmp -s "$LESSON_DIR/$data" "$QEMU_ECHO" || { explain "the echo to equal what was sent" "$(stat -c %s "$QEMU_ECHO") bytes that differ" "is the consumer skipping or repeating bytes?"; return 1; }
  if [ "$variant" = flood-slow ]; then
    # The slowest consumer keeps the 256 slots of flood.cpp's ring buffer
    # full: the receiver pauses once they are (at byte 256), and every 128
    # bytes after (main resumes it at half), as long as the bytes last.
    local pauses=$(( 1 + (bytes - 256) / 128 ))
    resumed=$(field "$QEMU_OUTPUT" "resumed:  ")
    [ "${resumed:-0}" = "$pauses" ] || { echo "$QEMU_OUTPUT" | indent
      explain "the slowest consumer to pause and resume the receiver $pauses times (at byte 256, then every 128 of $bytes)" \
        "resumed: ${resumed:-nothing} (above)" \
        "dawdle() waits until the handler has filled the buffer and masked the interrupt; resume_receiving_when_half_empty() unmasks it at half"; return 1; }
    note "$board: the slowest consumer: $bytes bytes, checksum $want, echo identical; the receiver was paused and resumed $resumed times"
  else
    note "$board: $bytes bytes in through the interrupt, checksum $want, echoed back identical"
  fi
}

flood_drops_counted() {
  local board=$1 data received dropped verdict
  load_board_env "$board" || return 1
  data=$(flood_file "$(flood_size)")
  qemu_expect --variant flood-drop --feed "$data" --timeout 60 --exit 0 --contains "received: " || return 1
  received=$(field "$QEMU_OUTPUT" "received: ") dropped=$(field "$QEMU_OUTPUT" "dropped:  ")
  [ "$dropped" -gt 0 ] || { explain "a slow consumer to make the ring buffer drop bytes" "dropped: 0" "be_busy_elsewhere() in flood.cpp"; return 1; }
  verdict=$("$PYTHON3" - "$LESSON_DIR/$data" "$QEMU_ECHO" "$received" "$dropped" <<'PY'
import sys
sent, echo = open(sys.argv[1], "rb").read(), open(sys.argv[2], "rb").read()
received, dropped = int(sys.argv[3]), int(sys.argv[4])
i = 0
for byte in echo:  # the echo must be the sent bytes, in order, some left out
    while i < len(sent) and sent[i] != byte:
        i += 1
    if i == len(sent):
        print("the echo is not an in-order subsequence of what was sent"); sys.exit()
    i += 1
if len(echo) != received:
    print(f"the echo has {len(echo)} bytes, but the firmware says it received {received}"); sys.exit()
if len(sent) - len(echo) != dropped:
    print(f"{len(sent) - len(echo)} bytes are missing, but the drop counter says {dropped}"); sys.exit()
print("ok")
PY
)
  [ "$verdict" = ok ] || { explain "every missing byte counted as dropped, the rest in order" "$verdict" "a byte lost without being counted is the bug this check exists for"; return 1; }
  note "$board: slow consumer: $received received in order, $dropped dropped, and exactly $dropped missing from the echo"
}

# After the 16 core entries the vector table has one per interrupt of the
# chip: COUNT on BOARD (the size of its .vectors section, in words).
interrupt_entries() {  # interrupt_entries BOARD COUNT
  local bytes entries
  load_board_env "$1" && builds > /dev/null || { builds; return 1; }
  bytes=$(arm-none-eabi-objdump -h "$(variant_elf)" | awk '$2 == ".vectors" {print "0x" $3}')
  [ -n "$bytes" ] || { explain "a .vectors section in the $1 image" "none" "see common/runtime/firmware.ld"; return 1; }
  entries=$(( bytes / 4 - 16 ))
  [ "$entries" -eq "$2" ] || { explain "$2 interrupt entries after the 16 core ones on $1" "$entries ($((bytes)) bytes of .vectors)" \
    "common/chips/$CHIP/interrupts.cpp must have one entry per interrupt of the datasheet's table"; return 1; }
  note "$1: .vectors is $((bytes)) bytes: the 16 core entries and $entries interrupts"
}

# The race's numbers as the text gives them (lesson 05, "The race, made
# real" and "Torn reads"), read from the build: the tick's period and the
# rounds (race.cpp's constants, in the ELF's debug information), and
# tick_time's step, the immediate Tick_Handler adds (2^28: the low word
# wraps every 2^32 / step ticks).
race_as_built() {
  local elf constants period rounds step wraps
  load_board_env lm3s6965evb && builds > /dev/null || { builds; return 1; }
  elf=$(variant_elf)
  constants=$(gdb-multiarch -nx -batch -ex "print '(anonymous namespace)::timer_period_cycles'" \
    -ex "print '(anonymous namespace)::rounds'" "$elf" 2>&1)
  period=$(sed -n '1s/^\$1 = //p' <<< "$constants") rounds=$(sed -n '2s/^\$2 = //p' <<< "$constants")
  step=$(disassembly "$elf" Tick_Handler | grep -o -E '#[0-9]+' | tr -d '#' | sort -n | tail -n 1)
  [ -n "$step" ] && [ "$step" -gt 0 ] && wraps=$(( (1 << 32) / step ))
  [ "$period" = 101 ] && [ "$rounds" = 10000 ] && [ "${wraps:-}" = 16 ] || {
    echo "$constants" | indent
    explain "a tick every 101 cycles, 10000 rounds, tick_time's low word wrapping every 16 ticks (what lesson 05 says)" \
      "period ${period:-unknown}, rounds ${rounds:-unknown}, a step of ${step:-unknown} (wrapping every ${wraps:-?} ticks)" \
      "race.cpp changed: update lessons/05-interrupts.md ('The race, made real', 'Torn reads') to match, or race.cpp back"; return 1; }
  note "race.cpp as built: a tick every $period cycles, $rounds rounds, tick_time + $step per tick (its low word wraps every $wraps ticks)"
}

race_picture_matches() {
  load_board_env lm3s6965evb || return 1
  local fresh="$BUILD/race-timeline.svg" committed="$COURSE/lessons/images/05-race-timeline.svg" race
  race=$(transcript_path run)
  needs_fresh "$race" || return
  "$PYTHON3" "$COURSE/common/tools/race_timeline.py" "$ELF" "$race" "$fresh" || return 1
  picture_matches "$committed" "$fresh" "run 'make -C 05_interrupts race-timeline' after the checks" || return 1
  note "the race picture shows this build's instructions and its measured loss"
}

builds_on_both() { builds && on_board microbit builds; }

# The handler without extern "C": the chip's interrupts.hpp, which
# flood.cpp sees through chip_hal.hpp, declared it extern "C" first, so the
# definition keeps the C name the vector table calls.
handler_keeps_its_c_name() {
  local variant=handler-without-extern-c object names out
  object="build/$BOARD/$variant/lesson/flood.o"
  if ! out=$(make_lesson VARIANT=$variant "$object"); then
    seeded_mistake_already_made "$variant" "$out" && return $NOT_CHECKED
    tail -n 5 <<< "$out" | indent
    explain "flood.cpp without extern \"C\" on its handler to compile" "it did not (above)" "see EDIT.$variant in 05_interrupts/Makefile"
    return 1
  fi
  names=$(arm-none-eabi-nm "$LESSON_DIR/$object" | awk '$2 == "T" && $3 ~ /UART0_Handler/ {print $3}')
  [ "$names" = UART0_Handler ] || { explain "the object to define UART0_Handler, unmangled" "it defines: ${names:-no handler}" \
    "does common/chips/$CHIP/interrupts.hpp still declare UART0_Handler extern \"C\", and flood.cpp include chip_hal.hpp?"; return 1; }
  note "without extern \"C\", flood.o still defines $names: the C name the vector table calls"
}

# Every handler a chip's vector table calls by name (interrupts.cpp) is
# declared extern "C" in its interrupts.hpp, and the core's through
# runtime/vectors.hpp, which it includes: or the mistake above would be
# silent for the ones left out.
every_handler_declared() {
  local chip missing=""
  for chip in $(ls "$COURSE/common/chips"); do
    [ -f "$COURSE/common/chips/$chip/interrupts.cpp" ] || continue
    grep -q -x '#include "runtime/vectors.hpp".*' "$COURSE/common/chips/$chip/interrupts.hpp" || missing+=" $chip:the-core's-handlers(runtime/vectors.hpp)"
    for handler in $(sed -n 's/.*gnu::alias("Chip_Unhandled_IRQ")]] void \([A-Za-z0-9_]*\)();.*/\1/p' "$COURSE/common/chips/$chip/interrupts.cpp"); do
      grep -q -x "void $handler();" "$COURSE/common/chips/$chip/interrupts.hpp" || missing+=" $chip:$handler"
    done
  done
  [ -z "$missing" ] || { explain "every handler of interrupts.cpp declared extern \"C\" in the chip's interrupts.hpp" "missing:$missing" \
    "add each to the extern \"C\" block of common/chips/<chip>/interrupts.hpp"; return 1; }
  note "every chip's interrupts.hpp declares each handler of its vector table extern \"C\""
}

# The vector number given where the interrupt number belongs: the flood
# waits for ever, and the hang's diagnosis says to look at the number.
# flood.cpp arms no timer, and its one input is the UART, whose interrupt is
# then pending and never enabled: asleep, it can never wake. The run ends
# as soon as QEMU shows that (--stop-when-stuck: no timer, asleep, only an
# interrupt the NVIC does not enable pending), not at a timeout: the 20 s
# are a backstop, which a firmware that hangs as this one does never meets.
wrong_irq_hangs() {
  local out
  load_board_env lm3s6965evb || return 1
  out=$(qemu_expect --variant flood-wrong-irq --feed "$(flood_file "$(flood_size)")" --feed-after $'ready\n' --icount --stop-when-stuck \
    --timeout 20 --exit 0 --contains "received: ") && { echo "$out"; return 0; }
  echo "$out"
  grep -q '^got:      it will never wake' <<< "$out" || explain "the hang found as it happens: asleep for good, stopped at once" \
    "QEMU was stopped at the 20 s backstop (above)" \
    "did QEMU say 'icount sleep disabled and no active timers' (the run must use -icount)? see common/check/qemu-state.py --until-stuck"
  return 1
}

# Its twin: the same firmware sent nothing. Asleep with nothing pending, a
# byte could still wake it (were its interrupt enabled): not stuck for good,
# so it runs to its timeout, as any firmware that waits.
wrong_irq_without_input() {
  load_board_env lm3s6965evb || return 1
  qemu_expect --variant flood-wrong-irq --name run-flood-wrong-irq-sent-nothing --icount --stop-when-stuck --timeout 1 \
    --exit 0 --contains "received: "
}

# The floods and the two runs of the wrong-number mistake need nothing from
# the other checks, and spend most of their time waiting (on QEMU's UART,
# which takes one byte per turn of its main loop, or on a timeout): they
# start first, in the background, beside the race checks. All at once: on 2
# cores, six floods side by side took a third of the time they take one
# after another, and less than two by two, for the same CPU (measured).
# The mistake's twin early: it waits a whole second.
flood_data "$(flood_size)" > /dev/null
flood_file() { echo "build/flood-$1.bin"; }  # flood_file BYTES: made just above (lesson-relative)
# Its Adler-32 (zlib's), which the floods with flow control must print: the
# same bytes for all four, so worked out once.
flood_checksum=$("$PYTHON3" -c "import zlib, sys; print('0x%08x' % zlib.adler32(open(sys.argv[1], 'rb').read()))" \
  "$(flood_file "$(flood_size)")" 2>&1)
# The mistake's two runs start together and build the same variant: built
# first, here, their two builds find it done (two at once would clash).
( on_board lm3s6965evb make_lesson VARIANT=flood-wrong-irq ) > /dev/null
check_in_background "mistake: UART0's vector number (21) given to the NVIC: the flood hangs, and the check says to look at the interrupt number first" \
  check_fails_with --transcript mistake-wrong-irq "so look at 3 first: the interrupt number" wrong_irq_hangs
check_in_background "must fail: sent nothing, the same firmware waits with no interrupt pending: not stopped as stuck, it runs to its timeout" \
  check_fails_with "it was still running after 1 s (a hang)" wrong_irq_without_input
check_in_background "lm3s6965evb: with flow control, 20000 bytes flood in through the RX interrupt, complete and in order" \
  flood_complete lm3s6965evb flood
check_in_background "microbit: the same flood, complete and in order" flood_complete microbit flood
check_in_background "lm3s6965evb: with flow control, the slowest consumer still loses nothing" flood_complete lm3s6965evb flood-slow
check_in_background "microbit: the same slowest consumer loses nothing" flood_complete microbit flood-slow
check_in_background "lm3s6965evb: without flow control, a slow consumer drops bytes, and the drop counter accounts for every one" \
  flood_drops_counted lm3s6965evb
check_in_background "microbit: the same, on the Cortex-M0" flood_drops_counted microbit
check "race demo builds on both boards" builds_on_both
# Built: the race, twice on each board, in the background too (it computes
# where the floods wait); the checks below that read its output wait for it.
check_in_background "lm3s6965evb: the racy counter loses updates (same number every run); critical section and atomic lose none" \
  race_loses_updates_and_fixes_do_not lm3s6965evb
check_in_background "microbit: the same on the Cortex-M0" race_loses_updates_and_fixes_do_not microbit
check "lm3s6965evb: with the loop in step with the timer, the same race loses nothing" race_in_step_loses_nothing lm3s6965evb
check "microbit: the same, in step, on the Cortex-M0" race_in_step_loses_nothing microbit
check "microbit: a plain 64-bit read tears; a guarded one does not" torn_reads microbit some
check "microbit: the plain 64-bit read is two 32-bit loads" plain_read_instructions microbit two-loads
check "lm3s6965evb: no torn reads, because the read is one LDRD" torn_reads lm3s6965evb none
check "must fail: the micro:bit's two loads do tear, so the same check fails there" \
  check_fails_with "no torn plain reads on microbit" torn_reads microbit none
check "lm3s6965evb: the plain 64-bit read is a single ldrd" plain_read_instructions lm3s6965evb one-ldrd
check "Cortex-M3: the atomic counter is LDREX/STREX" lock_free_on_m3
check "Cortex-M0: the counter links with a critical section, no atomics library" critical_section_on_m0
check "pitfall: std::atomic fetch_add on the Cortex-M0 fails to link" \
  on_board microbit build_fails_with std-atomic "undefined reference to \`__atomic_fetch_add_4'"
check "the same std::atomic code links on the Cortex-M3" on_board lm3s6965evb builds std-atomic
check "pitfall: a critical section without a name does not compile ([[nodiscard]] constructor)" \
  build_fails_with unnamed-critical-section \
  "declared with attribute 'nodiscard': 'a critical section lasts as long as its guard: name it'"
check "pitfall: a SysTick period of one cycle (a reload of 0, which never fires) does not compile, and the error names the rule" \
  build_fails_with sys-tick-period-one "period_must_be_2_to_16777216_cycles"
check "pitfall: SysTick on the nRF51, which has none, does not compile, and the compiler says why" \
  on_board microbit build_fails_with sys-tick "this chip's core has no SysTick"
check "the same SysTick code builds on the LM3S6965, whose core has one" on_board lm3s6965evb builds sys-tick
check "long critical sections lose timer ticks" long_sections_lose_ticks
pending_once_output='raised 3 times while masked, the handler ran 1 time\n'
check "lm3s6965evb: an interrupt raised three times while masked runs its handler once" \
  qemu_expect --variant pending-once --exit 0 --output "$pending_once_output"
check "microbit: an interrupt raised three times while masked runs its handler once" \
  on_board microbit qemu_expect --variant pending-once --exit 0 --output "$pending_once_output"
check "must fail: raised three times with interrupts free, the handler runs three times" \
  check_fails_with "the handler ran 3 times" qemu_expect --variant pending-unmasked --exit 0 --output "$pending_once_output"
check "the vector table: 44 interrupts on the LM3S6965" interrupt_entries lm3s6965evb 44
check "the vector table: 26 interrupts on the nRF51" interrupt_entries microbit 26
check "must fail: the nRF51's table does not have the LM3S6965's 44" \
  check_fails_with "44 interrupt entries after the 16 core ones on microbit" interrupt_entries microbit 44
check "an interrupt without a handler is named, then panics" \
  qemu_expect --variant unhandled-irq --exit 101 --output 'panic: unhandled interrupt: IRQ 1\n'
check "an interrupt nobody handles, where a clean exit was expected: the check names the handler to define" \
  check_fails_with "the vector table calls $( [ "$BOARD" = microbit ] && echo RADIO_Handler || echo GPIOB_Handler) for IRQ 1" \
  qemu_expect --variant unhandled-irq --exit 0
check "microbit: an interrupt nobody handles: the check names RADIO_Handler for IRQ 1" \
  on_board microbit check_fails_with "the vector table calls RADIO_Handler for IRQ 1" qemu_expect --variant unhandled-irq --exit 0
check "mistake: a handler without extern \"C\" keeps its C name (the chip's interrupts.hpp declares it)" handler_keeps_its_c_name
check "every handler of each chip's vector table is declared extern \"C\" in its interrupts.hpp" every_handler_declared
check "microbit: an interrupt without a handler is named, then panics" \
  on_board microbit qemu_expect --variant unhandled-irq --exit 101 --output 'panic: unhandled interrupt: IRQ 1\n'
check "race.cpp as built: a tick every 101 cycles, 10000 rounds, tick_time's low word wrapping every 16 ticks" race_as_built
finish_background_checks
# After the race's checks: the picture needs the one that recorded the run to have passed.
check "the race picture matches the build and the measured loss" race_picture_matches
check "lesson text matches the code and the transcripts" docs_match lessons/05-interrupts.md
