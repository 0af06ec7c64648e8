# Exercise hardfault-report (lesson 01: HardFault, the stacked frame, panic() seen from GDB).
# exercise-start: hard_fault.cpp e5847dac05cc1f0977a1688809e0ee0f9414cc00
# start-fails-with: got:      panic's reason "HardFault"

# reason_names_pc VARIANT PC: in a GDB session, panic()'s reason must be
# exactly "HardFault at pc PC".
reason_names_pc() {
  local variant=$1 pc=$2 reason
  gdb_session ${variant:+--variant "$variant"} --name "panic-reason${variant:+-$variant}" gdb/panic-reason.gdb || return 1
  reason=$(sed -n -E 's/^\$1 = 0x[0-9a-f]+ "(.*)"$/\1/p' <<< "$GDB_TRANSCRIPT")
  [ "$reason" = "HardFault at pc $pc" ] || { indent <<< "$GDB_TRANSCRIPT"
    explain "panic's reason \"HardFault at pc $pc\"" "panic's reason \"$reason\"" \
      "the frame the CPU stacked holds the pc of the instruction that faulted (exception_frame.hpp); GDB shows what panic() got: 'make debug${variant:+ VARIANT=$variant}', break panic, continue, print reason"
    return 1; }
  note "panic: $reason"
}

undefined_instruction_names_its_address() {
  local udf
  builds > /dev/null || { builds; return 1; }
  # Where the udf is: the address the report must name, from the ELF.
  udf=$(disassembly "$(variant_elf)" 'crash::undefined_instruction()' | awk '$2 == "udf" {print $1; exit}' | tr -d :)
  [ -n "$udf" ] || { explain "a udf instruction in crash::undefined_instruction()" "none" "crash.cpp must still run udf"; return 1; }
  reason_names_pc "" "$(printf '0x%08x' "0x$udf")"
}

check "the exercise builds" builds
check_in_background "an undefined instruction: panic's reason names its address" undefined_instruction_names_its_address
check_in_background "a Reset_Handler that returns: panic's reason names 0xfffffffe" reason_names_pc reset-returns 0xfffffffe

# The Goal's example reason names the udf's address in this build; the
# address moves with the compiler, so it is compared on the toolchain the
# text was recorded with (common/check/toolchain.py), and not checked on another.
goal_shows_this_builds_address() {
  local udf shown
  builds > /dev/null || { builds; return 1; }
  "$PYTHON3" -c "import sys; sys.path.insert(0, '$COURSE/common/check'); import toolchain; sys.exit(0 if toolchain.is_reference() else 1)" ||
    { not_checked "the address moves with the compiler: README.md's example was recorded with GCC 12.2.1"; return; }
  udf=$(disassembly "$(variant_elf)" 'crash::undefined_instruction()' | awk '$2 == "udf" {print $1; exit}' | tr -d :)
  shown=$(grep -o -E '`HardFault at pc 0x[0-9a-f]{8}`' README.md | head -n 1 | tr -d '`')
  [ -n "$udf" ] && [ "$shown" = "$(printf 'HardFault at pc 0x%08x' "0x$udf")" ] || {
    explain "README.md's Goal to show the udf's address, $(printf '0x%08x' "0x${udf:-0}")" "it shows \"${shown:-no HardFault at pc 0x........}\"" \
      "the build moved the udf: change the example in README.md"; return 1; }
  note "README.md's example: $shown"
}
check "the Goal's example reason names this build's udf address" goal_shows_this_builds_address
