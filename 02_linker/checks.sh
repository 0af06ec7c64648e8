# Lesson 02's checks: the layout the linker script promises, and what
# startup must do before main(), each shown by a run, the ELF or GDB.

section_field() {  # section_field ELF SECTION FIELD(vma|lma|size)
  arm-none-eabi-objdump -h "$1" | awk -v s="$2" -v f="$3" '$2 == s {print "0x" (f == "size" ? $3 : f == "vma" ? $4 : $5)}'
}

region_of() {  # region_of ADDRESS SIZE: FLASH, RAM or OUTSIDE
  local start=$(( $1 )) end=$(( $1 + $2 ))
  if [ "$start" -ge $((FLASH_START)) ] && [ "$end" -le $((FLASH_START + FLASH_BYTES)) ]; then echo FLASH
  elif [ "$start" -ge $((RAM_START)) ] && [ "$end" -le $((RAM_END)) ]; then echo RAM
  else echo OUTSIDE; fi
}

# The sections that take memory on the chip (ALLOC), as objdump lists them:
# name, size, VMA (where it runs), LMA (where it is loaded from).
every_section_in_its_region() {
  local listing bad=0 name vma lma size where want want_load
  learner_runs --name sections "arm-none-eabi-objdump -h -w build/$BOARD/main/firmware.elf | grep -e Idx -e ALLOC" || return 1
  listing=$LEARNER_OUTPUT
  FLASH_BYTES=$(( ${FLASH_SIZE%K} * 1024 ))
  for spec in .vectors:FLASH:FLASH .text:FLASH:FLASH .init_array:FLASH:FLASH .data:RAM:FLASH .bss:RAM:- .noinit:RAM:- .stack:RAM:-; do
    IFS=: read -r name want want_load <<< "$spec"
    read -r size vma lma < <(awk -v s="$name" '$2 == s {print "0x" $3, "0x" $4, "0x" $5}' <<< "$listing")
    [ -n "$vma" ] || { echo "$listing" | indent; explain "a section $name" "none in the listing above" "see common/runtime/firmware.ld"; bad=1; continue; }
    where=$(region_of "$vma" "$size")
    [ "$where" = "$want" ] || { explain "$name to run in $want" "it runs at $vma, in $where" "check its '> REGION' in firmware.ld"; bad=1; }
    if [ "$want_load" != - ]; then
      [ "$(region_of "$lma" "$size")" = "$want_load" ] || { explain "$name loaded from $want_load" "loaded from $lma" "a RAM section with initial values needs 'AT > FLASH'"; bad=1; }
    else
      # NOLOAD: the image carries nothing for it, and its LMA only repeats the VMA.
      ! awk -v s="$name" '$2 == s' <<< "$listing" | grep -q -w LOAD && hex_eq "$lma" "$vma" || {
        explain "$name without the LOAD flag, its LMA = its VMA" "$(awk -v s="$name" '$2 == s' <<< "$listing")" "it must be (NOLOAD) in firmware.ld"; bad=1; }
    fi
  done
  learner_runs --name map-data "sed -n '/^\.data /,/__data_load_start/p' build/$BOARD/main/firmware.map" || return 1
  grep -q 'load address' <<< "$LEARNER_OUTPUT" || { explain "the map file to show .data with its load address" "$LEARNER_OUTPUT" \
    "see build/$BOARD/main/firmware.map"; bad=1; }
  [ $bad -eq 0 ] && note "7 sections, each in its region; .data runs at $(awk '$2 == ".data" {print "0x" $4}' <<< "$listing"), loaded from $(awk '$2 == ".data" {print "0x" $5}' <<< "$listing")"
}

