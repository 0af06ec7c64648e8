# Exercise watch-the-writer (lesson 06: a watchpoint finds who writes a variable).
# exercise-start: sensor.cpp 83c2af3cebcd9283ce41a1ec7999b36bc1f13ead
# start-fails-with: got:      GDB's watchpoint stopped the program where it writes alarm_level
# start-fails-with: got:      output: alarm level 35, alarms 7, average of the last 8 readings 53

nothing_writes_the_alarm_level() {
  gdb_session --icount gdb/nothing-writes.gdb || return 1
  if grep -q -F 'Old value = ' <<< "$GDB_TRANSCRIPT"; then
    indent <<< "$GDB_TRANSCRIPT"
    explain "nothing to write sensor::state.alarm_level once main() runs" \
      "GDB's watchpoint stopped the program where it writes alarm_level (above)" \
      "GDB stops just after the instruction that wrote it: the line before the one shown did; what did it mean to write, and where did that land?"
    return 1
  fi
  grep -q -E '^Breakpoint 3, report \(' <<< "$GDB_TRANSCRIPT" || { indent <<< "$GDB_TRANSCRIPT"
    explain "GDB to reach report() with its watchpoint set" "it did not (above)" "run 'make debug' and try the commands of gdb/nothing-writes.gdb"; return 1; }
  note "GDB watched alarm_level from main() to report(): nothing wrote it"
}

check "the exercise builds" builds
check_in_background "GDB: from main() to report(), nothing writes alarm_level" nothing_writes_the_alarm_level
check_in_background "in QEMU: alarm level 100, 5 alarms, the average of the last 8 readings" \
  qemu_expect --exit 0 --output 'alarm level 100, alarms 5, average of the last 8 readings 48\n'
