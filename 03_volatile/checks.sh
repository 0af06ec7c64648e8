# Lesson 03's checks: the UART and GPIO in QEMU, what volatile changes in
# the compiler's output, and what the typed layer costs (nothing).

# demo_listing NAME: `make demos NAME=...`, as the learner types it (kept as
# the transcript demo-NAME): the instructions of demos.cpp's functions
# whose name contains NAME, compiled at -O2.
demo_listing() {
  learner_runs --name "demo-$1" --tool-messages "make demos NAME=$1" || return 1
  learner_timed_out && return 1
  [ "$LEARNER_STATUS" -eq 0 ] || { echo "$LEARNER_OUTPUT" | tail -n 5 | indent
    explain "demos.cpp to compile, and '$LEARNER_COMMAND' to list it" "it did not (above)" "run it in 03_volatile"; return 1; }
}

# function_of PREFIX: from the last listing, the instructions of the
# function whose demangled name starts with PREFIX, one per line.
function_of() {
  awk -v p="<$1" 'index($0, p) == 10 {on = 1; next} /^$/ {on = 0} on {$1 = ""; print substr($0, 2)}' <<< "$LEARNER_OUTPUT"
}

count_matching() { grep -c -E "$1" <<< "$2"; }

plain_stores_collapse() {
  demo_listing pulse || return 1
  local plain volatile_ stores_plain stores_volatile
  plain=$(function_of "void demos::pulse<unsigned long>(") volatile_=$(function_of "void demos::pulse<unsigned long volatile>(")
  stores_plain=$(count_matching '^str' "$plain") stores_volatile=$(count_matching '^str' "$volatile_")
  [ "$stores_plain" -eq 1 ] || { explain "at -O2, without volatile, the three stores to collapse into one" "$stores_plain stores" "run 'make demos NAME=pulse' in 03_volatile"; return 1; }
  [ "$stores_volatile" -eq 3 ] || { explain "with volatile, all three stores" "$stores_volatile stores" "is pulse<volatile> still writing 1, 0, 1?"; return 1; }
  # The text says a nop after bx lr is padding: nothing but nops follows it.
  local code
  for code in "$plain" "$volatile_"; do
    awk '/^bx lr/ {done = 1; next} done && !/^nop/ {bad = 1} END {exit !bad}' <<< "$code" || continue
    explain "nothing but nop (padding) after a demo's bx lr" "$(tr '\n' ';' <<< "$code")" "the text explains the nop as padding: fix it"
    return 1
  done
  note "pulse(): plain $stores_plain store, volatile $stores_volatile stores"
}

plain_polling_loop_vanishes() {
  demo_listing wait_until_idle || return 1
  local plain volatile_
  plain=$(function_of "void demos::wait_until_idle<unsigned long>(") volatile_=$(function_of "void demos::wait_until_idle<unsigned long volatile>(")
  [ "$(count_matching '^ldr' "$plain")" -eq 0 ] || { explain "without volatile, no load of the status register at all" "$(tr '\n' ';' <<< "$plain")" "GCC's output changed; run '$LEARNER_COMMAND' in 03_volatile"; return 1; }
  grep -q -E '^ldr' <<< "$volatile_" && grep -q -E '^b(mi|ne|eq|pl)' <<< "$volatile_" || {
    explain "with volatile, a load inside a loop" "$(tr '\n' ';' <<< "$volatile_")" "run '$LEARNER_COMMAND' in 03_volatile"; return 1; }
  note "wait_until_idle(): plain $(grep -c -v '^nop' <<< "$plain") instruction(s), no load; volatile $(wc -l <<< "$volatile_") instructions, load in the loop"
}

volatile_increment_is_three_instructions() {
  demo_listing count_event || return 1
  local code
  code=$(function_of "demos::count_event(")
  [ "$(count_matching '^(ldr|adds|str)' "$code")" -eq 3 ] && ! grep -q ldrex <<< "$code" || {
    explain "a plain load, add and store (no exclusive access)" "$(tr '\n' ';' <<< "$code")" "run '$LEARNER_COMMAND' in 03_volatile"; return 1; }
  note "count_event(): ldr, adds, str: three instructions an interrupt can split"
}

