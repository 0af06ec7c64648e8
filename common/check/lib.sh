# The check library: sourced by common/check/run before a folder's checks.sh.
# A checks.sh is a list of declarations:
#   check "uart prints hello" qemu_expect --output "hello"
# `check` runs the command; the command succeeds or fails, and on failure
# says (with `explain`) what was expected, what happened and where to look.

source "$COURSE/common/check/gdbstub.sh"
source "$COURSE/common/check/emulated-board.sh"

# --- running and reporting -------------------------------------------------

CHECK_PASSED=0
CHECK_FAILED=0
CHECK_SKIPPED=0
# A check command that cannot run here, or whose input another check failed
# to produce, exits with this (automake's "skip" code): neither passed nor
# failed, it counts as "not checked" in the summary, with its reason.
NOT_CHECKED=77

begin_folder() {
  echo
  if [ -f Makefile ] && grep -q 'rules.mk' Makefile; then
    if ! load_board_env "${BOARD:-}"; then
      echo "FAIL $(basename "$CHECK_DIR"): cannot read its build settings"
      CHECK_FAILED=$((CHECK_FAILED + 1))
      end_folder
      exit 0
    fi
    echo "== $(folder_name) (BOARD=$BOARD)"
  else
    echo "== $(folder_name)"
  fi
}

end_folder() {
  finish_background_checks
  echo "$CHECK_PASSED $CHECK_FAILED $CHECK_SKIPPED" >> "$CHECK_TALLY"
}

# The folder as the course names it: 05_interrupts, tests/host.
folder_name() { echo "${CHECK_DIR#"$COURSE"/}"; }

# load_board_env [BOARD]: BOARD, CHIP, QEMU_MACHINE, RAM_END, BUILD, ELF, ...
# for the current folder, from its Makefile (one source of truth).
# Asked of make once per folder and board in a run, then kept in the run's
# state (the Makefiles do not change while the checks run).
load_board_env() {
  local env kept=""
  [ -n "${CHECK_STATE:-}" ] && kept="$CHECK_STATE/env-$(run_key "$CHECK_DIR" "${1:-${BOARD:-}}")"
  if [ -n "$kept" ] && [ -f "$kept" ]; then
    env=$(cat "$kept")
  else
    env=$(make -s --no-print-directory -C "$CHECK_DIR" ${1:+BOARD=$1} board-env 2>&1) || { echo "$env"; return 1; }
    [ -z "$kept" ] || { printf '%s\n' "$env" > "$kept.$$" && mv "$kept.$$" "$kept"; }
  fi
  eval "$env"
}

# run_key WORDS...: a short file name for WORDS, for what a run keeps.
run_key() { echo "$*" | md5sum | cut -c1-16; }

# check NAME COMMAND [ARGS...]: run COMMAND, and print its verdict. Every
# verdict is printed in the order the checks were declared: one that comes
# after a background check still running is held until that one is done.
CHECKS_TO_PRINT=()
check() {
  local name=$1 log
  shift
  log=$(mktemp)
  ( CHECK_NAME=$name; "$@" ) > "$log" 2>&1
  finished "$name" $? "$log"
  CHECKS_TO_PRINT+=("$log:$name")
  print_finished_checks
}

# check_in_background NAME COMMAND [ARGS...]: a long check that needs no
# other check's result starts now and runs beside the checks that follow.
# A check that reads what it records (a transcript) must come after
# `finish_background_checks`, which waits for them all.
check_in_background() {
  local name=$1 log
  shift
  log=$(mktemp)
  ( CHECK_NAME=$name; "$@" > "$log" 2>&1; finished "$name" $? "$log" ) &
  CHECKS_TO_PRINT+=("$log:$name")
}

# verdict_of STATUS: PASS, SKIP (not checked) or FAIL.
verdict_of() {
  case $1 in 0) echo PASS ;; "$NOT_CHECKED") echo SKIP ;; *) echo FAIL ;; esac
}

# finished NAME STATUS LOG: a check has ended. Its verdict goes into the
# run's state at once (a later check may ask whether it passed), and into
# LOG.status, which marks it ready to print.
finished() {
  [ -n "${CHECK_STATE:-}" ] && printf '%s\t%s\t%s\n' "$(verdict_of "$2")" "$(folder_name)" "$1" >> "$CHECK_STATE/results"
  echo "$2" > "$3.status.new" && mv "$3.status.new" "$3.status"
}

