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
  # The numbers the text gives for these two words, and where they come from.
  keep_transcript reset-vector "word 0 = $(printf '0x%x' "$RAM_END"), the end of RAM: RAM starts at $(printf '0x%x' "$RAM_START"), $RAM_SIZE (${RAM_SIZE%K} KiB)
word 1 = $(printf '0x%x' $((handler | 1))) = Reset_Handler + 1: Reset_Handler at $(printf '0x%x' "$handler"), plus the Thumb bit"
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

# --- what each freestanding flag takes away ---------------------------------
# A few lines of C++ compiled with this lesson's own flags (rules.mk's
# CXXFLAGS, asked of make); `probe DROP ARGS...` leaves the flag DROP out (a
# must-fail: without it, what the flag took away is back), DROP "" none.
lesson_cxxflags() {  # asked of make once per board in a run (kept in its state)
  local kept=${CHECK_STATE:+$CHECK_STATE/cxxflags-${LESSON_DIR##*/}-$BOARD} flags
  [ -n "$kept" ] && [ -s "$kept" ] && { echo "$(< "$kept")"; return; }
  flags=$(make -s --no-print-directory -C "$LESSON_DIR" BOARD="$BOARD" --eval 'print-cxxflags: ; @echo $(CXXFLAGS)' print-cxxflags)
  [ -z "$kept" ] || [ -z "$flags" ] || { echo "$flags" > "$kept.$BASHPID" && mv "$kept.$BASHPID" "$kept"; }
  echo "$flags"
}
probe() {  # probe DROP COMPILER-ARGS... < SOURCE: compile SOURCE (C++) from stdin
  local drop=$1 flags=() flag
  shift
  for flag in $(lesson_cxxflags); do [ "$flag" = "$drop" ] || flags+=("$flag"); done
  (cd "$LESSON_DIR" && arm-none-eabi-g++ "${flags[@]}" "$@" -x c++ - 2>&1)
}
probe_symbols() {  # probe_symbols DROP < SOURCE: the symbols of its object file
  local object status
  object=$(mktemp)
  probe "$1" -c -o "$object" && arm-none-eabi-nm "$object"
  status=$?
  rm -f "$object"
  return $status
}

# -ffreestanding: __STDC_HOSTED__ is 0, and main() is an ordinary function
# (a hosted main must return int: "'::main' must return 'int'").
freestanding_is_not_hosted() {  # [FLAG TO DROP]
  local hosted out bad=0
  hosted=$(probe "${1:-}" -dM -E < /dev/null | awk '$2 == "__STDC_HOSTED__" {print $3}')
  [ "$hosted" = 0 ] || { explain "__STDC_HOSTED__ is 0 (freestanding)" "__STDC_HOSTED__ is ${hosted:-undefined}" \
    "-ffreestanding must be in CXXFLAGS, common/mk/rules.mk"; bad=1; }
  out=$(probe "${1:-}" -fsyntax-only <<< 'void main() {}') || { echo "$out" | indent
    explain "'void main() {}' to compile: main is not special when freestanding" "the compiler refused it (above)" \
      "-ffreestanding must be in CXXFLAGS, common/mk/rules.mk"; bad=1; }
  [ $bad -eq 0 ] && note "__STDC_HOSTED__ is $hosted, and 'void main() {}' compiles"
}

# -fno-rtti: typeid and dynamic_cast do not compile, and a class with
# virtual functions gets no type-info object (_ZTI...).
no_rtti() {  # [FLAG TO DROP]
  local out symbols bad=0
  out=$(probe "${1:-}" -fsyntax-only <<'CPP'
#include <typeinfo>
struct Shape { virtual ~Shape() = default; };
struct Circle : Shape {};
const void* kind(Shape& shape) { return &typeid(shape); }
Circle* as_circle(Shape* shape) { return dynamic_cast<Circle*>(shape); }
CPP
)
  grep -q -F "cannot use 'typeid' with '-fno-rtti'" <<< "$out" && grep -q -F "'dynamic_cast' not permitted with '-fno-rtti'" <<< "$out" || {
    echo "$out" | indent
    explain "typeid and dynamic_cast refused: cannot use 'typeid' with '-fno-rtti', 'dynamic_cast' not permitted" \
      "the compiler said otherwise (above; nothing means they compiled)" "-fno-rtti must be in CXXFLAGS, common/mk/rules.mk"; bad=1; }
  symbols=$(probe_symbols "${1:-}" <<< $'struct Shape { virtual void draw(); };\nvoid Shape::draw() {}') && grep -q ' _ZTV5Shape$' <<< "$symbols" || {
    echo "$symbols" | indent; explain "the probe to compile, with a vtable _ZTV5Shape" "it did not (above)" "run the compiler by hand"; return 1; }
  ! grep -q ' _ZTI' <<< "$symbols" || { echo "$symbols" | indent
    explain "no type-info object for a class with virtual functions" "the object defines one (_ZTI..., above)" \
      "-fno-rtti must be in CXXFLAGS, common/mk/rules.mk"; bad=1; }
  [ $bad -eq 0 ] && note "typeid and dynamic_cast do not compile; a polymorphic class gets no _ZTI type-info object"
}

# -fno-use-cxa-atexit: constructing a global with a destructor registers
# nothing to run at exit (no __aeabi_atexit, __cxa_atexit, __dso_handle).
no_cxa_atexit() {  # [FLAG TO DROP]
  local symbols
  symbols=$(probe_symbols "${1:-}" <<< $'struct Log { ~Log(); };\nLog journal;') && grep -q ' B journal$' <<< "$symbols" || {
    echo "$symbols" | indent; explain "the probe to compile, with a global 'journal'" "it did not (above)" "run the compiler by hand"; return 1; }
  ! grep -q -E 'atexit|__dso_handle' <<< "$symbols" || { echo "$symbols" | indent
    explain "a global with a destructor to register nothing at exit" "it calls $(grep -o -E '__[a-z_]*atexit' <<< "$symbols" | head -n 1) (above)" \
      "-fno-use-cxa-atexit must be in CXXFLAGS, common/mk/rules.mk"; return 1; }
  note "a global with a destructor: no __aeabi_atexit, no __dso_handle"
}

# The 10-byte image, disassembled and run (or VARIANT, another image held to
# the same): word 0 the end of RAM, word 1 the address of its one
# instruction with the Thumb bit, that instruction a branch to itself, and
# in QEMU the CPU starts there and is still there 100 instructions later.
image_word() {  # image_word BIN OFFSET: the little-endian word there ("" past the end)
  local bytes
  read -r -a bytes <<< "$(od -An -tx1 -j "$2" -N 4 "$1")"
  [ ${#bytes[@]} -eq 4 ] && echo "0x${bytes[3]}${bytes[2]}${bytes[1]}${bytes[0]}"
}
minimal_image_boots() {
  local variant=${1:-minimal} elf sp reset code address
  builds "$variant" > /dev/null || { builds "$variant"; return 1; }
  elf=$(variant_elf "$variant")
  sp=$(image_word "${elf%.elf}.bin" 0) reset=$(image_word "${elf%.elf}.bin" 4)
  [[ "$sp" == 0x* ]] && hex_eq "$sp" "$RAM_END" || { explain "word 0 of the image = the end of RAM = $RAM_END" "${sp:-no word 0 in the image}" \
    "the vector table is missing or wrong: arm-none-eabi-objdump -s build/$BOARD/$variant/firmware.elf"; return 1; }
  code=$(disassembly "$elf" Reset_Handler)
  address=$(printf '%x' $(( ${reset:-0} & ~1 )))
  [ "$(wc -l <<< "$code")" -eq 1 ] && grep -q -E "^ +$address:\s+b\.n\s+$address <Reset_Handler>" <<< "$code" || { echo "$code" | indent
    explain "one instruction at word 1's address (0x$address), a branch to itself" "the code above" "see minimal.cpp"; return 1; }
  hex_eq "$reset" "0x$address | 1" || { explain "word 1 = 0x$address + 1 (the Thumb bit)" "$reset" "see minimal.cpp"; return 1; }
  gdb_expect --variant "$variant" --name "$variant-boots" gdb/minimal-boots.gdb "^sp +$RAM_END " "^pc +0x$address " \
    "=> 0x$address <Reset_Handler\(\)>:\s+b\.n\s+0x$address " "^\\\$1 = 0x$address$" || return 1
  note "SP = $sp and PC = 0x$address at reset; one instruction, b.n to itself, where the CPU still is 100 steps later"
}

# Without [[gnu::used]] the compiler drops the table that nothing refers to:
# the object file has no .vectors section, and the image no vector table.
unused_table_is_dropped() {
  local object sections bytes
  builds minimal-unused > /dev/null || { builds minimal-unused; return 1; }
  object="$LESSON_DIR/build/$BOARD/minimal-unused/lesson/minimal.o"
  sections=$(arm-none-eabi-objdump -h "$object" | awk '$1 ~ /^[0-9]+$/ {print $2}')
  ! grep -q -x '.vectors' <<< "$sections" || { explain "no .vectors section in minimal.o without [[gnu::used]]" "the compiler kept it" \
    "GCC kept an unreferenced const object: does minimal.cpp's VARIANT_MINIMAL_UNUSED still drop the attribute?"; return 1; }
  bytes=$(arm-none-eabi-size "$(variant_elf minimal-unused)" | awk 'NR == 2 {print $1 + $2}')
  [ "$bytes" -eq 2 ] || { explain "an image of 2 bytes, its one instruction and no table" "$bytes bytes" \
    "see build/$BOARD/minimal-unused/firmware.lst"; return 1; }
  note "built without [[gnu::used]]: minimal.o has no .vectors section, and the image is $bytes bytes, its one instruction"
}

# --gc-sections drops what nothing uses: the runtime's hooks that this
# program never reaches are each in a section of their own in cxx_hooks.o
# (-ffunction-sections), and none of them is in the image; __assert_func,
# which the assert in start_hardware() calls, is.
unused_hooks_are_dropped() {
  local object image hook bad=0
  object="$COMMON_BUILD/runtime/cxx_hooks.o"
  [ -f "$object" ] || not_checked "the firmware did not build (the check 'firmware builds' above failed)" || return
  image=$(arm-none-eabi-nm "$ELF")
  for hook in __cxa_pure_virtual __cxa_deleted_virtual abort; do
    arm-none-eabi-objdump -h "$object" | grep -q -E " \.text\.$hook " || { explain "a section .text.$hook of its own in cxx_hooks.o" "none" \
      "-ffunction-sections must be in CXXFLAGS, common/mk/rules.mk"; bad=1; }
    ! grep -q -E " T $hook\$" <<< "$image" || { explain "$hook, which nothing calls, dropped from the image" "it is in firmware.elf" \
      "-Wl,--gc-sections must be in LDFLAGS, common/mk/rules.mk"; bad=1; }
  done
  grep -q -E ' T __assert_func$' <<< "$image" || { explain "__assert_func, which start_hardware()'s assert calls, kept" "it is not in firmware.elf" \
    "see skeleton.cpp and common/runtime/cxx_hooks.cpp"; bad=1; }
  [ $bad -eq 0 ] && note "cxx_hooks.o defines 4 hooks, each in its own section; the image keeps only __assert_func"
}

# The stack pointer at the idle loop, read by GDB (the reaches-idle session):
# word 0 of the table, less what Reset_Handler's prologue pushed.
sp_at_idle() {
  local transcript pushed sp
  transcript=$(transcript_path reaches-idle)
  needs_fresh "$transcript" || return
  pushed=$(bytes_pushed "$ELF" Reset_Handler)
  sp=$(awk '$1 == "sp" {print $2}' "$transcript")
  [ -n "$pushed" ] && [ -n "$sp" ] && hex_eq "$sp" "$RAM_END - $pushed" || {
    explain "SP at the idle loop = $RAM_END (word 0) less the ${pushed:-?} bytes Reset_Handler pushes" "${sp:-no SP in $transcript}" \
      "compare Reset_Handler's push in build/$BOARD/main/firmware.lst with 'info registers sp' in gdb/reaches-idle.gdb"; return 1; }
  keep_transcript sp-at-idle "Reset_Handler pushes $pushed bytes: $(disassembly "$ELF" Reset_Handler | awk '$2 == "push" {$1 = ""; print substr($0, 2); exit}')
SP at the idle loop: $sp = word 0 ($(printf '0x%x' "$RAM_END")) - $pushed"
  note "SP at the idle loop = $sp: word 0 less the $pushed bytes Reset_Handler pushed"
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
check "-ffreestanding: __STDC_HOSTED__ is 0 and main() is not special" freestanding_is_not_hosted
check "must fail: without -ffreestanding the compiler is hosted" \
  check_fails_with "__STDC_HOSTED__ is 1" freestanding_is_not_hosted -ffreestanding
check "-fno-rtti: no typeid, no dynamic_cast, no type-info objects" no_rtti
check "must fail: without -fno-rtti, typeid and type-info objects are back" \
  check_fails_with "the object defines one (_ZTI" no_rtti -fno-rtti
check "-fno-use-cxa-atexit: no global destructor is registered to run at exit" no_cxa_atexit
check "must fail: without -fno-use-cxa-atexit, a global registers its destructor" \
  check_fails_with "it calls __aeabi_atexit" no_cxa_atexit -fno-use-cxa-atexit
check "reset vector is Reset_Handler with the Thumb bit set" reset_vector_is_reset_handler
check "initial stack pointer is the top of RAM" initial_sp_is_top_of_ram
check "gc-sections: the hooks nothing calls are not in the image, each in its own section" unused_hooks_are_dropped
check "the smallest bootable image is 10 bytes" minimal_image_is_ten_bytes
check "the 10-byte image boots: SP and PC from its two words, then one branch to itself" minimal_image_boots
check "pitfall: without [[gnu::used]] the compiler drops the vector table" unused_table_is_dropped
check "must fail: the image without its table does not boot" \
  check_fails_with "word 0 of the image = the end of RAM" minimal_image_boots minimal-unused
check "GDB: execution reaches the idle loop" \
  gdb_expect gdb/reaches-idle.gdb 'Breakpoint 1, skeleton::idle' '#1 .*Reset_Handler'
check "GDB: at the idle loop, SP is word 0 less what Reset_Handler pushed" sp_at_idle
check "GDB: a panic parks in panic() and the backtrace names its caller" \
  gdb_expect --variant panic gdb/panic-backtrace.gdb 'panic \(reason=.*demo: the clock never became ready' \
  '#1 .*skeleton::start_hardware' 'while \(true\)' '^=> 0x[0-9a-f]+ <panic\(char const\*\)\+[0-9]+>:\s+b\.n\s'
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
  gdb_expect --variant reset-returns gdb/reset-returns.gdb 'HardFault_Handler' '^\$1 = 3$' '^\$2 = 0xfffffff9$' '^\$3 = 0xfffffffe$'
check "pitfall: a throw needs the C++ runtime's exception support" \
  build_fails_with throws "undefined reference to \`__cxa_allocate_exception'"
check "pitfall: a thread-safe local static needs the C++ runtime's guard lock" \
  build_fails_with static-local "undefined reference to \`__cxa_guard_acquire'"
check "lesson text matches the code and the GDB transcripts" docs_match lessons/01-skeleton.md
