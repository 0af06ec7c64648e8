# check-after: lessons (it flashes the lessons' builds)
# The board test: every real-board command, end to end, on the EK-LM3S6965.
#   make check, and make board-test BOARD=ek-lm3s6965 PROBE=emulated
#       on the emulated board (common/probe/): QEMU behind an emulated JTAG
#       probe, the real OpenOCD in front; with a QEMU older than 8.1 (Debian
#       12's 7.2) every check says "not checked", and why
#   make board-test BOARD=ek-lm3s6965
#       the same checks on a real board (PROBE=openocd), unchanged
# Each session is compared with the same session on QEMU's own GDB stub;
# what differs between the two, and why, is in lessons/06-debugging.md
# ("What differs, and why") and in from_first_command (lib.sh).
# On the emulated board each check switches on a board of its own, with
# blank flash, and switches it off at the end: they run side by side.

probe=${BOARD_TEST_PROBE:-emulated}
lessons=$(ls -d "$COURSE"/[0-9][0-9]_*/ | sed 's:/$::')

# emulated_only: the checks of what only the emulated board can show (what
# was written into its flash, its listening sockets) say so on a real one.
emulated_only() {
  [ "$probe" = emulated ] || { not_checked "this check is about the emulated board; this is a real one (PROBE=$probe)"; return; }
}

# can_run: on the emulated board, QEMU must be 8.1 or later.
can_run() {
  local reason
  [ "$probe" = emulated ] || return 0
  if reason=$(emulation_unavailable); then not_checked "$reason"; return; fi
}

# qemu_elf LESSON [VARIANT]: the lesson's build for QEMU's lm3s6965evb, which
# its own checks built. On the emulated board the checks flash it: until
# the real-board build (UART only, no semihosting without a debugger)
# exists, it is the same program. A real board gets its own build (make).
qemu_elf() { echo "$1/build/lm3s6965evb/${2:-main}/firmware.elf"; }

# session BOARD-DIR LESSON SCRIPT NAME: make debug's session with SCRIPT as
# its batch script, on the emulated board in BOARD-DIR or on the real one;
# the transcript is in SESSION (each command after "(gdb) ").
session() {
  local dir=$1 lesson=$2 script=$3 name=$4
  if [ "$probe" = emulated ]; then
    emulated_gdb "$dir" "$(qemu_elf "$lesson")" "$script" "$name"
  else
    EMULATED_TRANSCRIPT=$(make -s --no-print-directory -C "$lesson" debug BOARD=ek-lm3s6965 PROBE="$probe" GDB_BATCH="$script" 2>&1)
  fi
  SESSION=$EMULATED_TRANSCRIPT
}

# on_qemu LESSON SCRIPT NAME: the same script on QEMU's own GDB stub (the
# course's gdb_session, under -icount as lesson 06's sessions), as QEMU_SESSION.
on_qemu() {
  (cd "$1" && CHECK_DIR=$1 && LESSON_DIR=$1 && load_board_env lm3s6965evb > /dev/null &&
   gdb_session --name "board-$3" "$(realpath --relative-to="$1" "$2")" > /dev/null && echo "$GDB_TRANSCRIPT")
}

# The QEMU builds the emulated board is flashed with (make check builds
# them; make board-test, run alone, builds what is missing), built before
# the checks run side by side.
qemu_builds() {
  local lesson out
  [ "$probe" = emulated ] || { not_checked "on a real board, make flash and make debug build the real-board build"; return; }
  for lesson in $lessons; do
    out=$(make -s --no-print-directory -C "$lesson" all BOARD=lm3s6965evb 2>&1) || { echo "$out" | tail -n 5 | indent
      explain "$(basename "$lesson") to build for lm3s6965evb" "it did not (above)" "make -C $(basename "$lesson")"; return 1; }
  done
  out=$(make -s --no-print-directory -C "$COURSE/06_debugging" all BOARD=lm3s6965evb VARIANT=undefined-instruction 2>&1) || {
    echo "$out" | tail -n 5 | indent; explain "06_debugging's undefined-instruction fault to build" "it did not (above)" "make -C 06_debugging VARIANT=undefined-instruction"; return 1; }
  note "every lesson's QEMU build, and 06_debugging's undefined-instruction fault, built"
}
check "the lessons' QEMU builds, which the emulated board is flashed with" qemu_builds

# --- every lesson: from blank flash to reset halt ---------------------------

