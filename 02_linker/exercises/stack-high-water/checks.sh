# Exercise stack-high-water (lesson 02: the stack's place, __stack_bottom and __stack_top, the guard word).
# exercise-start: stack_watermark.cpp ed45c0630bc7da480126b9b7b3ee4ab03d82643e
# start-fails-with: got:      0 bytes, then 0 bytes

# marks: run the program; MARKS = the marks it reports after the 256-byte
# frame and after the 1280-byte one.
marks() {
  qemu_expect --exit 0 --contains "stack used after a 1280-byte frame:" || return 1
  MARKS=$(sed -n -E 's/^stack used after a [0-9]+-byte frame: +([0-9]+) bytes$/\1/p' <<< "$QEMU_OUTPUT" | paste -sd ' ')
}

deeper_call_raises_the_mark() {
  local shallow deeper
  marks || return 1
  read -r shallow deeper <<< "$MARKS"
  [ $((deeper - shallow)) -eq 1024 ] || {
    explain "the mark 1024 bytes higher after the 1280-byte frame than after the 256-byte one" \
      "$shallow bytes, then $deeper bytes" \
      "paint_stack() must paint every free word below the stack pointer, and bytes_used() find the lowest one that lost its paint"
    return 1; }
  note "the mark: $shallow bytes after the 256-byte frame, $deeper after the 1280-byte one"
}

mark_is_where_the_stack_went() {
  local mark deepest line stop
  marks || return 1
  mark=${MARKS#* }
  # Stop in use_stack<1280>() once its array is filled (the first
  # instruction of its line "return bytes[Bytes - 1];", from the ELF's line
  # table): the deepest the stack goes.
  line=$(grep -n -F 'return bytes[Bytes - 1];' main.cpp | cut -d: -f1)
  stop=$(arm-none-eabi-objdump -d -l -C --no-show-raw-insn --disassemble='unsigned long use_stack<1280u>()' "$(variant_elf)" |
    awk -v want="main.cpp:$line" 'index($0, want) {found = 1; next} found && /^ +[0-9a-f]+:/ {print $1; exit}' | tr -d :)
  [ -n "$stop" ] || { explain "code for main.cpp:$line in use_stack<1280>()" "none in the ELF" "main.cpp must keep its use_stack()"; return 1; }
  mkdir -p build
  printf '%s\n' "break *0x$stop" continue 'print (unsigned int) &__stack_top - (unsigned int) $sp' > build/deepest.gdb
  gdb_session build/deepest.gdb || return 1
  deepest=$(sed -n -E 's/^\$1 = ([0-9]+)$/\1/p' <<< "$GDB_TRANSCRIPT")
  [ -n "$deepest" ] || { indent <<< "$GDB_TRANSCRIPT"
    explain "GDB to stop in use_stack<1280>() and print how deep the stack is" "no such line (above)" "run 'make debug' and try the commands of build/deepest.gdb"; return 1; }
  # use_stack()'s array fills its frame; its lowest word lies at most a few
  # words above the stack pointer.
  [ "$mark" -le "$deepest" ] && [ "$mark" -ge $((deepest - 16)) ] || {
    explain "a mark between $((deepest - 16)) and $deepest bytes: GDB finds use_stack<1280>() running $deepest bytes below __stack_top" \
      "$mark bytes" "the mark counts down from __stack_top to the lowest word the program wrote; is that what bytes_used() returns?"
    return 1; }
  note "the mark, $mark bytes; GDB finds the stack pointer $deepest bytes below the top, in use_stack<1280>()"
}

check "the exercise builds" builds
check_in_background "a frame 1 KiB deeper raises the mark by exactly 1024 bytes" deeper_call_raises_the_mark
check_in_background "the mark is where GDB finds the stack went" mark_is_where_the_stack_went
