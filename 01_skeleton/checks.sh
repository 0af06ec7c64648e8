# Lesson 01's checks: each proves one thing the lesson text says.

reset_vector_is_reset_handler() {
  local elf handler vector entry
  elf=$(variant_elf)
  handler=$(symbol_address "$elf" Reset_Handler)
  vector=$(elf_word "$elf" 4)
  entry=$(arm-none-eabi-readelf -h "$elf" | awk '/Entry point address/ {print $4}')
  [ -n "$handler" ] || { explain "a symbol named Reset_Handler" "none in the ELF" "is it declared extern \"C\"?"; return 1; }
  hex_eq "$vector" "$handler | 1" || { explain "word 1 of the vector table = Reset_Handler | 1 = $(printf '0x%08x' $((handler | 1)))" "$vector" \
    "the Thumb bit (bit 0) must be set, and .vectors must come first in flash: see skeleton.ld"; return 1; }
  hex_eq "$entry" "$handler | 1" || { explain "ELF entry point = Reset_Handler | 1" "$entry" "ENTRY(Reset_Handler) in skeleton.ld"; return 1; }
  gdb_session gdb/vector-table.gdb || return 1
  grep -q -E "^\\\$1 = \\{$(printf '0x%x' "$RAM_END"), $(printf '0x%x' $((handler | 1)))\\}$" <<< "$GDB_TRANSCRIPT" &&
    grep -q '^Reset_Handler + 1 in section' <<< "$GDB_TRANSCRIPT" || { indent <<< "$GDB_TRANSCRIPT"
    explain "GDB to read the initial SP and Reset_Handler + 1 from the first two words" "the session above" \
      "run '$LEARNER_COMMAND' in 01_skeleton"; return 1; }
  note "vector table word 1 = $vector (Reset_Handler at $handler, +1 for Thumb); ELF entry = $entry"
}

initial_sp_is_top_of_ram() {
  local sp
  sp=$(elf_word "$(variant_elf)" 0)
  hex_eq "$sp" "$RAM_END" || { explain "word 0 of the vector table = top of RAM = $RAM_END (datasheet)" "$sp" \
    "__stack_top in skeleton.ld must be ORIGIN(RAM) + LENGTH(RAM); memory.ld must match the datasheet"; return 1; }
  note "initial SP = $sp, the end of RAM"
}

minimal_image_is_ten_bytes() {
  local bytes
  builds minimal > /dev/null || { builds minimal; return 1; }
  bytes=$(arm-none-eabi-size "$(variant_elf minimal)" | awk 'NR == 2 {print $1 + $2}')
  [ "$bytes" -eq 10 ] || { explain "10 bytes: initial SP, reset vector, one 'b .' instruction" "$bytes bytes" "see minimal.cpp and build/$BOARD/minimal/firmware.lst"; return 1; }
  note "the smallest bootable image is $bytes bytes; this lesson's: $(arm-none-eabi-size "$(variant_elf)" | awk 'NR == 2 {print $1 + $2}') bytes"
}

mangled_reset_handler_fails_the_link() {
  build_fails_with reset-mangled "undefined reference to \`Reset_Handler'" || return 1
  grep -q -F "cannot find entry symbol Reset_Handler" <<< "$LEARNER_OUTPUT" || {
    explain "a linker warning that ENTRY(Reset_Handler) is not found" "no such warning" "see skeleton.ld's ENTRY line"; return 1; }
  local mangled
  mangled=$(arm-none-eabi-nm "$LESSON_DIR/build/$BOARD/reset-mangled/lesson/pitfalls/reset-mangled.o" | awk '$2 == "T" {print $3}')
  [ "$mangled" = "_Z13Reset_Handlerv" ] || { explain "the object file to define _Z13Reset_Handlerv" "it defines: $mangled" "compile pitfalls/reset-mangled.cpp and run arm-none-eabi-nm on it"; return 1; }
  note "the object defines $mangled, demangled: $(arm-none-eabi-c++filt "$mangled")"
}

check "firmware builds" builds
check "reset vector is Reset_Handler with the Thumb bit set" reset_vector_is_reset_handler
check "initial stack pointer is the top of RAM" initial_sp_is_top_of_ram
check "the smallest bootable image is 10 bytes" minimal_image_is_ten_bytes
check "GDB: execution reaches the idle loop" \
  gdb_expect gdb/reaches-idle.gdb 'Breakpoint 1, skeleton::idle' '#1 .*Reset_Handler'
check "GDB: a panic parks in panic() and the backtrace names its caller" \
  gdb_expect --variant panic gdb/panic-backtrace.gdb 'panic \(reason=.*demo: the clock never became ready' \
  '#1 .*skeleton::start_hardware' 'while \(true\)'
check "pitfall: no runtime hooks, the link fails on __assert_func" \
  build_fails_with missing-hooks "undefined reference to \`__assert_func'"
check "pitfall: Reset_Handler without extern \"C\" leaves the vector table's reference undefined" \
  mangled_reset_handler_fails_the_link
redeclared_reset_handler_keeps_c_linkage() {
  builds reset-redeclared > /dev/null || { builds reset-redeclared; return 1; }
  local name
  name=$(arm-none-eabi-nm "$LESSON_DIR/build/$BOARD/reset-redeclared/lesson/pitfalls/reset-redeclared.o" | awk '$2 == "T" {print $3}')
  [ "$name" = Reset_Handler ] || { explain "the object to define Reset_Handler (C linkage, from the header's declaration)" "it defines: $name" \
    "does pitfalls/reset-redeclared.cpp still include runtime/vectors.hpp?"; return 1; }
  note "the object defines $name: the header's extern \"C\" declaration came first"
}

check "a definition that saw the extern \"C\" declaration keeps the C name" redeclared_reset_handler_keeps_c_linkage
check "pitfall: returning from Reset_Handler lands in HardFault" \
  gdb_expect --variant reset-returns gdb/reset-returns.gdb 'HardFault_Handler' '^\$1 = 3$' '^\$3 = 0xfffffffe$'
check "pitfall: a throw needs the C++ runtime's exception support" \
  build_fails_with throws "undefined reference to \`__cxa_allocate_exception'"
check "pitfall: a thread-safe local static needs the C++ runtime's guard lock" \
  build_fails_with static-local "undefined reference to \`__cxa_guard_acquire'"
check "lesson text matches the code and the GDB transcripts" docs_match lessons/01-skeleton.md