from_blank() {
  local lesson=$1 name elf dir words bytes sections
  name=$(basename "$lesson")
  can_run || return
  elf=$(qemu_elf "$lesson")
  [ -f "$elf" ] || [ "$probe" != emulated ] || { not_checked "no $elf: $name's own checks build it"; return; }
  dir=$(new_board)
  session "$dir" "$lesson" "$COURSE/tests/board/gdb/from-blank.gdb" from-blank
  grep -q 'Reset_Handler in section .text' <<< "$SESSION" || { echo "$SESSION" | tail -n 15 | indent; board_gone "$dir"
    explain "make debug's prelude (monitor reset halt, load, monitor reset halt) to leave the core at Reset_Handler" "it did not (above)" \
      "run 'make -C $name debug PROBE=$probe BOARD=ek-lm3s6965'"; return 1; }
  sections=$(grep -c -E '^Section .*: matched\.$' <<< "$SESSION")
  if [ "$sections" -eq 0 ] || grep -q -i 'mis-matched' <<< "$SESSION"; then
    echo "$SESSION" | grep -i 'section' | indent; board_gone "$dir"
    explain "compare-sections to find every section of the ELF in flash" "it did not (above)" "the probe's flash programming: common/probe/lm3s6965.py"; return 1
  fi
  if [ "$probe" = emulated ]; then
    # GDB's load writes the image's bytes, each section a word at a time:
    # the board must have programmed that many words, no fewer.
    words=$(board_log_count "$dir" "flash words")
    bytes=$(image_bytes "$elf")
    board_gone "$dir"
    [ "$words" -eq $((bytes / 4)) ] || { explain "OpenOCD to program $((bytes / 4)) words (the image's $bytes bytes) into blank flash" \
      "the board programmed $words" "see 'OpenOCD disconnected' in the board's log (common/probe/emulated_board.py)"; return 1; }
    note "blank flash, then load: $words words programmed by OpenOCD through the flash controller ($bytes bytes), $sections sections match; reset halt at Reset_Handler"
  else
    note "load, $sections sections match; reset halt at Reset_Handler"
  fi
}

for lesson in $lessons; do
  check_in_background "$(basename "$lesson"): make debug through OpenOCD loads it into blank flash, verifies it, halts at Reset_Handler" from_blank "$lesson"
done

# --- lesson 06: the whole session, as on QEMU --------------------------------

# On a real board the same session goes on to a seventh breakpoint; on the
# emulated one the learner's own commands show that (learner_session).
whole_session() {
  local lesson=$COURSE/06_debugging dir qemu ours seventh want
  can_run || return
  dir=$(new_board)
  cat "$lesson/gdb/board-session.gdb" > "$dir/both.gdb"
  if [ "$probe" != emulated ]; then
    echo 'echo -- seventh breakpoint --\n' >> "$dir/both.gdb"
    cat "$lesson/gdb/seventh-breakpoint.gdb" >> "$dir/both.gdb"
  fi
  session "$dir" "$lesson" "$dir/both.gdb" session
  ours=$(sed '/^(gdb) echo -- seventh breakpoint --/,$d' <<< "$SESSION")
  seventh=$(sed -n '/^-- seventh breakpoint --$/,$p' <<< "$SESSION")
  qemu=$(on_qemu "$lesson" "$lesson/gdb/board-session.gdb" session)
  if [ "$(from_first_command "$ours")" != "$(from_first_command "$qemu")" ]; then
    diff <(from_first_command "$qemu") <(from_first_command "$ours") | indent; board_gone "$dir"
    explain "break, backtrace, step, finish and a watchpoint through OpenOCD to show what they show on QEMU's GDB stub" \
      "differences (above: < QEMU, > OpenOCD)" "06_debugging/gdb/board-session.gdb; what may differ is in from_first_command"; return 1
  fi
  for want in 'Breakpoint 1, main \(\)' '^\(gdb\) finish$' 'Hardware watchpoint 2: ticks' 'New value = 1' '<signal handler called>'; do
    grep -q -E "$want" <<< "$ours" || { echo "$ours" | indent; board_gone "$dir"
      explain "the session to show /$want/" "it did not (above)" "06_debugging/gdb/board-session.gdb"; return 1; }
  done
  board_gone "$dir"
  note "break at main, backtrace, step, backtrace, finish, watch: as on QEMU's GDB stub, line for line"
  [ "$probe" = emulated ] && return
  # GDB 13 says "Could not insert hardware breakpoints:", GDB 16 "Cannot
  # insert hardware breakpoint N"; both then "Command aborted."
  grep -q -E 'Could not insert hardware breakpoints|Cannot insert hardware breakpoint' <<< "$seventh" || { echo "$seventh" | indent
    explain "GDB to say it could not insert the seventh hardware breakpoint" "it did not (above)" \
      "six comparators for code (FPB): delete one before setting another"; return 1; }
  note "the seventh breakpoint in flash: GDB says '$(grep -m1 -o -E '(Could not|Cannot) insert hardware breakpoint.*' <<< "$seventh")'"
}

check_in_background "06_debugging through OpenOCD: break, backtrace, step, finish, a watchpoint as on QEMU (on a real board, then a seventh breakpoint: one too many)" whole_session

# --- lesson 06's session, as the learner types it ---------------------------

