# Exercise assert-location (lesson 01: the C++ runtime's hooks, panic() seen from GDB).
# exercise-start: assert_hook.cpp 7e3dfcd944fea8908c2829601634d05daee97e93
# start-fails-with: got:      panic's reason "hertz >= minimum_hertz"

# expected_reason NAME: "board.cpp:LINE: EXPRESSION" for the assert on the
# line after board.cpp's "// assert: NAME" comment.
expected_reason() {
  local line expression
  line=$(( $(grep -n -F "// assert: $1" board.cpp | cut -d: -f1) + 1 ))
  expression=$(sed -n "${line}p" board.cpp | sed -E 's/^ *assert\((.*)\);$/\1/')
  echo "board.cpp:$line: $expression"
}

# panic_reason VARIANT: REASON = the reason panic() was given, from a GDB session.
panic_reason() {
  gdb_session ${1:+--variant "$1"} --name "panic-reason${1:+-$1}" gdb/panic-reason.gdb || return 1
  REASON=$(sed -n -E 's/^\$1 = 0x[0-9a-f]+ "(.*)"$/\1/p' <<< "$GDB_TRANSCRIPT")
}

# says_where ASSERT VARIANT: the reason is exactly where and what.
says_where() {
  local want got
  want=$(expected_reason "$1")
  panic_reason "$2" || return 1
  got=$REASON
  [ "$got" = "$want" ] || { indent <<< "$GDB_TRANSCRIPT"
    explain "panic's reason \"$want\"" "panic's reason \"$got\"" \
      "__assert_func gets the file, the line and the expression; GDB shows what panic() got: 'make debug${2:+ VARIANT=$2}', break panic, continue, print reason"
    return 1; }
  note "panic: $got"
}

long_reason_is_cut() {
  local full got
  full=$(expected_reason long-expression)
  panic_reason long-expression || return 1
  got=$REASON
  [ "${#got}" -ge 40 ] && [ "${#got}" -le 63 ] && [ "$got" = "${full:0:${#got}}" ] || { indent <<< "$GDB_TRANSCRIPT"
    explain "panic's reason: the start of \"$full\" (${#full} characters), cut to between 40 and 63" \
      "panic's reason \"$got\" (${#got} characters)" \
      "a fixed buffer holds the reason; stop appending when it is full, and end it with '\\0'"
    return 1; }
  note "panic: $got (${#got} of ${#full} characters)"
}

check "the exercise builds" builds
check_in_background "a failed assert: panic's reason says file, line and expression" says_where clock ""
check_in_background "another assert, in a loop: its own line and expression" says_where counter counter
check_in_background "an expression too long for the reason: cut at 63 characters at most, not overflowing" long_reason_is_cut

# The Goal shows the reason of the clock assert: its line and expression as
# board.cpp has them, so a line moved in board.cpp makes the text wrong.
goal_shows_the_clock_assert() {
  local want shown
  want=$(expected_reason clock)
  shown=$(grep -o -E '`board\.cpp:[0-9]+: [^`]*`' README.md | head -n 1 | tr -d '`')
  [ "$shown" = "$want" ] || { explain "README.md's Goal to show the reason \"$want\"" "it shows \"${shown:-no board.cpp:LINE: reason}\"" \
    "board.cpp's clock assert moved or changed: change the example in README.md to match"; return 1; }
  note "README.md's example: $shown"
}
check "the Goal's example reason is the clock assert's, line and expression as board.cpp has them" goal_shows_the_clock_assert