# print_finished_checks: print the verdicts that are ready, in order.
print_finished_checks() {
  local entry log
  while [ ${#CHECKS_TO_PRINT[@]} -gt 0 ]; do
    entry=${CHECKS_TO_PRINT[0]} log=${entry%%:*}
    [ -f "$log.status" ] || return 0
    report_check "${entry#*:}" "$(cat "$log.status")" "$log"
    rm -f "$log.status"
    CHECKS_TO_PRINT=("${CHECKS_TO_PRINT[@]:1}")
  done
}

# finish_background_checks: wait for every background check; print all.
finish_background_checks() {
  wait
  print_finished_checks
}

# report_check NAME STATUS LOG: count it and print it.
report_check() {
  local name=$1 log=$3 verdict
  verdict=$(verdict_of "$2")
  case $verdict in
    PASS) CHECK_PASSED=$((CHECK_PASSED + 1)) ;;
    SKIP) CHECK_SKIPPED=$((CHECK_SKIPPED + 1)) ;;
    *) CHECK_FAILED=$((CHECK_FAILED + 1)) ;;
  esac
  echo "$verdict $name"
  if [ $verdict = PASS ]; then
    grep '^note: ' "$log" | sed 's/^note: /     /'
  else
    sed 's/^note: //; s/^/     /' "$log"
  fi
  rm -f "$log"
}

# not_checked REASON: this check cannot say yes or no here; say why.
not_checked() {
  echo "not checked: $*"
  return $NOT_CHECKED
}

# Lines a check prints on PASS too (sizes, counts: what the learner came for).
note() { echo "note: $*"; }

# explain EXPECTED GOT HINT: the three things a failing check must say.
explain() {
  echo "expected: $1"
  echo "got:      $2"
  echo "hint:     $3"
  return 1
}

indent() { sed 's/^/  | /'; }

# on_board BOARD COMMAND...: run one check command for another board.
on_board() {
  local board=$1
  shift
  load_board_env "$board" || return 1
  "$@"
}

# --- building --------------------------------------------------------------

# variant_elf [VARIANT]: where `make VARIANT=...` puts its ELF.
variant_elf() { echo "$LESSON_DIR/build/$BOARD/${1:-main}/firmware.elf"; }

make_lesson() { make -s --no-print-directory -C "$LESSON_DIR" BOARD="$BOARD" "$@" 2>&1; }

# builds [VARIANT]: the firmware compiles and links.
# Once built in a run, a variant is not handed to make again in that run.
builds() {
  local out built=""
  [ -n "${CHECK_STATE:-}" ] && built="$CHECK_STATE/built-$(run_key "$LESSON_DIR" "$BOARD" "${1:-main}")"
  if [ -z "$built" ] || [ ! -e "$built" ]; then
    if ! out=$(make_lesson ${1:+VARIANT=$1} all); then
      echo "$out" | grep -v '^arm-none-eabi-' | tail -n 20 | indent
      explain "'make${1:+ VARIANT=$1}' to build $(basename "$LESSON_DIR")" "the build failed (output above)" \
        "read the first error line above; 'make -C $(basename "$LESSON_DIR")' shows it in full"
      return 1
    fi
    [ -z "$built" ] || touch "$built"
  fi
  keep_transcript "size-${1:-main}" "$(cd "$LESSON_DIR" && arm-none-eabi-size "build/$BOARD/${1:-main}/firmware.elf")"
  note "$(size_line "$(variant_elf "${1:-}")")"
}

# transcript_path NAME: where the current board's transcript NAME lives.
# Each board has its own folder, so two boards can never share a transcript.
transcript_path() { echo "$LESSON_DIR/build/transcripts/$BOARD/$1.txt"; }

# keep_transcript NAME TEXT: save what a check saw on the current $BOARD,
# for the lesson text to show (<!-- transcript: lesson/BOARD/NAME -->); the
# docs check compares the two, and trusts it only if this check passes.
keep_transcript() {
  local path
  path=$(transcript_path "$1")
  mkdir -p "$(dirname "$path")"
  printf '%s\n' "$2" > "$path"
  recorded "$path"
}

# recorded PATH: this check produced PATH (a transcript, a picture) in this
# run; what reads it later trusts it only if this check passes.
recorded() {
  [ -n "${CHECK_STATE:-}" ] || return 0
  printf '%s\t%s\t%s\n' "${1#"$COURSE"/}" "$(folder_name)" "${CHECK_NAME:-}" >> "$CHECK_STATE/produced"
}