# learner_session: in 06_debugging, the real-board build (built first, so
# that make flash shows only what it does), then the three commands
# lessons/06-debugging.md shows, as the learner types them:
#   make flash PROBE=emulated BOARD=ek-lm3s6965
#   make debug PROBE=emulated BOARD=ek-lm3s6965 GDB_BATCH=gdb/board-session.gdb
#   make debug PROBE=emulated BOARD=ek-lm3s6965 GDB_BATCH=gdb/seventh-breakpoint.gdb
# Their outputs are the transcripts 06_debugging/ek-lm3s6965/board-flash,
# board-session and board-seventh-breakpoint.
learner_session() {
  local lesson=$COURSE/06_debugging dir flash out want name
  # The transcripts are this check's, whether it runs here or not: where it
  # cannot, their blocks are "not checked" for the same reason.
  for name in board-flash board-session board-seventh-breakpoint; do
    recorded "$(LESSON_DIR=$lesson BOARD=ek-lm3s6965 transcript_path "$name")"
  done
  can_run || return
  emulated_only || return
  out=$(make -s --no-print-directory -C "$lesson" all BOARD=ek-lm3s6965 2>&1) || { echo "$out" | tail -n 5 | indent
    explain "06_debugging's real-board build" "it failed (above)" "make -C 06_debugging BOARD=ek-lm3s6965"; return 1; }
  dir=$(new_board)
  learner_command_in "$lesson" "$dir" board-flash "make flash PROBE=emulated BOARD=ek-lm3s6965" || { board_gone "$dir"; return 1; }
  flash=$LEARNER_OUTPUT
  grep -q 'verified, and reset the board' <<< "$flash" || { echo "$flash" | indent; board_gone "$dir"
    explain "make flash to say it flashed, verified and reset the board" "it said the above" "common/probe/emulated (flash)"; return 1; }
  learner_command_in "$lesson" "$dir" board-session "make debug PROBE=emulated BOARD=ek-lm3s6965 GDB_BATCH=gdb/board-session.gdb" ||
    { board_gone "$dir"; return 1; }
  for want in '^\(gdb\) break main$' 'Breakpoint 1, main \(\)' '^\(gdb\) finish$' 'Hardware watchpoint 2: ticks' 'New value = 1' '<signal handler called>'; do
    grep -q -E "$want" <<< "$LEARNER_OUTPUT" || { echo "$LEARNER_OUTPUT" | tail -n 30 | indent; board_gone "$dir"
      explain "the learner's session to show /$want/" "it did not (above)" "06_debugging/gdb/board-session.gdb; common/debug/openocd.gdb"; return 1; }
  done
  learner_command_in --any-status "$lesson" "$dir" board-seventh-breakpoint "make debug PROBE=emulated BOARD=ek-lm3s6965 GDB_BATCH=gdb/seventh-breakpoint.gdb" ||
    { board_gone "$dir"; return 1; }
  # GDB 13 says "Could not insert hardware breakpoints:", GDB 16 "Cannot
  # insert hardware breakpoint N"; OpenOCD logs why.
  grep -q -E 'Could not insert hardware breakpoints|Cannot insert hardware breakpoint' <<< "$LEARNER_OUTPUT" &&
    grep -q 'Can not find free FPB Comparator!' "$dir/openocd.log" || { echo "$LEARNER_OUTPUT" | tail -n 8 | indent; tail -n 3 "$dir/openocd.log" | indent; board_gone "$dir"
    explain "GDB to refuse the seventh breakpoint in flash, and OpenOCD to log 'Can not find free FPB Comparator!'" "it did not (GDB, then OpenOCD's log, above)" \
      "FP_CTRL must say 6 code comparators: common/probe/cortex_m3.py"; return 1; }
  board_gone "$dir"
  note "06_debugging\$ make flash PROBE=emulated BOARD=ek-lm3s6965: '$(tail -n 1 <<< "$flash")'; then make debug with gdb/board-session.gdb (break at main, step, finish, the watchpoint in the tick's handler), and with gdb/seventh-breakpoint.gdb: '$(grep -m1 -o -E '(Could not|Cannot) insert hardware breakpoint.*' <<< "$LEARNER_OUTPUT")'"
}

# learner_command_in [--any-status] LESSON BOARD-DIR NAME COMMAND: COMMAND
# as the learner types it in LESSON, on the emulated board in BOARD-DIR,
# which must succeed (--any-status: a session that ends in GDB's error, as
# the seventh breakpoint's does); its output kept as LESSON's transcript
# ek-lm3s6965/NAME (recorded by this folder's check).
learner_command_in() {
  local any_status=""
  [ "$1" = --any-status ] && { any_status=yes; shift; }
  local lesson=$1 dir=$2 name=$3 command=$4 here=$CHECK_DIR
  CHECK_DIR=$lesson LESSON_DIR=$lesson BOARD=ek-lm3s6965 EMULATED_BOARD=$dir learner_runs --timeout 120 "$command"
  [ "$LEARNER_STATUS" -eq 0 ] || [ -n "$any_status" ] || { echo "$LEARNER_OUTPUT" | tail -n 15 | indent
    explain "'$command' in $(basename "$lesson") to succeed" "exit status $LEARNER_STATUS (above)" "run it yourself"; return 1; }
  CHECK_DIR=$here LESSON_DIR=$lesson BOARD=ek-lm3s6965 keep_transcript "$name" "$(basename "$lesson")\$ $LEARNER_COMMAND"$'\n'"$LEARNER_OUTPUT"
}
check_in_background "06_debugging, as the learner types it: make flash PROBE=emulated BOARD=ek-lm3s6965, then make debug with gdb/board-session.gdb, then with gdb/seventh-breakpoint.gdb" learner_session