division_moves_before_the_volatile_store() {
  demo_listing divide_with_trap_on || return 1
  local code sdiv store
  code=$(function_of "demos::divide_with_trap_on(")
  sdiv=$(grep -n -m1 '^sdiv' <<< "$code" | cut -d: -f1) store=$(grep -n -m1 '^str' <<< "$code" | cut -d: -f1)
  [ -n "$sdiv" ] && [ -n "$store" ] && [ "$sdiv" -lt "$store" ] || { echo "$code" | indent
    explain "the sdiv before the volatile store to CCR (GCC is allowed to move it)" "the order above" \
      "GCC's scheduling changed; the claim in the text that it moves must change with it"; return 1; }
  note "divide_with_trap_on(): sdiv is instruction $sdiv, the volatile store to CCR instruction $store"
}

atomic_rmw_is_an_exclusive_loop() {
  demo_listing set_bit_atomically || return 1
  local code
  code=$(function_of "demos::set_bit_atomically(")
  grep -q '^ldrex' <<< "$code" && grep -q '^strex' <<< "$code" && grep -q '^dmb' <<< "$code" || {
    explain "fetch_or to use ldrex/strex between dmb barriers" "$(tr '\n' ';' <<< "$code")" "run '$LEARNER_COMMAND' in 03_volatile"; return 1; }
  note "std::atomic fetch_or: dmb, ldrex, orr, strex, retry, dmb"
}

# gpio_reads_back_for_real [VARIANT]: every access gpio_round_trip() makes
# in the source is an instruction, in order: PF0 is written, read back,
# written and read back, so what it reports is what the pin said. All its
# accesses are volatile, so their order is the source's.
gpio_reads_back_for_real() {
  local variant=${1:-} code accesses tail
  builds "$variant" > /dev/null || { builds "$variant"; return; }
  # The instructions, without addresses: "ldr r2, [r3, #4]".
  code=$(disassembly "$(variant_elf "$variant")" "hello::gpio_round_trip()" | awk '{$1 = ""; print substr($0, 2)}' | sed 's/\s*@.*//')
  # Loads and stores of memory; a load from [pc, ...] fetches a constant.
  accesses=$(awk '$1 ~ /^(ldr|str)/ && $0 !~ /\[pc/ {sub(/\..*/, "", $1); print $1}' <<< "$code" | tr '\n' ' ')
  tail=$(awk '{for (i = NF - 3; i <= NF; i++) printf "%s%s", $i, (i < NF ? " " : "")}' <<< "$accesses")
  [ "$tail" = "str ldr str ldr" ] || { echo "$code" | indent
    explain "gpio_round_trip() to write PF0, read it back, write it, read it back: its accesses ending str ldr str ldr" \
      "its accesses: ${accesses% }: accesses vanished (code above)" \
      "the compiler kept only the accesses it could not predict, so the program reports a pin it never read: is volatile missing? build/$BOARD/${variant:-main}/firmware.lst shows the code"
    return 1; }
  note "gpio_round_trip(): $(wc -w <<< "$accesses") accesses, ending with PF0 written, read, written, read"
}

typed_costs_nothing() {
  builds raw > /dev/null && builds > /dev/null || { builds raw; builds; return 1; }
  # Sizes say nothing if one build lost accesses: that is the other check's failure.
  gpio_reads_back_for_real raw > /dev/null ||
    { not_checked "the raw build lost accesses (the check 'the GPIO read-back is a real load' says which): comparing sizes would blame the typed layer"; return; }
  local typed raw
  learner_runs --name zero-cost "arm-none-eabi-size build/$BOARD/raw/firmware.elf build/$BOARD/main/firmware.elf" || return 1
  raw=$(awk 'NR == 2 {print $1}' <<< "$LEARNER_OUTPUT") typed=$(awk 'NR == 3 {print $1}' <<< "$LEARNER_OUTPUT")
  [ "$typed" -le "$raw" ] || { explain "the typed build no larger than the raw one ($raw bytes)" "$typed bytes" \
    "compare build/$BOARD/main/firmware.lst with build/$BOARD/raw/firmware.lst"; return 1; }
  note "text: raw $raw bytes, typed $typed bytes"
}