# needs_fresh PATH: PATH must come from a check of this run that passed;
# otherwise this check is "not checked", and says which check failed.
needs_fresh() {
  python3 "$COURSE/common/check/runstate.py" transcript "$1"
}

# What the tools said, without make's own lines and with paths made relative.
tool_messages() {
  grep -v -e '^arm-none-eabi-' -e '^make: \*\*\*' -e '^make\[' | sed "s|$COURSE/||g"
}

size_line() {
  arm-none-eabi-size "$1" | awk 'NR == 2 {printf "size: %d bytes of flash (text %d + data %d), %d bytes of RAM (data %d + bss %d)", $1 + $2, $1, $2, $2 + $3, $2, $3}'
}

# build_fails_with VARIANT MESSAGE: the variant must fail to build, and the
# tools must say MESSAGE (a fixed string). Shows the line that says it.
build_fails_with() {
  local variant=$1 message=$2 out
  if out=$(make_lesson VARIANT="$variant" all); then
    explain "'make VARIANT=$variant' to fail with: $message" "it built" \
      "the pitfall is no longer there: check the variant's files and the lesson's Makefile"
    return 1
  fi
  if ! grep -q -F -- "$message" <<< "$out"; then
    echo "$out" | grep -v '^arm-none-eabi-' | tail -n 15 | indent
    explain "the build of VARIANT=$variant to fail with: $message" "it failed differently (above)" \
      "a different error means the variant broke in a new way; fix that first"
    return 1
  fi
  keep_transcript "build-$variant" "$(tool_messages <<< "$out")"
  note "the tools say: $(grep -F -m1 -- "$message" <<< "$out" | sed "s|$COURSE/||g")"
}

# --- reading the ELF -------------------------------------------------------

# elf_word ELF ADDRESS: the 32-bit word the image holds at ADDRESS.
elf_word() {
  gdb-multiarch -nx -batch -ex "printf \"0x%08x\\n\", *(unsigned int *) $2" "$1" 2>/dev/null | tail -n 1
}

# symbol_address ELF NAME: the address of a symbol (empty if none).
symbol_address() {
  arm-none-eabi-nm "$1" | awk -v name="$2" '$3 == name {print "0x" $1; exit}'
}

# disassembly ELF FUNCTION: the instructions of one function (C++ name ok).
disassembly() {
  arm-none-eabi-objdump -d -C --no-show-raw-insn --disassemble="$2" "$1" | awk '/^ +[0-9a-f]+:/'
}

hex_eq() { [ $(( $1 )) -eq $(( $2 )) ]; }

# --- running in QEMU -------------------------------------------------------

# qemu_expect [--variant V] [--elf F] [--exit N] [--output TEXT | --contains TEXT]
#             [--timeout S] [--icount] [--serial SPEC] [--feed FILE [--feed-after TEXT]]
# Runs the firmware; checks its exit code (semihosting) and its output.
# --feed sends FILE into the UART from outside QEMU (as fast as the guest
# takes it) and keeps what the guest sends back in QEMU_ECHO (a file);
# with --feed-after, only once the guest has sent TEXT on the UART (its
# "ready": a byte sent before the firmware set up its UART may be lost).
qemu_expect() {
  local variant="" elf="" want_exit=0 want_output="" mode="" timeout_s=5 extra=() out err status feed="" feeder="" feed_after=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --variant) variant=$2; shift 2 ;;
      --elf) elf=$2; shift 2 ;;
      --exit) want_exit=$2; shift 2 ;;
      --output) want_output=$2; mode=exact; shift 2 ;;
      --contains) want_output=$2; mode=contains; shift 2 ;;
      --timeout) timeout_s=$2; shift 2 ;;
      --icount) extra+=(--icount); shift ;;
      --serial) extra+=(--serial "$2"); shift 2 ;;
      --feed) feed=$2; shift 2 ;;
      --feed-after) feed_after=$2; shift 2 ;;
      *) echo "qemu_expect: unknown option $1"; return 2 ;;
    esac
  done
  if [ -z "$elf" ]; then
    builds "$variant" > /dev/null || { builds "$variant"; return 1; }
    elf=$(variant_elf "$variant")
  fi
  [ -n "$QEMU_MACHINE" ] || { explain "a board QEMU can emulate" "BOARD=$BOARD is real hardware" "run checks with BOARD=lm3s6965evb or BOARD=microbit"; return 1; }
  out=$(mktemp) err=$(mktemp)
  if [ -n "$feed" ]; then
    local socket
    socket=$(mktemp -u /tmp/course-uart.XXXXXX)
    QEMU_ECHO="$(dirname "$elf")/echo.bin"  # the variant's own folder: floods may run side by side
    python3 "$COURSE/common/check/feed-serial.py" "$socket" "$feed" "$QEMU_ECHO" "$((timeout_s + 5))" ${feed_after:+"$feed_after"} &
    feeder=$!
    extra+=(--serial "unix:$socket,server=on,wait=on")
  fi
  "$COURSE/common/check/qemu-run" --machine "$QEMU_MACHINE" --timeout "$timeout_s" "${extra[@]}" "$elf" > "$out" 2> "$err"
  status=$?
  [ -n "$feeder" ] && { wait "$feeder"; rm -f "$socket"; }
  QEMU_OUTPUT=$(cat "$out")
  diagnose_run "$status" "$want_exit" "$err" "$out" "$timeout_s" || { rm -f "$out" "$err"; return 1; }
  if [ "$mode" = exact ] && [ "$QEMU_OUTPUT" != "$(printf '%b' "$want_output")" ]; then
    explain "output: $(printf '%b' "$want_output" | head -c 300)" "output: $(head -c 300 "$out")" \
      "the firmware ran and exited, but printed something else; compare the two lines above"
    rm -f "$out" "$err"; return 1
  fi
  if [ "$mode" = contains ] && ! grep -q -F -- "$(printf '%b' "$want_output")" "$out"; then
    head -n 20 "$out" | indent
    explain "output containing: $want_output" "output without it (above)" \
      "the firmware ran and exited, but never printed that"
    rm -f "$out" "$err"; return 1
  fi
  rm -f "$out" "$err"
}