# SP at main(), read by GDB (the at-main session): __stack_top, the end of
# RAM, less what startup's Reset_Handler pushed before it called main().
sp_at_main() {
  local transcript pushed sp
  transcript=$(transcript_path at-main)
  needs_fresh "$transcript" || return
  pushed=$(bytes_pushed "$ELF" Reset_Handler)
  sp=$(awk '$1 == "$5" {print $3}' "$transcript")
  [ -n "$pushed" ] && [ -n "$sp" ] && hex_eq "$sp" "$RAM_END - $pushed" || {
    explain "SP at main() = __stack_top ($RAM_END) less the ${pushed:-?} bytes Reset_Handler pushes" "${sp:-no \$5 in $transcript}" \
      "compare Reset_Handler's push in build/$BOARD/main/firmware.lst with gdb/at-main.gdb"; return 1; }
  keep_transcript sp-at-main "Reset_Handler (common/runtime/startup.cpp) pushes $pushed bytes before it calls main()
SP at main(): $sp = __stack_top ($(printf '0x%x' "$RAM_END")) - $pushed"
  note "SP at main() = $sp: __stack_top less the $pushed bytes Reset_Handler pushed"
}

# The stack-overflow variant, measured: nine calls of recurse() (depth 8 down
# to 0: the sum it prints, 0 + 1 + ... + 8 = 0x24, says all ran), each
# frame at least 1 KiB, against a stack of 4 KiB.
stack_overflow_sizes() {
  local elf transcript frame stack sum
  elf=$(variant_elf stack-overflow)
  transcript=$(transcript_path run-stack-overflow)
  needs_fresh "$transcript" || return
  frame=$(bytes_pushed "$elf" "(anonymous namespace)::recurse(unsigned long)")
  stack=$(( $(symbol_address "$elf" __stack_top) - $(symbol_address "$elf" __stack_bottom) ))
  sum=$(grep -m 1 -x -E '0x[0-9a-f]{8}' "$transcript")
  [ -n "$frame" ] && [ "$frame" -ge 1024 ] && [ "$stack" -eq 4096 ] && hex_eq "${sum:-0x1}" 36 || {
    explain "frames of recurse() of 1 KiB or more, a 4 KiB stack, and the sum 0x00000024 of nine calls printed" \
      "frame ${frame:-?} bytes, stack $stack bytes, printed ${sum:-nothing}" "see main.cpp (VARIANT_STACK_OVERFLOW) and STACK_SIZE in firmware.ld"; return 1; }
  keep_transcript stack-overflow-sizes "recurse(8): 9 calls (depth 8 down to 0), their sum $sum = 0 + 1 + ... + 8
each frame: $frame bytes, 1 KiB of frame[256] and what the call pushes
the stack: $stack bytes (4 KiB); the run ends with exit status 101"
  note "9 frames of $frame bytes against a stack of $stack bytes"
}

# The MPU-grain pitfall asks for a stack size that is a multiple of 8 (the
# AAPCS is content) but not of 32 (an MPU region's base is not), and the
# link refuses it in the ASSERT's words.
stack_off_the_mpu_grain() {
  local size
  size=$(make_lesson --eval 'print-stack-size: ; @echo $(LDFLAGS.stack-off-the-mpu-grain)' print-stack-size | grep -o 'STACK_SIZE=[0-9]*' | cut -d= -f2)
  [ -n "$size" ] && [ $((size % 8)) -eq 0 ] && [ $((size % 32)) -ne 0 ] || {
    explain "VARIANT=stack-off-the-mpu-grain to ask for a STACK_SIZE that is a multiple of 8 but not of 32" "STACK_SIZE=${size:-none}" \
      "see LDFLAGS.stack-off-the-mpu-grain in 02_linker/Makefile"; return 1; }
  build_fails_with stack-off-the-mpu-grain "the stack's bottom must be 32-byte aligned" || return 1
  keep_transcript stack-off-the-mpu-grain "make VARIANT=stack-off-the-mpu-grain links with STACK_SIZE=$size: $size % 8 = $((size % 8)), $size % 32 = $((size % 32))"
}

