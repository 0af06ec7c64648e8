# Lesson 03's checks: the UART and GPIO in QEMU, what volatile changes in
# the compiler's output, and what the typed layer costs (nothing).

demo_disassembly() {  # demo_disassembly FUNCTION-PREFIX: one demo function, demangled
  local object="$BUILD/demos.o" symbol
  symbol=$(arm-none-eabi-nm "$object" | awk '$2 ~ /^[TW]$/ {print $3}' | while read -r s; do
    [[ "$(arm-none-eabi-c++filt "$s")" == "$1"* ]] && echo "$s"; done | head -n 1)
  [ -n "$symbol" ] || return 1
  arm-none-eabi-objdump -d --no-show-raw-insn --disassemble="$symbol" "$object" | awk '/^ +[0-9a-f]+:/ {$1 = ""; print substr($0, 2)}'
}

count_matching() { grep -c -E "$1" <<< "$2"; }

build_demos() {
  make_lesson demos > /dev/null || { make_lesson demos | tail -n 5 | indent; explain "demos.cpp to compile" "it did not" "see above"; return 1; }
}

plain_stores_collapse() {
  build_demos || return 1
  local plain volatile_ stores_plain stores_volatile
  plain=$(demo_disassembly "void demos::pulse<unsigned long>") volatile_=$(demo_disassembly "void demos::pulse<unsigned long volatile>")
  stores_plain=$(count_matching '^str' "$plain") stores_volatile=$(count_matching '^str' "$volatile_")
  keep_transcript pulse-plain "$plain"
  keep_transcript pulse-volatile "$volatile_"
  [ "$stores_plain" -eq 1 ] || { explain "at -O2, without volatile, the three stores to collapse into one" "$stores_plain stores" "see build/.../demos.o: arm-none-eabi-objdump -d -C"; return 1; }
  [ "$stores_volatile" -eq 3 ] || { explain "with volatile, all three stores" "$stores_volatile stores" "is pulse<volatile> still writing 1, 0, 1?"; return 1; }
  note "pulse(): plain $stores_plain store, volatile $stores_volatile stores"
}

plain_polling_loop_vanishes() {
  build_demos || return 1
  local plain volatile_
  plain=$(demo_disassembly "void demos::wait_until_idle<unsigned long>") volatile_=$(demo_disassembly "void demos::wait_until_idle<unsigned long volatile>")
  keep_transcript wait-plain "$plain"
  keep_transcript wait-volatile "$volatile_"
  [ "$(count_matching '^ldr' "$plain")" -eq 0 ] || { explain "without volatile, no load of the status register at all" "$(tr '\n' ';' <<< "$plain")" "GCC's output changed; read demos.o's disassembly"; return 1; }
  grep -q -E '^ldr' <<< "$volatile_" && grep -q -E '^b(mi|ne|eq|pl)' <<< "$volatile_" || {
    explain "with volatile, a load inside a loop" "$(tr '\n' ';' <<< "$volatile_")" "read demos.o's disassembly"; return 1; }
  note "wait_until_idle(): plain $(wc -l <<< "$plain") instruction(s), no load; volatile $(wc -l <<< "$volatile_") instructions, load in the loop"
}

volatile_increment_is_three_instructions() {
  build_demos || return 1
  local code
  code=$(demo_disassembly "demos::count_event")
  keep_transcript increment "$code"
  [ "$(count_matching '^(ldr|adds|str)' "$code")" -eq 3 ] && ! grep -q ldrex <<< "$code" || {
    explain "a plain load, add and store (no exclusive access)" "$(tr '\n' ';' <<< "$code")" "read demos.o's disassembly"; return 1; }
  note "count_event(): ldr, adds, str: three instructions an interrupt can split"
}