# --- the crash, through OpenOCD's semihosting --------------------------------

# qemu_crash_report: the crash report of 06_debugging's undefined-instruction
# fault as QEMU prints it (lines the runner adds, naming the source, left
# out), as QEMU_REPORT.
qemu_crash_report() {
  QEMU_REPORT=$(cd "$COURSE/06_debugging" && CHECK_DIR=$PWD && LESSON_DIR=$PWD && load_board_env lm3s6965evb > /dev/null &&
    qemu_expect --variant undefined-instruction --exit 101 --contains "UsageFault" > /dev/null && echo "$QEMU_OUTPUT") || return 1
  QEMU_REPORT=$(grep -v -E '^  (pc|lr) is in |^panic: ' <<< "$QEMU_REPORT")
}

crash_through_openocd() {
  local lesson=$COURSE/06_debugging dir qemu ours report line
  can_run || return
  emulated_only || return
  qemu_crash_report || { explain "the crash report on QEMU" "none" "06_debugging's own checks"; return 1; }
  qemu=$(cd "$lesson" && CHECK_DIR=$lesson && LESSON_DIR=$lesson && load_board_env lm3s6965evb > /dev/null &&
    gdb_session --variant undefined-instruction --name board-crash gdb/crash-backtrace.gdb > /dev/null && echo "$GDB_TRANSCRIPT")
  dir=$(new_board)
  emulated_gdb "$dir" "$(qemu_elf "$lesson" undefined-instruction)" "$lesson/gdb/crash-backtrace.gdb" crash
  ours=$(from_first_command "$EMULATED_TRANSCRIPT")
  if [ -z "$qemu" ] || [ "$ours" != "$(from_first_command "$qemu")" ]; then
    diff <(from_first_command "$qemu") <(echo "$ours") | indent; board_gone "$dir"
    explain "the backtrace from panic() through OpenOCD to be QEMU's" "differences (above: < QEMU, > OpenOCD)" "06_debugging/gdb/crash-backtrace.gdb"; return 1
  fi
  # The crash report came through OpenOCD's semihosting, into its log. On a
  # busy machine OpenOCD may warn that it kept GDB waiting, between two
  # semihosting writes of one line: the warning goes, the line stays.
  report=$(sed -E 's/Warn : keep_alive\(\) was not invoked in the [0-9]+ ms timelimit\. GDB alive packet not sent! \([0-9]+ ms\)\. Workaround: increase "set remotetimeout" in GDB//' "$dir/openocd.log")
  while IFS= read -r line; do
    grep -q -x -F -- "$line" <<< "$report" || { echo "$report" | tail -n 20 | indent; board_gone "$dir"
      explain "the crash report through OpenOCD's semihosting to have: $line" "it does not (OpenOCD's output above)" \
        "monitor arm semihosting enable (common/debug/openocd.gdb); the report: common/runtime/crash_report.cpp"; return 1; }
  done <<< "$QEMU_REPORT"
  board_gone "$dir"
  note "through OpenOCD's semihosting: the crash report as on QEMU ($(grep -m1 '^  pc ' <<< "$QEMU_REPORT" | tr -s ' ' | sed 's/^ //')), a backtrace from panic() as on QEMU"
}
check_in_background "06_debugging's crash through OpenOCD and GDB (QEMU build): the report by semihosting, the backtrace from panic()" crash_through_openocd

# Without GDB, OpenOCD prints the program's semihosting output and, when it
# exits, exits with its status.
exit_status_through_openocd() {
  local lesson=$COURSE/06_debugging dir out status pc
  can_run || return
  emulated_only || return
  qemu_crash_report || { explain "the crash report on QEMU" "none" "06_debugging's own checks"; return 1; }
  pc=$(grep -m1 '^  pc ' <<< "$QEMU_REPORT")
  dir=$(new_board)
  "$EMULATED" flash "$dir" "$(qemu_elf "$lesson" undefined-instruction)" > /dev/null 2>&1
  out=$(cd "$COURSE" && EMULATED_BOARD_SOCKET=$dir/probe.sock timeout 60 openocd -f common/probe/ek-lm3s6965.cfg -c "gdb_port disabled" \
    -c "telnet_port disabled" -c "tcl_port disabled" -c init -c "arm semihosting enable" -c "reset run" 2> /dev/null)
  status=$?
  board_gone "$dir"
  [ "$status" -eq 101 ] || { echo "$out" | tail -n 5 | indent
    explain "OpenOCD to exit with the firmware's status, 101 (panic)" "exit status $status" "semihosting SYS_EXIT_EXTENDED: common/runtime/semihosting.cpp"; return 1; }
  grep -q -x -F -- "$pc" <<< "$out" && grep -q 'UsageFault: undefined instruction' <<< "$out" || { echo "$out" | tail -n 12 | indent
    explain "the crash report on OpenOCD's output, naming the pc as on QEMU ($pc)" "it was not there (above)" "OpenOCD prints semihosting output on its stdout"; return 1; }
  note "openocd ... -c init -c 'arm semihosting enable' -c 'reset run': the crash report on its output ($(tr -s ' ' <<< "$pc" | sed 's/^ //')), and it exits with the program's status, 101"
}
check_in_background "06_debugging's crash through OpenOCD alone (QEMU build): the report on its output, its exit status" exit_status_through_openocd

