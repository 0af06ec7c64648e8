# Lesson 04's checks: one driver source, two chips, and what the interface costs.

expected_output() { sed "s/CHIP/$CHIP/" "$LESSON_DIR/expected-output.txt"; }

same_source_on_board() {
  on_board "$1" qemu_expect --exit 0 --output "$(on_board "$1" expected_output)"
}

sizes_weighed() {
  local concepts raw virtual_
  for variant in main raw-job virtual-job; do
    builds "${variant/main/}" > /dev/null || { builds "${variant/main/}"; return 1; }
  done
  learner_runs --name sizes \
    "arm-none-eabi-size build/$BOARD/raw-job/firmware.elf build/$BOARD/main/firmware.elf build/$BOARD/virtual-job/firmware.elf" || return 1
  raw=$(awk 'NR == 2 {print $1}' <<< "$LEARNER_OUTPUT") concepts=$(awk 'NR == 3 {print $1}' <<< "$LEARNER_OUTPUT")
  virtual_=$(awk 'NR == 4 {print $1}' <<< "$LEARNER_OUTPUT")
  [ "$concepts" -le "$raw" ] || { explain "the concept-based build no larger than raw register code ($raw bytes)" "$concepts bytes" \
    "compare the disassembly of jobs::shift_out in build/$BOARD/main and build/$BOARD/raw-job"; return 1; }
  # The text says the virtual version is larger: its calls stay calls.
  [ "$virtual_" -gt "$concepts" ] || { explain "the virtual build larger than the concept-based one ($concepts bytes)" "$virtual_ bytes" \
    "did the compiler devirtualise it? then the text's 'the virtual version is larger' no longer holds"; return 1; }
  note ".text: raw $raw, concepts $concepts, virtual $virtual_ bytes"
}

instructions_of_job() {
  arm-none-eabi-objdump -d --no-show-raw-insn --disassemble=_ZN4jobs9shift_outEh "$1" | awk '/^ +[0-9a-f]+:/ {$1 = ""; sub(/@.*/, ""); print}'
}

same_instructions_as_raw() {
  local concepts raw
  concepts=$(instructions_of_job "$(variant_elf)") raw=$(instructions_of_job "$(variant_elf raw-job)")
  [ -n "$concepts" ] && [ "$concepts" = "$raw" ] || { diff <(echo "$raw") <(echo "$concepts") | head -n 10 | indent
    explain "jobs::shift_out to compile to the same instructions either way" "they differ (raw < >concepts, above)" \
      "an abstraction that costs shows up here first"; return 1; }
  note "jobs::shift_out: $(wc -l <<< "$concepts") instructions, identical in the concept and raw builds"
}

virtual_calls_remain() {
  local code
  code=$(disassembly "$(variant_elf virtual-job)" "(anonymous namespace)::VirtualShiftRegister::write(unsigned char)")
  grep -q -E '^ +[0-9a-f]+:\s+blx\s' <<< "$code" || { explain "indirect calls (blx) in the virtual driver's write()" "none" \
    "did the compiler devirtualise it? see build/$BOARD/virtual-job/firmware.lst"; return 1; }
  note "VirtualShiftRegister::write makes $(grep -c -E 'blx' <<< "$code") indirect call sites (blx): one per pin change, through a vtable"
}

# The rules of the chip's strict double (tests/host/doubles/strict_CHIP.hpp),
# each with where it is written and the host test that breaks it on
# purpose: every rule must have one.
rules_listed() {
  local tool rules id missing=""
  tool=$(silicon_tool) || { echo "$tool"; return 1; }
  rules=$("$tool" rules "$CHIP") || { echo "$rules" | indent; explain "the rules of $CHIP" "none (above)" "see tests/host/silicon.cpp"; return 1; }
  keep_transcript silicon-rules "$rules"
  for id in $(grep -E '^[a-z]' <<< "$rules"); do
    grep -q -F "TEST_CASE(\"$CHIP must fail: $id\")" "$COURSE/tests/host/test_strict_$CHIP.cpp" || missing+=" $id"
  done
  [ -z "$missing" ] || { explain "a must-fail host test for every rule of $CHIP" "none for:$missing" \
    "add TEST_CASE(\"$CHIP must fail: ID\") to tests/host/test_strict_$CHIP.cpp, breaking that rule on purpose"; return 1; }
  note "$(grep -c -E '^[a-z]' <<< "$rules") rules of $CHIP, each broken on purpose by its own host test"
}

