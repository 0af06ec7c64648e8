# Exercise idle-sleeps (lesson 01: the reset handler's idle loop, inline asm, the listing).
# exercise-start: idle.cpp 73e41ca6c50bb80737f329ca240de53e1e25bf3d
# start-fails-with: expected: a wfi instruction in idle::forever()

# The instructions of idle::forever(), one "ADDRESS MNEMONIC OPERANDS" a line.
idle_code() {
  disassembly "$(variant_elf)" 'idle::forever()' | sed -E 's/^ +([0-9a-f]+):\t/\1 /; s/\t/ /g'
}

sleeps_in_its_loop() {
  local code wfi target
  builds > /dev/null || { builds; return 1; }
  code=$(idle_code)
  wfi=$(awk '$2 == "wfi" {print $1; exit}' <<< "$code")
  [ -n "$wfi" ] || { indent <<< "$code"
    explain "a wfi instruction in idle::forever()" "its instructions (above) have none" \
      "an empty loop keeps the CPU running at full speed; GCC writes only what C++ asks for, and C++ has no word for 'sleep': lesson 01's panic() shows how C++ writes one instruction"
    return 1; }
  # The loop: a branch that goes back to the wfi, or to before it.
  target=$(awk '$2 ~ /^b(\.n|\.w)?$/ {print $3}' <<< "$code" | while read -r to; do
    [ $((16#$to)) -le $((16#$wfi)) ] && echo "$to"; done | head -n 1)
  [ -n "$target" ] || { indent <<< "$code"
    explain "a loop back to the wfi at 0x$wfi" "no branch back to it (above)" \
      "after an interrupt, wfi returns: the CPU must go back to sleep, forever"
    return 1; }
  note "idle::forever(): wfi at 0x$wfi, and a branch back to 0x$target"
}

check "the exercise builds" builds
check "idle::forever() sleeps in its loop: wfi, and a branch back to it" sleeps_in_its_loop
check "GDB: from reset the CPU reaches the loop, at its wfi" \
  gdb_expect gdb/at-idle.gdb 'Breakpoint 1, idle::forever' '^=> 0x[0-9a-f]+ <idle::forever\(\)(\+[0-9]+)?>:[[:space:]]+wfi'