vector_table_at_zero_and_stack_at_end() {
  local elf vectors sp
  elf=$(variant_elf)
  vectors=$(section_field "$elf" .vectors vma)
  hex_eq "$vectors" 0 || { explain ".vectors at address 0" "at $vectors" "firmware.ld must place .vectors first, at ORIGIN(FLASH)"; return 1; }
  sp=$(elf_word "$elf" 0)
  hex_eq "$sp" "$RAM_END" || { explain "initial SP = end of RAM = $RAM_END" "$sp" "the .stack section must end at ORIGIN(RAM) + LENGTH(RAM)"; return 1; }
  hex_eq "$(symbol_address "$elf" __stack_top)" "$RAM_END" || { explain "__stack_top = $RAM_END" "$(symbol_address "$elf" __stack_top)" "see the .stack section"; return 1; }
  note "vector table at $vectors; initial SP = $sp = end of RAM"
}

gc_sections_drops_unkept_vectors() {
  build_fails_with no-keep "the vector table is missing" || return 1
  learner_runs --name gc-vectors "make VARIANT=no-keep EXTRA_LDFLAGS=-Wl,--print-gc-sections 2>&1 | grep \"'.vectors'\"" || return 1
  grep -q -F "removing unused section '.vectors'" <<< "$LEARNER_OUTPUT" || { explain "the linker, asked with -Wl,--print-gc-sections, to say it removed .vectors" "it did not" \
    "run in 02_linker: $LEARNER_COMMAND"; return 1; }
  note "$(head -n 1 <<< "$LEARNER_OUTPUT")"
}

# The segments a loader reads: flash read and execute, .data read and
# write, none both writable and executable (binutils 2.39 and later warn
# about such a segment).
segments_are_not_writable_and_executable() {
  local headers flags segment
  learner_runs --name segments "arm-none-eabi-readelf -l build/$BOARD/main/firmware.elf" || return 1
  headers=$(sed -n '/^Program Headers:/,$p' <<< "$LEARNER_OUTPUT")
  # The flags of each LOAD segment, e.g. "RE RW": the columns between MemSiz and Align.
  flags=$(awk '$1 == "LOAD" {flags = ""; for (i = 7; i < NF; i++) flags = flags $i; print flags}' <<< "$headers" | paste -sd ' ')
  for segment in $flags; do
    [[ "$segment" == *W*E* ]] && { echo "$headers" | indent
      explain "no segment both writable and executable" "a LOAD segment with flags $segment (above)" \
        "give each output section its segment (:flash, :data) in PHDRS, common/runtime/firmware.ld"; return 1; }
  done
  [ "$flags" = "RE RW" ] || { echo "$headers" | indent
    explain "two LOAD segments: flash (RE), then .data (RW)" "segments with flags: $flags (above)" "see PHDRS in common/runtime/firmware.ld"; return 1; }
  note "LOAD segments' flags: $flags (R read, W write, E execute)"
}

struct_assignment_calls_memset() {
  learner_runs --name memset-call "arm-none-eabi-objdump -d -C --no-show-raw-insn --disassemble=main build/$BOARD/main/firmware.elf | grep memset" || return 1
  grep -q -E 'bl\s.*<memset>' <<< "$LEARNER_OUTPUT" || { explain "main() to call memset for 'settings = factory_settings'" \
    "no call to memset in main()" "GCC chooses how to copy; look at build/$BOARD/main/firmware.lst"; return 1; }
  note "main() calls memset for the struct assignment"
}