smaller_than_newlib_printf() {
  make_lesson newlib-hello > /dev/null || { make_lesson newlib-hello | tail -n 5 | indent
    explain "the newlib-nano printf image to build" "it did not" "needs libnewlib-arm-none-eabi: make setup"; return 1; }
  local ours newlib
  learner_runs --name newlib-size "arm-none-eabi-size build/$BOARD/main/firmware.elf build/$BOARD/main/newlib-hello.elf" || return 1
  ours=$(awk 'NR == 2 {print $1 + $2}' <<< "$LEARNER_OUTPUT") newlib=$(awk 'NR == 3 {print $1 + $2}' <<< "$LEARNER_OUTPUT")
  [ "$ours" -lt "$newlib" ] || { explain "this lesson's image smaller than newlib's printf hello ($newlib bytes)" "$ours bytes" "what grew? see build/$BOARD/main/firmware.map"; return 1; }
  note "flash: this lesson $ours bytes, newlib-nano printf hello $newlib bytes"
}

# pitfalls/forgiven.cpp in QEMU, its register accesses replayed through the
# LM3S6965's rules: exactly these three must break.
forgiven_breaks_three_rules() {
  local tool trace out broken
  tool=$(silicon_tool) || { echo "$tool"; return 1; }
  trace=$(mktemp)
  qemu_expect --variant forgiven --exit 0 --trace "$trace" || { rm -f "$trace"; return 1; }
  out=$("$tool" replay "$CHIP" "$trace")
  rm -f "$trace"
  keep_transcript forgiven-replay "$out"
  broken=$(grep -o -E '^broken on .*\[[a-z-]+\]$|\[[a-z-]+\]$' <<< "$out" | grep -o -E '[a-z-]+\]$' | tr -d ']' | paste -sd ' ')
  [ "$broken" = "clock-gate-settled uart-pins-routed uart-baud" ] || { echo "$out" | indent
    explain "the replay to break clock-gate-settled, uart-pins-routed and uart-baud" "broken: ${broken:-none} (above)" \
      "pitfalls/forgiven.cpp must keep the old start; tests/host/doubles/strict_lm3s6965.hpp has the rules"; return 1; }
  note "broken: $broken"
}

# The UART at 115200 baud from each clock source of the LM3S6965: only the
# crystal's stay within 2 %.
baud_rates() {
  local tool table verdicts
  tool=$(silicon_tool) || { echo "$tool"; return 1; }
  table=$("$tool" baud)
  keep_transcript baud-rates "$table"
  verdicts=$(awk 'NR > 1 {print $NF}' <<< "$table" | paste -sd ' ')
  [ "$verdicts" = "yes yes no no" ] || { echo "$table" | indent
    explain "the two crystal clocks within 2 % of 115200 baud, the internal oscillator's two not" "within 2 %: $verdicts" \
      "see lm3s6965_clock_sources() in tests/host/doubles/strict_lm3s6965.hpp"; return 1; }
  note "$(awk 'NR == 2' <<< "$table" | tr -s ' ')"
}

check "firmware builds (typed register layer)" builds
check "UART prints exactly the text, and the GPIO pin reads back (typed)" \
  qemu_expect --exit 0 --output 'hello\ngpio: PF0 reads back 1, then 0\n'
check "the raw volatile-pointer version does the same" \
  qemu_expect --variant raw --exit 0 --output 'hello\ngpio: PF0 reads back 1, then 0\n'
check "silicon rules: the typed program keeps what QEMU forgives (its register accesses, traced and replayed)" \
  silicon_rules_kept
check "silicon rules: so does the raw one" silicon_rules_kept --variant raw
check "QEMU forgives: the raw job without crystal, settled gates or routed pins prints all the same" \
  qemu_expect --variant forgiven --exit 0 --output 'hello\ngpio: PF0 reads back 1, then 0\n'
check "silicon would not: replayed, its register accesses break three rules, each named with where it is written" \
  forgiven_breaks_three_rules
