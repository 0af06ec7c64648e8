# Exercise crash-to-fix (lesson 06: a crash report read, its cause found and fixed).
# exercise-start: commands.cpp 9ba6dd53b160cafbad13c47ce699b0cf0ac31273
# start-fails-with: UsageFault: invalid state
# start-fails-with: got:      a crash, exit code 101: its report is above

# prints VARIANT TEXT: the program (or its variant) prints exactly TEXT and
# exits 0; a crash shows its whole report.
prints() {
  local log status
  log=$(mktemp)
  qemu_expect ${1:+--variant "$1"} --exit 0 --output "$2" > "$log"
  status=$?
  [ $status -eq 0 ] && { rm -f "$log"; return 0; }
  if grep -q '^crash report$' <<< "${QEMU_OUTPUT:-}"; then
    rm -f "$log"
    indent <<< "$QEMU_OUTPUT"
    explain "the program${1:+ (VARIANT=$1)} to print what the README says, and exit 0" "a crash, exit code 101: its report is above" \
      "pc is where the CPU was when it faulted, lr where the function was called from, the sentences what went wrong; 'make run' shows the same"
    return 1
  fi
  cat "$log"
  rm -f "$log"
  return 1
}

check "the exercise builds" builds
check "in QEMU: every command runs or is refused, and the program ends" \
  prints "" 'led on\nled off\nblink\nunknown command 3\nled on\nunknown command 0\nunknown command 5\nunknown command 6\nunknown command 7\ndone\n'