# diagnose_run STATUS WANT_EXIT STDERR_FILE STDOUT_FILE TIMEOUT: turn a QEMU
# exit into words a learner can act on.
diagnose_run() {
  local status=$1 want=$2 err=$3 out=$4 timeout_s=$5
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    tail -n 10 "$out" | indent
    explain "the firmware to exit with code $want" "it was still running after ${timeout_s} s (a hang), output so far above" \
      "it is stuck in a loop or parked in panic(); run 'make debug', type continue, then Ctrl-C and bt to see where"
    return 1
  fi
  if grep -q 'Lockup' "$err"; then
    indent < "$err"
    explain "the firmware to exit with code $want" "the CPU locked up: a fault while handling a fault, or no usable fault handler (QEMU's report above)" \
      "look at R15 (PC) and R14 (LR) in the report; 'arm-none-eabi-addr2line -e build/.../firmware.elf ADDRESS' names the line"
    return 1
  fi
  if [ "$status" -ne "$want" ]; then
    tail -n 10 "$out" | indent
    [ -s "$err" ] && indent < "$err"
    explain "exit code $want" "exit code $status" \
      "the firmware reported failure through semihosting; its output above says why"
    return 1
  fi
}

# --- GDB as an oracle ------------------------------------------------------

# gdb_session [--variant V] [--name NAME] [--icount] SCRIPT: run QEMU halted at reset,
# attach GDB, run SCRIPT (GDB commands) in batch mode. The transcript, with
# each command shown after "(gdb) ", is kept in build/transcripts/BOARD/NAME.txt
# and in GDB_TRANSCRIPT.
gdb_session() {
  local variant="" name="" script elf log transcript prelude qemu_options=()
  while [ $# -gt 1 ]; do
    case "$1" in
      --variant) variant=$2; shift 2 ;;
      --name) name=$2; shift 2 ;;
      --icount) qemu_options+=(--icount); shift ;;
      *) echo "gdb_session: unknown option $1"; return 2 ;;
    esac
  done
  script=$1
  [ -n "$name" ] || name=$(basename "$script" .gdb)
  builds "$variant" > /dev/null || { builds "$variant"; return 1; }
  elf=$(variant_elf "$variant")
  log=$(mktemp) prelude=$(mktemp)
  start_qemu_gdbstub "$QEMU_MACHINE" "$elf" "$log" "${qemu_options[@]}" || { rm -f "$log" "$prelude"; return 1; }
  cat > "$prelude" <<EOT