# Every ASSERT of firmware.ld fires when its rule is broken: each message is
# in what a link that breaks it said (the two pitfalls above, and
# VARIANT=every-assert, which breaks each of the others).
every_assert_fires() {
  local out
  if out=$(make_lesson VARIANT=every-assert all); then
    explain "'make VARIANT=every-assert' to fail its link" "it linked" "see every-assert in 02_linker/Makefile"; return 1
  fi
  asserts_fired "$COURSE/common/runtime/firmware.ld" "$out" || return 1
  keep_transcript build-every-assert "$(tool_messages <<< "$out")"
}
# asserts_fired SCRIPT EVERY-ASSERT-OUTPUT: each ASSERT message of SCRIPT is
# in that output or in what the two pitfalls' links said in this run.
asserts_fired() {
  local said=$2 messages message transcript missing=0
  for transcript in build-stack-overlap build-no-keep; do
    needs_fresh "$(transcript_path "$transcript")" || return
    said+=$'\n'$(cat "$(transcript_path "$transcript")")
  done
  # Each ASSERT(condition, "message"), over as many lines as it takes.
  messages=$(tr '\n' ' ' < "$1" | grep -o 'ASSERT([^"]*"[^"]*"' | sed 's/^[^"]*"//; s/"$//')
  [ -n "$messages" ] || { explain "ASSERTs in $1" "none found" "is the script still where it was?"; return 1; }
  while IFS= read -r message; do
    grep -q -F -- "$message" <<< "$said" || { tool_messages <<< "$2" | indent
      explain "the ASSERT \"$message\" to fire when its rule is broken" "no link said it (every-assert's words above)" \
        "break its rule in every-assert (02_linker/Makefile), or fix its condition in the script"; missing=1; }
  done <<< "$messages"
  [ $missing -eq 0 ] && note "all $(wc -l <<< "$messages") ASSERTs of $(basename "$1") fire, each when its rule is broken"
}

# The must-fail: firmware.ld with one ASSERT more, which no link breaks,
# held to what the links of this run said.
an_assert_nothing_breaks() {
  local copy status
  needs_fresh "$(transcript_path build-every-assert)" || return
  copy=$(mktemp)
  { cat "$COURSE/common/runtime/firmware.ld"; echo 'ASSERT(1, "an ASSERT that no link breaks")'; } > "$copy"
  asserts_fired "$copy" "$(cat "$(transcript_path build-every-assert)")"
  status=$?
  rm -f "$copy"
  return $status
}

# The startup loops stay loops: no call (or tail call) to memcpy, memset or
# memmove in copy_data() and zero_bss(). VARIANT=loop-calls is the must-fail.
startup_loops_stay_loops() {  # [VARIANT]
  local elf function code calls=""
  builds "${1:-}" > /dev/null || { builds "${1:-}"; return 1; }
  elf=$(variant_elf "${1:-}")
  for function in "startup::copy_data()" "startup::zero_bss()"; do
    code=$(disassembly "$elf" "$function")
    [ -n "$code" ] || { explain "a function $function in the image" "none" "see common/runtime/ram_init.cpp"; return 1; }
    grep -q -E '<(memcpy|memset|memmove)>' <<< "$code" &&
      calls+="${calls:+; }$function calls $(grep -o -E '<(memcpy|memset|memmove)>' <<< "$code" | head -n 1 | tr -d '<>')"
  done
  [ -z "$calls" ] || { explain "copy_data() and zero_bss() to be loops, calling nothing" "$calls" \
    "GCC turned a loop into a call: rules.mk must pass -fno-tree-loop-distribute-patterns"; return 1; }
  note "copy_data() and zero_bss() are loops: no call to memcpy, memset or memmove"
}

# QEMU hands over RAM full of zeros: GDB counts the non-zero bytes of all of
# RAM before the first instruction, and again at main(), where startup has
# written some (the must-fail: the count sees them).
qemu_ram_starts_zero() {
  gdb_expect gdb/ram-at-reset.gdb 'Breakpoint 1, main' || return 1
  ram_bytes_zero "before the first instruction" 1 "$GDB_TRANSCRIPT"
}
ram_bytes_zero() {  # ram_bytes_zero WHEN N TRANSCRIPT: its Nth count is 0
  local count
  count=$(grep -A1 -x '(gdb) count_nonzero_ram_bytes' <<< "$3" | grep -E '^[0-9]+$' | sed -n "${2}p")
  [ -n "$count" ] || { indent <<< "$3"; explain "count number $2 of non-zero RAM bytes" "none in the transcript (above)" "see gdb/ram-at-reset.gdb"; return 1; }
  [ "$count" = 0 ] || { explain "no non-zero byte in RAM $1" "$count non-zero bytes" \
    "QEMU loads the image's segments only: is .data loaded at its LMA, in flash?"; return 1; }
  note "$1: all $RAM_SIZE of RAM is zero"
}
recorded_ram_bytes_zero() {  # WHEN N: the same, in the transcript the check above recorded
  needs_fresh "$(transcript_path ram-at-reset)" || return
  ram_bytes_zero "$1" "$2" "$(cat "$(transcript_path ram-at-reset)")"
}

