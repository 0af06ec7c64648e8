# Exercise gdb-fault-command (lesson 06: the stacked frame and CFSR, read with GDB's own commands).
# exercise-start: fault.gdb ffc971283c1293ec4fc449a4a22a0190e64eb250
# start-fails-with: got:      fault printed: fault: not written yet

# fault_says WHICH FUNCTION MNEMONIC SENTENCE: a GDB session that sets
# which_fault to WHICH at main(), then stops at HardFault_Handler's first
# instruction and runs the command `fault` of fault.gdb; it must print the
# pc of FUNCTION's MNEMONIC instruction (MNEMONIC "0" for pc 0) and
# SENTENCE, and no other sentence.
fault_says() {
  local which=$1 function=$2 mnemonic=$3 sentence=$4 pc printed want script
  builds > /dev/null || { builds; return 1; }
  if [ "$mnemonic" = 0 ]; then
    pc=0x00000000
  else
    pc=$(disassembly "$(variant_elf)" "$function" | awk -v m="$mnemonic" '$2 == m {print $1; exit}' | tr -d :)
    [ -n "$pc" ] || { explain "a $mnemonic instruction in $function" "none" "main.cpp must still fault there"; return 1; }
    pc=$(printf '0x%08x' "0x$pc")
  fi
  script="build/fault-$which.gdb"
  mkdir -p build
  printf '%s\n' "source $LESSON_DIR/fault.gdb" 'break main' continue "set var which_fault = $which" \
    'break *HardFault_Handler' continue fault > "$script"
  gdb_session --name "fault-$which" "$script" || return 1
  printed=$(grep '^fault: ' <<< "$GDB_TRANSCRIPT")
  want=$(printf 'fault: pc %s\nfault: %s' "$pc" "$sentence")
  [ "$printed" = "$want" ] || { indent <<< "$GDB_TRANSCRIPT"
    explain "fault to print: $(paste -sd '|' <<< "$want" | sed 's/|/ \/ /g')" \
      "fault printed: $(paste -sd '|' <<< "${printed:-nothing}" | sed 's/|/ \/ /g')" \
      "'make debug', then the commands above; the frame the CPU stacked starts at \$sp"
    return 1; }
  note "$(paste -sd '|' <<< "$printed" | sed 's/|/; /g')"
}

check "the exercise builds" builds
check_in_background "GDB: fault on an undefined instruction names its pc, and the UNDEFINSTR words" \
  fault_says 0 'run_undefined_instruction()' udf "UsageFault: undefined instruction"
check_in_background "GDB: fault on a divide by zero names the sdiv's pc, and the DIVBYZERO words" \
  fault_says 1 'divide_by_zero(long)' sdiv "UsageFault: divide by zero"
check_in_background "GDB: fault on a call through a null pointer names pc 0, and the INVSTATE words" \
  fault_says 2 'call_through_null()' 0 "UsageFault: invalid state"

# The Goal's example names the udf's address in this build; the address
# moves with the compiler, so it is compared on the toolchain the text was
# recorded with (common/check/toolchain.py), and not checked on another.
goal_shows_this_builds_address() {
  local udf shown
  builds > /dev/null || { builds; return 1; }
  "$PYTHON3" -c "import sys; sys.path.insert(0, '$COURSE/common/check'); import toolchain; sys.exit(0 if toolchain.is_reference() else 1)" ||
    { not_checked "the address moves with the compiler: README.md's example was recorded with GCC 12.2.1"; return; }
  udf=$(disassembly "$(variant_elf)" 'run_undefined_instruction()' | awk '$2 == "udf" {print $1; exit}' | tr -d :)
  shown=$(grep -o -E '^ +fault: pc 0x[0-9a-f]{8}$' README.md | head -n 1 | sed 's/^ *//')
  [ -n "$udf" ] && [ "$shown" = "$(printf 'fault: pc 0x%08x' "0x$udf")" ] || {
    explain "README.md's Goal to show the udf's address, $(printf '0x%08x' "0x${udf:-0}")" "it shows \"${shown:-no fault: pc 0x........}\"" \
      "the build moved the udf: change the example in README.md"; return 1; }
  note "README.md's example: $shown"
}
check "the Goal's example names this build's udf address" goal_shows_this_builds_address