# --- semihosting's pace -----------------------------------------------------

# Each semihosting call halts the core until OpenOCD next looks at it: every
# 100 ms in OpenOCD 0.12 (a constant of target.c), whatever poll_period
# says. A lower bound on the time a run takes: a busy machine only adds.
semihosting_pace() {
  local dir elf extra before calls start ms notes=()
  can_run || return
  emulated_only || return
  dir=$(new_board)
  elf=$(qemu_elf "$COURSE/02_linker")
  "$EMULATED" flash "$dir" "$elf" > /dev/null 2>&1 || { board_gone "$dir"; explain "lesson 02 flashed" "it was not" "make flash PROBE=emulated"; return 1; }
  for extra in "" "poll_period 10"; do
    before=$(board_log_count "$dir" "times on a bkpt")
    start=$(date +%s%N)
    (cd "$COURSE" && EMULATED_BOARD_SOCKET=$dir/probe.sock timeout 60 openocd -f common/probe/ek-lm3s6965.cfg -c "gdb_port disabled" \
      -c "telnet_port disabled" -c "tcl_port disabled" ${extra:+-c "$extra"} -c init -c "arm semihosting enable" -c "reset run" > /dev/null 2>&1)
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    calls=$(( $(board_log_count "$dir" "times on a bkpt") - before ))
    [ "$calls" -ge 10 ] && [ "$ms" -ge $((calls * 50)) ] || { board_gone "$dir"
      explain "lesson 02's semihosting calls through OpenOCD${extra:+ with $extra} to take at least 50 ms each (OpenOCD polls every 100 ms)" \
        "$calls calls in $ms ms" "a faster pace means OpenOCD polls more often than its source says: look at target.c's polling interval"; return 1; }
    notes+=("${extra:-by default}: $calls calls in $ms ms")
  done
  board_gone "$dir"
  note "semihosting through OpenOCD, lesson 02: ${notes[0]}; with ${notes[1]}"
}
check_in_background "semihosting through OpenOCD waits for its 100 ms poll, with poll_period 10 too" semihosting_pace

# --- the real-board build: what it says on the serial port ------------------

# serial_port DIR: the board's serial port: the emulated board's in DIR, or
# the real one's (SERIAL_PORT, as make monitor takes it).
serial_port() {
  if [ "$probe" = emulated ]; then readlink "$1/serial"; else echo "${SERIAL_PORT:-/dev/ttyUSB1}"; fi
}

# flash_and_listen DIR LESSON VARIANT TEXT...: open the board's serial port,
# then 'make flash BOARD=ek-lm3s6965' (the real-board build) the lesson, and
# keep what the port says until one of the TEXTs, as SERIAL. On the emulated
# board it also ends when the core halts with no debugger to answer it (a
# bkpt: a semihosting call), and HALTED says so.
flash_and_listen() {
  local dir=$1 lesson=$2 variant=$3 reader waited=0 out
  shift 3
  HALTED="" SERIAL=""
  if [ "$probe" = emulated ]; then "$COURSE/common/probe/board" on "$dir" > /dev/null || return 1; fi
  "$PYTHON3" "$COURSE/tests/board/read-serial.py" "$(serial_port "$dir")" 115200 "$dir/listening" "$@" > "$dir/serial.out" 2>&1 &
  reader=$!
  until [ -f "$dir/listening" ] || ! kill -0 "$reader" 2>/dev/null; do sleep 0.02; done
  out=$(EMULATED_BOARD=$dir make -s --no-print-directory -C "$lesson" flash BOARD=ek-lm3s6965 PROBE="$probe" ${variant:+VARIANT=$variant} 2>&1) || {
    kill "$reader" 2>/dev/null; wait "$reader" 2>/dev/null; echo "$out" | tail -n 8; return 1; }
  while kill -0 "$reader" 2>/dev/null && [ $waited -lt 600 ]; do
    if [ "$probe" = emulated ] && grep -q 'a semihosting call, which no debugger answers' "$dir/board.log"; then
      HALTED=$(grep -m1 -o 'halted at .*' "$dir/board.log")
      break
    fi
    sleep 0.05
    waited=$((waited + 1))
  done
  if kill "$reader" 2>/dev/null; then
    WAITED="the port said nothing more for $((waited / 20)) s"
  else
    wait "$reader"
    WAITED="the reader ended with status $?"
  fi
  wait "$reader" 2>/dev/null
  SERIAL=$(cat "$dir/serial.out")
}