check "baud rates: only the crystal's clocks keep 115200 baud within 2 %" baud_rates

# The rules "What QEMU forgives" names (`id`) are rules of the LM3S6965's
# strict double, each broken on purpose by its own host test: the text
# cannot name a rule that does not exist or that nothing tests.
rules_named_exist() {
  local tool rules named id missing=""
  tool=$(silicon_tool) || { echo "$tool"; return 1; }
  rules=$("$tool" rules "$CHIP") || { echo "$rules" | indent; explain "the rules of $CHIP" "none (above)" "see tests/host/silicon.cpp"; return 1; }
  named=$(awk '/^## What QEMU forgives/ {on = 1; next} /^## / {on = 0} on' "$COURSE/lessons/03-volatile.md" |
    grep -o -E '`[a-z0-9]+(-[a-z0-9]+)+`' | tr -d '`' | sort -u)
  [ -n "$named" ] || { explain "rule names (\`clock-gate-settled\`...) under '## What QEMU forgives' in lessons/03-volatile.md" "none" "see the lesson"; return 1; }
  for id in $named; do
    grep -q -x -F "$id" <<< "$rules" && grep -q -F "TEST_CASE(\"$CHIP must fail: $id\")" "$COURSE/tests/host/test_strict_$CHIP.cpp" ||
      missing+=" $id"
  done
  [ -z "$missing" ] || { explain "every rule the lesson names to be a rule of $CHIP with its must-fail host test" "not so for:$missing" \
    "fix lessons/03-volatile.md, or the rule in tests/host/doubles/strict_$CHIP.hpp and its test in tests/host/test_strict_$CHIP.cpp"; return 1; }
  note "$(wc -w <<< "$named") rules named, each a rule of $CHIP with its must-fail host test: $(paste -sd ' ' <<< "$named")"
}
check "the rules the lesson names are the LM3S6965's, each broken on purpose by a host test" rules_named_exist
check "silicon rules: without the read that settles port A's clock gate, the replay fails and names the rule" \
  check_fails_with "[clock-gate-settled]" silicon_rules_kept --variant raw \
  --drop 'memory_region_ops_read .*addr 0x400fe108 value 0x1 '
check "the GPIO read-back is a real load: PF0 written, read, written, read (raw)" gpio_reads_back_for_real raw
check "the same with the typed layer" gpio_reads_back_for_real
check "mistake: raw.cpp without volatile still prints the same two lines" \
  qemu_expect --variant raw-without-volatile --exit 0 --output 'hello\ngpio: PF0 reads back 1, then 0\n'
check "mistake: without volatile, the read-back check fails, and says the accesses vanished" \
  check_fails_with --transcript mistake-without-volatile "accesses vanished" gpio_reads_back_for_real raw-without-volatile
check "mistake: UART0 at UART1's address prints nothing, and the check says to look at the base address first" \
  check_fails_with --transcript mistake-wrong-uart-address "so look at 3 first: its base address" \
  qemu_expect --variant wrong-uart-address --exit 0 --output 'hello\ngpio: PF0 reads back 1, then 0\n'
pin_mask_output='data[pin_mask(0)] read PF0 alone, data[pin_mask(1)] PF1 alone\n0 written to data[pin_mask(0)]: PF0 low, PF1 still high\n'
check "the PL061's masked address: data[m] reads and writes the pins in m alone" \
  qemu_expect --variant pin-mask --exit 0 --output "$pin_mask_output"
check "must fail: 0 written to data[0xff] instead, PF1 falls too" \
  check_fails_with "changed another pin" qemu_expect --variant pin-mask-all --exit 0 --output "$pin_mask_output"