division_moves_before_the_volatile_store() {
  build_demos || return 1
  local code sdiv store
  code=$(demo_disassembly "demos::divide_with_trap_on")
  keep_transcript reorder "$code"
  sdiv=$(grep -n -m1 '^sdiv' <<< "$code" | cut -d: -f1) store=$(grep -n -m1 '^str' <<< "$code" | cut -d: -f1)
  [ -n "$sdiv" ] && [ -n "$store" ] && [ "$sdiv" -lt "$store" ] || { echo "$code" | indent
    explain "the sdiv before the volatile store to CCR (GCC is allowed to move it)" "the order above" \
      "GCC's scheduling changed; the claim in the text that it moves must change with it"; return 1; }
  note "divide_with_trap_on(): sdiv is instruction $sdiv, the volatile store to CCR instruction $store"
}

atomic_rmw_is_an_exclusive_loop() {
  build_demos || return 1
  local code
  code=$(demo_disassembly "demos::set_bit_atomically")
  keep_transcript atomic "$code"
  grep -q '^ldrex' <<< "$code" && grep -q '^strex' <<< "$code" && grep -q '^dmb' <<< "$code" || {
    explain "fetch_or to use ldrex/strex between dmb barriers" "$(tr '\n' ';' <<< "$code")" "read demos.o's disassembly"; return 1; }
  note "std::atomic fetch_or: dmb, ldrex, orr, strex, retry, dmb"
}

typed_costs_nothing() {
  builds raw > /dev/null && builds > /dev/null || { builds raw; builds; return 1; }
  local typed raw
  typed=$(arm-none-eabi-size "$(variant_elf)" | awk 'NR == 2 {print $1}')
  raw=$(arm-none-eabi-size "$(variant_elf raw)" | awk 'NR == 2 {print $1}')
  keep_transcript zero-cost "$(printf 'raw volatile pointers:  %s bytes of .text\ntyped register layer:   %s bytes of .text' "$raw" "$typed")"
  [ "$typed" -le "$raw" ] || { explain "the typed build no larger than the raw one ($raw bytes)" "$typed bytes" \
    "compare build/$BOARD/main/firmware.lst with build/$BOARD/raw/firmware.lst"; return 1; }
  note "text: raw $raw bytes, typed $typed bytes"
}

smaller_than_newlib_printf() {
  make_lesson newlib-hello > /dev/null || { make_lesson newlib-hello | tail -n 5 | indent
    explain "the newlib-nano printf image to build" "it did not" "needs libnewlib-arm-none-eabi: make setup"; return 1; }
  local ours newlib
  ours=$(arm-none-eabi-size "$(variant_elf)" | awk 'NR == 2 {print $1 + $2}')
  newlib=$(arm-none-eabi-size "$BUILD/newlib-hello.elf" | awk 'NR == 2 {print $1 + $2}')
  keep_transcript newlib-size "$(printf 'this lesson (UART, GPIO, startup):     %6s bytes of flash\nprintf via newlib-nano + crt0:        %6s bytes of flash' "$ours" "$newlib")"
  [ "$ours" -lt "$newlib" ] || { explain "this lesson's image smaller than newlib's printf hello ($newlib bytes)" "$ours bytes" "what grew? see build/$BOARD/main/firmware.map"; return 1; }
  note "flash: this lesson $ours bytes, newlib-nano printf hello $newlib bytes"
}

check "firmware builds (typed register layer)" builds
check "UART prints exactly the text, and the GPIO pin reads back (typed)" \
  qemu_expect --exit 0 --output 'hello\ngpio: PF0 reads back 1, then 0\n'
check "the raw volatile-pointer version does the same" \
  qemu_expect --variant raw --exit 0 --output 'hello\ngpio: PF0 reads back 1, then 0\n'
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
check "|= on a volatile still compiles (un-deprecated by P2327)" builds bitwise-compound
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
check "pitfall: a register struct with a missing gap does not compile" \
  build_fails_with missing-padding "UARTFR must be at offset 0x018"
check "lesson text matches the code and the transcripts" docs_match lessons/03-volatile.md