uart_output() {
  local lesson=$COURSE/04_drivers dir want
  can_run || return
  dir=$(new_board)
  want=$(sed "s/CHIP/lm3s6965/" "$lesson/expected-output.txt")
  flash_and_listen "$dir" "$lesson" "" "$(tail -n 1 <<< "$want")" || { board_gone "$dir"
    explain "make flash BOARD=ek-lm3s6965 to program the board" "it did not (above)" "run it yourself"; return 1; }
  [ "$(tr -d '\r' <<< "$SERIAL")" = "$want" ] || { echo "$SERIAL" | indent
    [ "$probe" = emulated ] && { echo "what the UART sent (uart.log), and the board's log:"; cat "$dir/uart.log" "$dir/board.log"; } | indent
    board_gone "$dir"
    explain "the board's serial port to say what 04_drivers/expected-output.txt says" "it said what is above ($WAITED)" \
      "open it yourself: make monitor BOARD=ek-lm3s6965 PROBE=$probe; then make flash in another terminal"; return 1; }
  board_gone "$dir"
  note "make flash BOARD=ek-lm3s6965: its $(wc -l <<< "$want") lines on the board's serial port, as 04_drivers/expected-output.txt"
}
check_in_background "04_drivers: make flash BOARD=ek-lm3s6965, and its output on the board's serial port" uart_output

uart_crash_report() {
  local lesson=$COURSE/06_debugging dir pc
  can_run || return
  dir=$(new_board)
  flash_and_listen "$dir" "$lesson" undefined-instruction "panic: " || { board_gone "$dir"
    explain "make flash BOARD=ek-lm3s6965 VARIANT=undefined-instruction to program the board" "it did not (above)" "run it yourself"; return 1; }
  board_gone "$dir"
  if [ -n "$HALTED" ] && ! grep -q 'crash report' <<< "$SERIAL"; then
    not_checked "BOARD=ek-lm3s6965's build writes its crash report through semihosting, and with no debugger the core stops at the first call (the board's log: $HALTED); a real-board build that prints it on the UART is the issue 'What QEMU forgives, silicon does not'"
    return
  fi
  pc=$(grep -m1 -E '^  pc +0x[0-9a-f]{8}' <<< "$SERIAL" | grep -o -E '0x[0-9a-f]{8}')
  [ -n "$pc" ] && grep -q 'UsageFault: undefined instruction' <<< "$SERIAL" || { echo "$SERIAL" | tail -n 15 | indent
    explain "a crash report on the serial port naming the pc and the undefined instruction" "it did not (above)" "common/runtime/crash_report.cpp"; return 1; }
  note "the crash report on the board's serial port: pc $pc, UsageFault: undefined instruction"
}
check_in_background "06_debugging: the real-board build's crash report on the serial port, naming the pc" uart_crash_report

# --- make monitor ------------------------------------------------------------

monitor_shows_the_uart() {
  local lesson=$COURSE/03_volatile dir fifo session waited=0 out
  can_run || return
  emulated_only || return
  command -v script > /dev/null || { not_checked "no 'script' (util-linux) to give picocom a terminal"; return; }
  dir=$(new_board)
  "$COURSE/common/probe/board" on "$dir" > /dev/null || { board_gone "$dir"; return 1; }
  if [ ! -e "$dir/serial" ]; then
    out=$(grep -m1 'no serial port' "$dir/board.log")
    board_gone "$dir"
    not_checked "the board has no serial port here: $out"; return
  fi
  # First with no terminal open: what the board sends then is lost, as
  # on a real USB serial port.
  "$EMULATED" flash "$dir" "$(qemu_elf "$lesson")" > /dev/null 2>&1
  waited=0
  until grep -q 'PF0 reads back' "$dir/uart.log" || [ $waited -ge 400 ]; do sleep 0.05; waited=$((waited + 1)); done
  fifo=$dir/keys
  mkfifo "$fifo"
  # The learner's command, in a terminal of its own (script), keys from a pipe.
  setsid script -q -e -c "make -s --no-print-directory -C $lesson monitor PROBE=emulated BOARD=ek-lm3s6965 EMULATED_BOARD=$dir" \
    /dev/null < "$fifo" > "$dir/monitor.out" 2>&1 &
  session=$!
  exec {keys}> "$fifo"
  until grep -q 'Terminal ready' "$dir/monitor.out" 2>/dev/null || ! kill -0 "$session" 2>/dev/null; do sleep 0.02; done
  # Then the program once more: a reset, the core halted where it stopped
  # (a second make flash would let the old program run on until OpenOCD's
  # reset comes: lessons/06-debugging.md, "What differs").
  (cd "$COURSE" && EMULATED_BOARD_SOCKET=$dir/probe.sock timeout 60 openocd -f common/probe/ek-lm3s6965.cfg -c "gdb_port disabled" \
    -c "telnet_port disabled" -c "tcl_port disabled" -c init -c "reset run" -c shutdown > /dev/null 2>&1)
  until grep -q 'PF0 reads back' "$dir/monitor.out" || [ $waited -ge 400 ]; do sleep 0.05; waited=$((waited + 1)); done
  printf '\001\030' >&$keys  # Ctrl-A Ctrl-X: picocom's quit
  waited=0
  while kill -0 "$session" 2>/dev/null && [ $waited -lt 200 ]; do sleep 0.05; waited=$((waited + 1)); done
  exec {keys}>&-
  pkill -s "$session" 2>/dev/null
  out=$(tr -d '\r' < "$dir/monitor.out")
  board_gone "$dir"
  grep -q '^hello$' <<< "$out" && grep -q 'PF0 reads back 1, then 0' <<< "$out" || { echo "$out" | tail -n 12 | indent
    explain "make monitor to show what 03_volatile says on its UART" "it did not (above)" "make monitor PROBE=emulated BOARD=ek-lm3s6965, then make flash in another terminal"; return 1; }
  [ "$(grep -c '^hello$' <<< "$out")" -eq 1 ] || { echo "$out" | indent
    explain "what the board sent before the terminal was open to be lost: 'hello' once, from the second run" "another count (above)" \
      "common/probe/emulated_board.py sends the UART to the serial port only while a terminal has it open"; return 1; }
  grep -q 'Terminating...' <<< "$out" || { echo "$out" | tail -n 5 | indent
    explain "Ctrl-A Ctrl-X to quit picocom" "it went on (above)" "see picocom's manual: the escape key is Ctrl-A"; return 1; }
  note "make monitor: picocom on the board's serial port ($(grep -m1 -o 'port is *: .*' <<< "$out" | tr -s ' ')) showed 03_volatile's lines from the run after it opened, not those before; Ctrl-A Ctrl-X quit it"
}
check_in_background "make monitor PROBE=emulated: the board's serial port in picocom, what it misses while closed, and how to quit it" monitor_shows_the_uart