set confirm off
set pagination off
set width 0
directory $COURSE
target remote 127.0.0.1:$GDB_PORT
set trace-commands on
EOT
  transcript=$(transcript_path "$name")
  mkdir -p "$(dirname "$transcript")"
  (cd "$COURSE" && timeout 30 gdb-multiarch -nx -batch -x "$prelude" -x "$LESSON_DIR/$script" "$elf" 2>&1) \
    | sed -n -e '/^+/,$p' | sed -e 's/^+/(gdb) /' \
    | grep -v -e '^\[Inferior 1 (process 1) detached\]$' -e '^(gdb) kill$' -e '^(gdb) +*set trace-commands o' > "$transcript"
  GDB_STATUS=${PIPESTATUS[0]}
  recorded "$transcript"
  stop_qemu
  GDB_TRANSCRIPT=$(cat "$transcript")
  rm -f "$log" "$prelude"
}

# gdb_expect [--variant V] [--name NAME] SCRIPT PATTERN...: every PATTERN
# (an extended regular expression) must match the GDB transcript.
gdb_expect() {
  local args=() pattern missing=0 variant=""
  while [ $# -gt 0 ] && [[ "$1" == --* ]]; do
    [ "$1" = --variant ] && variant=$2
    if [ "$1" = --icount ]; then args+=("$1"); shift; else args+=("$1" "$2"); shift 2; fi
  done
  args+=("$1"); shift
  gdb_session "${args[@]}" || return 1
  for pattern in "$@"; do
    if ! grep -q -E -- "$pattern" <<< "$GDB_TRANSCRIPT"; then
      [ $missing -eq 0 ] && indent <<< "$GDB_TRANSCRIPT"
      explain "the GDB session to show /$pattern/" "it did not (transcript above)" \
        "$( [ "$GDB_STATUS" -eq 124 ] && echo "GDB timed out: a breakpoint was never reached, so the program went elsewhere; " )run 'make debug${variant:+ VARIANT=$variant}' and step through it yourself"
      missing=1
    fi
  done
  [ $missing -eq 0 ]
}

# --- text and code ---------------------------------------------------------

# picture_matches COMMITTED FRESH HOW-TO-REDRAW: the picture in the text is
# the one this build draws (on another toolchain than the recorded one: the
# same but for addresses, sizes and registers; see common/check/toolchain.py).
picture_matches() {
  local committed=$1 fresh=$2 redraw=$3 out
  [ -f "$committed" ] || { explain "the picture $committed" "no such file" "$redraw, and commit it"; return 1; }
  if ! out=$(python3 "$COURSE/common/check/toolchain.py" same-picture "$committed" "$fresh"); then
    echo "$out" | indent
    explain "${committed#"$COURSE"/} to show this build" "it shows another (above)" "$redraw, look at the picture, and commit it"
    return 1
  fi
  [ -z "$out" ] || echo "$out"
}

# docs_match LESSON.md: every excerpt and transcript in the text is what the
# source and the checks of this run really hold. A block whose transcript a
# failed check did not record is "not checked", not drifted.
docs_match() {
  python3 "$COURSE/common/check/docs.py" check "$COURSE/$1"
}

# --- the checks' own tests -------------------------------------------------

# check_fails_with MESSAGE COMMAND...: COMMAND is a check that must FAIL,
# and its explanation must contain MESSAGE. A check that cannot fail is a
# defect; this is how the machinery proves that its checks can.
check_fails_with() {
  local message=$1 out
  shift
  if out=$("$@" 2>&1); then
    echo "$out" | indent
    explain "'$*' to fail" "it passed (output above)" "the check machinery let a broken firmware through"
    return 1
  fi
  if ! grep -q -F -- "$message" <<< "$out"; then
    echo "$out" | indent
    explain "its failure to say: $message" "it said something else (above)" "the check failed, but would not tell the learner why"
    return 1
  fi
  note "it says: $(grep -F -m1 -- "$message" <<< "$out" | sed 's/^ *//')"
}

# check_not_checked_with MESSAGE COMMAND...: COMMAND must end "not checked"
# (exit 77), neither passed nor failed, and say MESSAGE.
check_not_checked_with() {
  local message=$1 out status
  shift
  out=$("$@" 2>&1)
  status=$?
  if [ $status -ne "$NOT_CHECKED" ]; then
    echo "$out" | indent
    explain "'$*' to end as not checked (exit $NOT_CHECKED)" "exit $status (output above)" \
      "a check whose input is missing must say so, not pass or fail"
    return 1
  fi
  grep -q -F -- "$message" <<< "$out" || { echo "$out" | indent
    explain "its reason to say: $message" "it said something else (above)" "the learner would not know why it was not checked"; return 1; }
  note "it says: $(grep -F -m1 -- "$message" <<< "$out" | sed 's/^ *//')"
}