# The what-ran-where tables of the lesson: each rule they name (`id`) is a
# rule of their board's chip, each check they name ("name") is declared in
# some checks.sh.
what_ran_where_names_exist() {
  local tool rows declared chip row id name missing="" rules=0 checks=0
  tool=$(silicon_tool) || { echo "$tool"; return 1; }
  rows=$(awk '/^## What ran where/ {on = 1; next} /^## / {on = 0}
    on && /^### EK-LM3S6965/ {chip = "lm3s6965"} on && /^### micro:bit/ {chip = "nrf51"}
    on && chip && /^\| [^-]/ {print chip "\t" $0}' "$COURSE/lessons/04-drivers.md")
  [ -n "$rows" ] || { explain "two tables under '## What ran where' in lessons/04-drivers.md" "none" "see the lesson"; return 1; }
  declared=$(cat "$COURSE"/[0-9][0-9]_*/checks.sh "$COURSE"/tests/*/checks.sh | grep -o -E '^(check|check_in_background) "[^"]*"')
  local -A ids=([lm3s6965]=$("$tool" rules lm3s6965 | grep -E '^[a-z]') [nrf51]=$("$tool" rules nrf51 | grep -E '^[a-z]'))
  # Each `rule-id` and each "check name" of a row, left to right (the
  # shell's own matching: a table has a few dozen of them).
  local rule_pattern='`([a-z0-9]+(-[a-z0-9]+)+)`' name_pattern='"([^"]+)"' rest
  while IFS=$'\t' read -r chip row; do
    rest=$row
    while [[ "$rest" =~ $rule_pattern ]]; do
      id=${BASH_REMATCH[1]} rest=${rest#*"${BASH_REMATCH[0]}"}
      [[ $'\n'"${ids[$chip]}"$'\n' == *$'\n'"$id"$'\n'* ]] || missing+=" rule $id ($chip);"
      rules=$((rules + 1))
    done
    rest=$row
    while [[ "$rest" =~ $name_pattern ]]; do
      name=${BASH_REMATCH[1]} rest=${rest#*"${BASH_REMATCH[0]}"}
      [[ "$declared" == *"\"$name\""* ]] || missing+=" check \"$name\";"
      checks=$((checks + 1))
    done
  done <<< "$rows"
  [ -z "$missing" ] || { explain "every rule and check the tables name to exist" "not found:$missing" \
    "fix the table in lessons/04-drivers.md, or the rule (tests/host/doubles/strict_*.hpp) or check it meant"; return 1; }
  note "$(wc -l <<< "$rows") rows name $rules rules and $checks checks, all of them real"
}

# Why print_decimal is one template, not two overloads (lessons/04-drivers.md).
int32_is_long() {
  local out
  out=$(printf '#include <cstdint>\n#include <type_traits>\nstatic_assert(std::is_same_v<std::int32_t, long>);\n' |
    arm-none-eabi-g++ -std=c++20 -fsyntax-only -x c++ - 2>&1) || { echo "$out" | indent
    explain "std::int32_t to be long with arm-none-eabi-g++" "it is not (above)" "the text's reason for print_decimal's template no longer holds: fix lessons/04-drivers.md"; return 1; }
  note "arm-none-eabi-g++: std::int32_t is long, so print_decimal(0) needs the template"
}

check "firmware builds" builds
check "on arm-none-eabi, std::int32_t is long" int32_is_long
# The text's reason, tried: with one overload for std::int32_t and one for
# std::uint32_t, an int argument converts to either, and the call is ambiguous.
two_overloads_are_ambiguous() {
  local out
  if out=$(printf '%s\n' '#include <cstdint>' 'void print_decimal(std::int32_t);' 'void print_decimal(std::uint32_t);' \
    'void use() { print_decimal(42); }' | arm-none-eabi-g++ -std=c++20 -fsyntax-only -x c++ - 2>&1); then
    explain "print_decimal(42) to be ambiguous between std::int32_t and std::uint32_t overloads" "it compiled" \
      "the text's reason for print_decimal's template no longer holds: fix lessons/04-drivers.md"; return 1
  fi
  grep -q -F "call of overloaded 'print_decimal(int)' is ambiguous" <<< "$out" || { echo "$out" | indent
    explain "GCC to call print_decimal(42) ambiguous" "it failed differently (above)" "see lessons/04-drivers.md, the console"; return 1; }
  note "arm-none-eabi-g++: call of overloaded 'print_decimal(int)' is ambiguous"
}
check "two overloads, for std::int32_t and std::uint32_t: print_decimal(42) is ambiguous" two_overloads_are_ambiguous
check "lm3s6965evb: the portable drivers print what they should" same_source_on_board lm3s6965evb
check "microbit: the same source, unchanged, prints the same" same_source_on_board microbit
check "silicon rules: the drivers' program keeps what QEMU forgives (its register accesses, traced and replayed)" \
  silicon_rules_kept
check "silicon rules: job_raw.cpp, which bypasses the drivers, keeps them too" silicon_rules_kept --variant raw-job
check "silicon rules: microbit: the same source keeps the nRF51's" on_board microbit silicon_rules_kept
check "silicon rules: microbit: with TXD not made an output, the replay fails and names the rule" \
  on_board microbit check_fails_with "[uart-pins-in-gpio]" silicon_rules_kept \
  --drop 'memory_region_ops_write .*addr 0x50000760 '
check "the LM3S6965's silicon rules: each with where it is written and its must-fail host test" rules_listed
check "the nRF51's silicon rules: each with where it is written and its must-fail host test" \
  on_board microbit rules_listed
check "the what-ran-where tables name only rules and checks that exist" what_ran_where_names_exist
# The chip contract, make's half (common/chips/chip_contract.mk): a chip.mk
# without one of what the text lists stops make, with a line naming it.
# Each is emptied on make's command line, which overrides chip.mk.
chip_mk_contract() {
  local name out missing=""
  for name in CPU_FLAGS FLASH_START FLASH_SIZE RAM_START RAM_SIZE RAM_END CHIP_SOURCES; do
    out=$(make -n -C "$LESSON_DIR" "$name=" 2>&1) && { missing+=" $name (make went on)"; continue; }
    grep -q -F "chip.mk: $name is missing" <<< "$out" || missing+=" $name ($(tail -n 1 <<< "$out"))"
  done
  [ -z "$missing" ] || { explain "make to stop on a chip.mk without each of them, naming it" "not so for:$missing" \
    "see common/chips/chip_contract.mk"; return 1; }
  note "a chip.mk without CPU_FLAGS, a memory number or CHIP_SOURCES stops make, naming it"
}
check "the chip contract, make's half: a chip.mk missing CPU_FLAGS, a memory number or CHIP_SOURCES stops make, naming it" \
  chip_mk_contract
check "zero cost: concepts no larger than raw registers, virtual measured" sizes_weighed
check "the concept-based job compiles to the same instructions as the raw one" same_instructions_as_raw
check "the virtual version really calls through vtables" virtual_calls_remain
check "pitfall: a type missing set_low() is rejected, and the diagnostic names the concept" \
  build_fails_with half-a-pin "the required expression 'pin.set_low()' is invalid"
# transcript_says NAME TEXT: the transcript NAME, recorded above by a
# check that passed, holds TEXT (one build of the pitfall, read twice).
transcript_says() {
  local path
  path=$(transcript_path "$1")
  needs_fresh "$path" || return
  grep -q -F -- "$2" "$path" || { tail -n 15 "$path" | indent
    explain "the tools to say: $2" "they did not (above)" "run '$(head -n 1 "$path" | sed 's/^[^$]*\$ //')' in 04_drivers"; return 1; }
  note "the tools say: $(grep -F -m1 -- "$2" "$path")"
}
check "the diagnostic names the concept each pin must satisfy" \
  transcript_says build-half-a-pin "requires (OutputPin<Data>) && (OutputPin<Clock>) && (OutputPin<Latch>)"
# The one line of that diagnostic that says what is wrong, as the text
# shows the learner how to find it.
the_line_that_matters() {
  learner_runs --name half-a-pin-line --tool-messages "make VARIANT=half-a-pin 2>&1 | grep -A2 'required expression'" || return 1
  grep -q -F "note: the required expression 'pin.set_low()' is invalid" <<< "$LEARNER_OUTPUT" || { echo "$LEARNER_OUTPUT" | indent
    explain "grep to find the note that names the missing expression" "it found this (above)" "run in 04_drivers: $LEARNER_COMMAND"; return 1; }
  note "$(head -n 1 <<< "$LEARNER_OUTPUT")"
}
check "the one line that matters in that diagnostic is found by grep" the_line_that_matters
check "pitfall: a chip without a serial port stops the build, and the message names the missing role" \
  build_fails_with chip-without-serial "static assertion failed: chip::Serial is missing"
check "lesson text matches the code and the transcripts" docs_match lessons/04-drivers.md