# --- faithful, or silent --------------------------------------------------

written_by_openocd() {
  local dir qemu command elf out
  can_run || return
  emulated_only || return
  dir=$(new_board)
  "$COURSE/common/probe/board" on "$dir" > /dev/null || { board_gone "$dir"; return 1; }
  qemu=$(ps -o pid=,comm= -s "$(cat "$dir/session")" | awk '$2 == "qemu-system-arm" {print $1}')
  command=$(tr '\0' ' ' < "/proc/$qemu/cmdline")
  board_gone "$dir"
  grep -q -e ' -kernel ' <<< "$command" && { echo "$command" | indent
    explain "QEMU started without the firmware" "it was given -kernel (above)" "common/probe/emulated_board.py"; return 1; }
  grep -q 'loader,file=.*erased-flash.bin,addr=0' <<< "$command" || { echo "$command" | indent
    explain "QEMU's flash filled with 0xFF (erased) at start" "no such loader (above)" "common/probe/emulated_board.py"; return 1; }
  # A board whose probe flips a bit of one word as it programs it: OpenOCD's
  # verify must catch it.
  dir=$(new_board)
  "$COURSE/common/probe/board" on "$dir" --corrupt-flash-word 0x100 > /dev/null || { board_gone "$dir"; return 1; }
  elf=$(qemu_elf "$COURSE/01_skeleton")
  out=$("$EMULATED" flash "$dir" "$elf" 2>&1)
  board_gone "$dir"
  grep -q 'Verify Failed' <<< "$out" || { echo "$out" | indent
    explain "OpenOCD's verify to fail on a word the probe programmed wrong" "it did not (above)" "verify_image reads the flash back: common/probe/lm3s6965.py"; return 1; }
  note "QEMU starts with erased flash and no firmware; a word programmed one bit wrong, and OpenOCD says: $(grep -m1 -E 'Verify Failed' <<< "$out")"
}
check_in_background "the emulated flash holds only what OpenOCD wrote: QEMU starts erased, and one bad word fails OpenOCD's verify" written_by_openocd

loopback_only() {
  local dir pidfile sessions inodes listening bad
  can_run || return
  emulated_only || return
  dir=$(new_board)
  pidfile=$dir/openocd.session
  # make openocd: OpenOCD's GDB server for an IDE, on a port free now.
  start_listening "$dir/openocd.out" setsid bash -c 'echo $$ > "$0"; exec "$@"' "$pidfile" \
    make -s --no-print-directory -C "$COURSE/01_skeleton" openocd PROBE=emulated BOARD=ek-lm3s6965 GDB_PORT=@PORT@ EMULATED_BOARD="$dir" \
    || { board_gone "$dir"; return 1; }
  # Every socket every process of the board and of OpenOCD listens on.
  inodes=$(for pid in $(ps -o pid= -s "$(cat "$dir/session")") $(ps -o pid= -s "$(cat "$pidfile")"); do
             ls -l "/proc/$pid/fd" 2>/dev/null | grep -o 'socket:\[[0-9]*\]' | grep -o '[0-9]*'
           done | sort -u)
  listening=$(awk -v inodes=" $(tr '\n' ' ' <<< "$inodes") " 'FNR > 1 && $4 == "0A" && index(inodes, " " $10 " ") {print FILENAME, $2}' /proc/net/tcp /proc/net/tcp6)
  pkill -s "$(cat "$pidfile")" 2>/dev/null
  wait 2>/dev/null
  board_gone "$dir"
  [ -n "$listening" ] || { explain "OpenOCD's GDB server to listen on a TCP port" "no listening TCP socket found" "see start_listening"; return 1; }
  # 127.0.0.1 is 0100007F in /proc/net/tcp, ::1 is 0...01000000 in tcp6.
  bad=$(grep -v -E ' 0100007F:| 00000000000000000000000001000000:' <<< "$listening")
  [ -z "$bad" ] || { echo "$listening" | indent
    explain "every listening socket bound to 127.0.0.1 or ::1" "some listen on other addresses (above, as /proc/net/tcp writes them)" \
      "OpenOCD: bindto; QEMU and the board: Unix sockets only (common/probe/emulated_board.py)"; return 1; }
  note "listening on TCP: $(wc -l <<< "$listening") socket(s), all on the loopback (OpenOCD's GDB server); QEMU and the probe: Unix sockets only"
}
check_in_background "every port the emulated board, QEMU and OpenOCD open listens on the loopback only" loopback_only