check "without volatile, at -O2, three stores collapse into one" plain_stores_collapse
check "without volatile, at -O2, a polling loop and its load vanish" plain_polling_loop_vanishes
check "volatile does not make ++ atomic: load, add, store" volatile_increment_is_three_instructions
check "volatile does not order other work: the division runs before the volatile store" division_moves_before_the_volatile_store
check "std::atomic read-modify-write is an exclusive-access loop, not a register access" atomic_rmw_is_an_exclusive_loop
check "zero cost: the typed layer's .text is no larger than raw volatile code" typed_costs_nothing
check "size: this image against printf through newlib-nano" smaller_than_newlib_printf
# GCC 12 flags += on a volatile as deprecated too; GCC 14 no longer does.
compound_assignment_depends_on_gcc() {
  local major out words="compound assignment with 'volatile'-qualified left operand is deprecated"
  major=$(arm-none-eabi-gcc -dumpversion | cut -d. -f1)
  out=$(make_lesson VARIANT=volatile-increment all)
  case $major in
    12) grep -q -F "$words" <<< "$out" || { echo "$out" | tail -n 8 | indent
          explain "GCC 12 to reject += on a volatile: $words" "it did not (above)" "see pitfalls/volatile-increment.cpp"; return 1; }
        note "GCC 12: $words" ;;
    13) not_checked "GCC 13 is neither of the toolchains the text speaks of (12 and 14)" ;;
    *) ! grep -q -F "$words" <<< "$out" || { echo "$out" | tail -n 8 | indent
          explain "GCC $major to accept += on a volatile, as the text says" "it rejected it (above)" "fix the text in lessons/03-volatile.md"; return 1; }
        note "GCC $major: += on a volatile is no longer flagged; ++ still is" ;;
  esac
}

check "pitfall: ++ on a volatile is an error (C++20 deprecation, -Werror)" \
  build_fails_with volatile-increment "'++' expression of 'volatile'-qualified type is deprecated [-Werror=volatile]"
check "+= on a volatile: an error with GCC 12, accepted by GCC 14" compound_assignment_depends_on_gcc
check "|=, &= and ^= on a volatile still compile (un-deprecated by P2327)" builds bitwise-compound
check "pitfall: reinterpret_cast cannot make a constexpr register pointer" \
  build_fails_with constexpr-address "error: 'reinterpret_cast' from integer to pointer"
check "pitfall: writing a read-only register does not compile, and the message names the rule" \
  build_fails_with write-read-only "required for the satisfaction of 'Writable<access>' [with access = reg::Access::read_only]"
check "must fail: the read-only rule's words are not in another rule's message (modify() on a write-1-to-clear register)" \
  check_fails_with "it failed differently" build_fails_with modify-write-1-to-clear \
  "required for the satisfaction of 'Writable<access>' [with access = reg::Access::read_only]"
check "pitfall: modify() on a write-1-to-clear register does not compile, and the message names the rule" \
  build_fails_with modify-write-1-to-clear \
  "required for the satisfaction of 'ReadAndWriteMeanTheSame<access>' [with access = reg::Access::write_1_to_clear]"
check "pitfall: modify() on a write-1-to-set register does not compile, and the message names the rule" \
  build_fails_with modify-write-1-to-set \
  "required for the satisfaction of 'ReadAndWriteMeanTheSame<access>' [with access = reg::Access::write_1_to_set]"
check "pitfall: a field of one register written into another does not compile, and the message names the rule" \
  build_fails_with field-of-another-register \
  "static assertion failed: a field belongs to its register, and this value is another register's"
# transcript_says NAME TEXT: the transcript NAME, recorded above by a
# check that passed in this run, holds TEXT (one build, read twice).
transcript_says() {
  local path
  path=$(transcript_path "$1")
  needs_fresh "$path" || return
  grep -q -F -- "$2" "$path" || { tail -n 12 "$path" | indent
    explain "the tools to say: $2" "they did not (above)" "run '$(head -n 1 "$path" | sed 's/^[^$]*\$ //')' in 03_volatile"; return 1; }
  note "the tools say: $(grep -F -m1 -- "$2" "$path" | sed 's/^.*note: //')"
}
check "that message names both layouts: the UART's Control and the core's ConfigurationControl" \
  transcript_says build-field-of-another-register "is_same_v<lm3s6965::pl011::Control, cortex_m::ccr::ConfigurationControl>"
check "pitfall: a register struct with a missing gap does not compile" \
  build_fails_with missing-padding "UARTFR must be at offset 0x018"
check "lesson text matches the code and the transcripts" docs_match lessons/03-volatile.md