memory_map_matches() {
  local fresh="$BUILD/memory-map.svg" committed="$COURSE/lessons/images/02-memory-map.svg"
  [ -f "$ELF" ] || not_checked "the firmware did not build (the check 'firmware builds' above failed)" || return
  "$PYTHON3" "$COURSE/common/tools/memory_map.py" "$ELF" "$BUILD/firmware.map" "$fresh" || return 1
  picture_matches "$committed" "$fresh" "the layout changed: run 'make -C 02_linker memory-map'" || return 1
  note "lessons/images/02-memory-map.svg is the map of this build"
}

# The warm reset's request (common/cortex_m/system_reset.hpp), as the CPU
# runs it: a DSB, the write to AIRCR (0x05FA0004: the key and SYSRESETREQ),
# a DSB, then the wait.
reset_request_between_barriers() {
  local code first store second
  # The instructions alone: no addresses, no comments (they move with the toolchain).
  code=$(disassembly "$(variant_elf)" "cortex_m::request_system_reset()" | awk '{$1 = ""; print substr($0, 2)}' |
    sed -E 's/ *@.*//; s/ [0-9a-f]+ <[^>]*>//')
  keep_transcript reset-request "$code"
  first=$(grep -n -m1 '^dsb' <<< "$code" | cut -d: -f1)
  store=$(grep -n -m1 '^str' <<< "$code" | cut -d: -f1)
  second=$(grep -n '^dsb' <<< "$code" | sed -n 2p | cut -d: -f1)
  [ -n "$first" ] && [ -n "$store" ] && [ -n "$second" ] && [ "$first" -lt "$store" ] && [ "$store" -lt "$second" ] \
    && grep -q -i '0x05fa0004' <<< "$code" || { echo "$code" | indent
    explain "request_system_reset(): dsb, the store of 0x05fa0004 to AIRCR, dsb" "the instructions above" \
      "see write_system_reset_request() in common/cortex_m/system_reset.hpp (CMSIS's NVIC_SystemReset has both DSBs)"; return 1; }
  note "request_system_reset(): dsb (instruction $first), str to AIRCR ($store), dsb ($second)"
}

# Semihosting, and a board with nobody to answer it (lessons/02-linker.md,
# "Semihosting"). QEMU without semihosting answers no bkpt 0xab, as a board
# with no debugger attached: the QEMU build's first print is then a
# HardFault, and the fault's own report, a second semihosting call inside
# the HardFault handler, locks the CPU up.
nobody_answers() {  # nobody_answers BOARD
  local out status
  load_board_env "$1" && builds > /dev/null || { builds; return 1; }
  out=$("$COURSE/common/check/qemu-run" --machine "$QEMU_MACHINE" --no-semihosting --timeout 10 "$(variant_elf)" 2>&1)
  status=$?
  if [ $status -eq 0 ] || [ $status -eq 124 ] || ! grep -q 'Lockup' <<< "$out" || grep -q 'boot 1' <<< "$out"; then
    head -n 12 <<< "$out" | indent
    explain "without semihosting: nothing printed, and a lockup" "exit status $status, and the output above" \
      "is the first print still a semihosting call (runtime/host_semihosting.cpp)? does common/check/qemu-run leave -semihosting-config out with --no-semihosting?"
    return 1
  fi
  keep_transcript no-debugger "$(grep -m 1 'Lockup' <<< "$out")"
  note "$1: no line printed; QEMU says: $(grep -m 1 'Lockup' <<< "$out")"
}

check "firmware builds" builds
check "startup did its work: .data, .bss, constructor, .noinit, in QEMU" \
  qemu_expect --exit 0 --output "$(cat expected-output.txt)"