old_qemu_says_so() {
  local fake out status
  fake=$(mktemp -d)
  printf '#!/bin/sh\necho "QEMU emulator version 7.2.22 (Debian 1:7.2+dfsg-7+deb12u18)"\n' > "$fake/qemu-system-arm"
  chmod +x "$fake/qemu-system-arm"
  out=$(PATH=$fake:$PATH make -s --no-print-directory -C "$COURSE/01_skeleton" openocd PROBE=emulated BOARD=ek-lm3s6965 EMULATED_BOARD="$fake/board" 2>&1)
  status=$?
  rm -rf "$fake"
  [ $status -ne 0 ] && [ "$(grep -c . <<< "$out")" -le 2 ] && grep -q 'needs QEMU 8.1 or later' <<< "$out" && grep -q 'bookworm-backports' <<< "$out" || {
    echo "$out" | indent
    explain "one line: PROBE=emulated needs QEMU 8.1 or later, and how to install it" "exit $status, and the above" "see qemu_new_enough in common/probe/emulated"; return 1; }
  note "$(grep -m1 'needs QEMU' <<< "$out" | cut -c1-160)"
}
check "with QEMU 7.2 (as Debian 12 has), PROBE=emulated says in one line what it needs and how to install it" old_qemu_says_so

no_chip_behind_the_probe() {
  local dir elf out qemu log said
  can_run || return
  emulated_only || return
  elf=$(qemu_elf "$COURSE/01_skeleton")
  dir=$(new_board)
  "$COURSE/common/probe/board" on "$dir" > /dev/null || { board_gone "$dir"; return 1; }
  # In mid-session: OpenOCD's GDB server, GDB attached, and the chip stops.
  start_listening "$dir/openocd.log" env EMULATED_BOARD_SOCKET="$dir/probe.sock" openocd -f "$COURSE/common/probe/ek-lm3s6965.cfg" \
    -c "gdb_port @PORT@" -c "telnet_port disabled" -c "tcl_port disabled" || { board_gone "$dir"; return 1; }
  log=$SERVER_PID
  qemu=$(ps -o pid=,comm= -s "$(cat "$dir/session")" | awk '$2 == "qemu-system-arm" {print $1}')
  timeout 60 gdb-multiarch -nx -batch -ex "target extended-remote localhost:$SERVER_PORT" -ex "monitor reset halt" \
    -ex "shell kill $qemu" -ex "monitor reset halt" "$elf" > /dev/null 2>&1
  kill "$log"; wait "$log" 2>/dev/null
  out=$("$PYTHON3" "$COURSE/common/debug/openocd_failure.py" < "$dir/openocd.log")
  [[ "$out" == "the probe answers but finds no chip"* ]] || { tail -n 8 "$dir/openocd.log" | indent; board_gone "$dir"
    explain "OpenOCD's messages after the chip stopped in mid-session to read as 'no chip behind the probe'" "'$out' (OpenOCD's last lines above)" "common/debug/openocd_failure.py"; return 1; }
  # And make flash now, with the chip still off.
  said=$(grep -m1 -E 'Invalid ACK|interrogation failed' "$dir/openocd.log")
  out=$("$EMULATED" flash "$dir" "$elf" 2>&1)
  board_gone "$dir"
  [[ "$out" == "the probe answers but finds no chip"* ]] || { echo "$out" | indent
    explain "make flash with the chip off to say: the probe answers but finds no chip" "it said the above" "common/debug/openocd-flash"; return 1; }
  note "mid-session, OpenOCD said '$said'; then make flash: ${out:0:120}"
}
check_in_background "the emulated chip stopped in mid-session, then make flash: 'the probe answers but finds no chip'" no_chip_behind_the_probe

finish_background_checks
check "lesson 06: its blocks from the emulated board are what the checks above recorded" \
  docs_match --compared-by tests/board lessons/06-debugging.md
