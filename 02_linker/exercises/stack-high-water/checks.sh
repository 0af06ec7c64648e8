# Exercise stack-high-water (lesson 02: the stack's place, __stack_bottom and __stack_top, the guard word).
# exercise-start: stack_watermark.cpp ed45c0630bc7da480126b9b7b3ee4ab03d82643e
# start-fails-with: got:      0 bytes, then 0 bytes with the deeper call

# mark_after VARIANT: run it; prints the mark it reports after the call.
mark_after() {
  qemu_expect ${1:+--variant "$1"} --exit 0 --contains "stack used after the call:" > /dev/null || {
    qemu_expect ${1:+--variant "$1"} --exit 0 --contains "stack used after the call:"; return 1; }
  sed -n -E 's/^stack used after the call: +([0-9]+) bytes$/\1/p' <<< "$QEMU_OUTPUT"
}

deeper_call_raises_the_mark() {
  local shallow deeper
  shallow=$(mark_after "") || { echo "$shallow"; return 1; }
  deeper=$(mark_after deeper) || { echo "$deeper"; return 1; }
  [ $((deeper - shallow)) -eq 1024 ] || {
    explain "the mark 1024 bytes higher when use_stack() needs 1024 bytes more" "$shallow bytes, then $deeper bytes with the deeper call" \
      "paint_stack() must paint every free word below the stack pointer, and bytes_used() find the lowest one that lost its paint"
    return 1; }
  note "the mark: $shallow bytes, and $deeper with a call that needs 1 KiB more"
}

mark_is_where_the_stack_went() {
  local mark deepest line
  mark=$(mark_after "") || { echo "$mark"; return 1; }
  # Stop in use_stack() once its array is filled: the deepest the stack goes.
  line=$(grep -n -F 'return bytes[array_bytes - 1];' main.cpp | cut -d: -f1)
  mkdir -p build
  printf '%s\n' "break main.cpp:$line" continue 'print (unsigned int) &__stack_top - (unsigned int) $sp' > build/deepest.gdb
  gdb_session build/deepest.gdb || return 1
  deepest=$(sed -n -E 's/^\$1 = ([0-9]+)$/\1/p' <<< "$GDB_TRANSCRIPT")
  [ -n "$deepest" ] || { indent <<< "$GDB_TRANSCRIPT"
    explain "GDB to stop in use_stack() and print how deep the stack is" "no such line (above)" "run 'make debug' and try the commands of build/deepest.gdb"; return 1; }
  # use_stack()'s array fills its frame; its lowest word lies at most a few
  # words above the stack pointer.
  [ "$mark" -le "$deepest" ] && [ "$mark" -ge $((deepest - 16)) ] || {
    explain "a mark between $((deepest - 16)) and $deepest bytes: GDB finds use_stack() running $deepest bytes below __stack_top" \
      "$mark bytes" "the mark counts down from __stack_top to the lowest word the program wrote; is that what bytes_used() returns?"
    return 1; }
  note "the mark, $mark bytes; GDB finds the stack pointer $deepest bytes below the top, in use_stack()"
}

check "the exercise builds" builds
check_in_background "a call that needs 1 KiB more stack raises the mark by exactly 1024 bytes" deeper_call_raises_the_mark
check_in_background "the mark is where GDB finds the stack went" mark_is_where_the_stack_went