check "every section lies in its region; .data runs in RAM and loads from flash" every_section_in_its_region
check "the vector table is at 0 and the stack ends at the end of RAM" vector_table_at_zero_and_stack_at_end
check "no segment is both writable and executable: flash R E, .data RW" segments_are_not_writable_and_executable
check "GDB: .bss is all zero after startup; by main() only the constructor wrote to it" \
  gdb_expect gdb/at-main.gdb '^\$2 = 0$' '^\$3 = 1$' 'started = true' "^\\\$5 = $(printf '0x%x' $(( (RAM_END - 16) / 16 )))[0-9a-f]\$" "^\\\$6 = $(printf '0x%x' $((RAM_END)))\$"
check "GDB: at main, SP is __stack_top less what Reset_Handler pushed" sp_at_main
check "microbit: the same layout and startup work on the nRF51" \
  on_board microbit qemu_expect --exit 0 --output "$(cat expected-output.txt)"
check "with nobody to answer semihosting (a board without a debugger), the first print is a fault, and its report a lockup" \
  nobody_answers lm3s6965evb
check "microbit: the same on the Cortex-M0" nobody_answers microbit
check_in_background "real board, EK-LM3S6965: make flash's build prints the same on the UART, without semihosting, then parks" \
  on_real_board ek-lm3s6965 real_board_expect --parks-in host::exit --output "$(cat expected-output.txt)"
check_in_background "real board, micro:bit: the same" \
  on_real_board microbit real_board_expect --parks-in host::exit --output "$(cat expected-output.txt)"
check "pitfall: skipping the .data copy leaves the initialised global wrong" \
  qemu_expect --variant skip-data-copy --exit 1 --contains "WRONG  .data initialised == 0xc0ffee42"
check "pitfall: skipping .bss zeroing shows after a warm reset" \
  qemu_expect --variant skip-bss-zero --exit 1 --contains "WRONG  .bss  zeroed == 0"
check "pitfall: a stack that cannot fit beside .bss fails the link with the ASSERT's words" \
  build_fails_with stack-overlap "the stack would overlap .data/.bss/.noinit"
check "pitfall: a stack bottom no MPU region can start at fails the link with the ASSERT's words" stack_off_the_mpu_grain
check "the warm reset's request: a DSB, the write to AIRCR, a DSB" reset_request_between_barriers
check "pitfall: without KEEP, --gc-sections removes the vector table, and the script's ASSERT stops the link" \
  gc_sections_drops_unkept_vectors
check "every ASSERT of firmware.ld fires when its rule is broken" every_assert_fires
check "must fail: an ASSERT that no link breaks fails that check" \
  check_fails_with 'the ASSERT "an ASSERT that no link breaks" to fire' an_assert_nothing_breaks
check "a struct assignment compiles into a call to memset" struct_assignment_calls_memset
check "the startup loops stay loops: no memcpy/memset calls in copy_data() and zero_bss()" startup_loops_stay_loops
check "the startup loops stay loops at -O2 too (VARIANT=fast)" startup_loops_stay_loops fast
check "must fail: with GCC's loop-to-call transformation back on, the startup loops call memcpy and memset" \
  check_fails_with "startup::copy_data() calls memcpy; startup::zero_bss() calls memset" startup_loops_stay_loops loop-calls
check "QEMU starts with RAM full of zeros" qemu_ram_starts_zero
check "must fail: at main(), after startup, RAM is no longer all zero" \
  check_fails_with "non-zero bytes" recorded_ram_bytes_zero "at main()" 2
check "pitfall: no memcpy/memset of our own, and the link fails on the call nobody wrote" \
  build_fails_with memcpy-trap "undefined reference to \`memset'"
check "a stack overflow overwrites the guard word and panics" \
  qemu_expect --variant stack-overflow --exit 101 --contains "panic: stack overflow"
check "the stack overflow, measured: nine frames of 1 KiB against a 4 KiB stack" stack_overflow_sizes
check "the memory-map picture matches the build" memory_map_matches
check "lesson text matches the code and the transcripts" docs_match lessons/02-linker.md
