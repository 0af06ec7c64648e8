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
  # The folder's scratch files (check logs, outputs), gone with it.
  CHECK_SCRATCH=$(mktemp -d "${CHECK_STATE:-${TMPDIR:-/tmp}}/scratch.XXXXXX")
  # The board a make command gets when it names none (common/mk/board.mk).
  BOARD_DEFAULT=$(sed -n 's/^BOARD ?= *//p' "$COURSE/common/mk/board.mk")
  local makefile=""
  [ -f Makefile ] && makefile=$(< Makefile)
  if [[ "$makefile" == *rules.mk* ]]; then
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
  [ -z "${CHECK_SCRATCH:-}" ] || rm -rf "$CHECK_SCRATCH"
}

# discard FILE...: a scratch file no longer needed (the scratch folder goes
# whole at the end of the folder; a file from mktemp goes now).
discard() { [ -n "${CHECK_SCRATCH:-}" ] || rm -f "$@"; }

# scratch VAR...: each VAR names a new empty file of its own, in the
# folder's scratch folder (what mktemp does, without starting a process:
# a run makes a few thousand). Unique: this shell's PID and a count.
SCRATCH_COUNT=0
scratch() {
  local var
  for var in "$@"; do
    if [ -z "${CHECK_SCRATCH:-}" ]; then
      printf -v "$var" '%s' "$(mktemp)"
    else
      SCRATCH_COUNT=$((SCRATCH_COUNT + 1))
      printf -v "$var" '%s/%s.%s' "$CHECK_SCRATCH" "$BASHPID" "$SCRATCH_COUNT"
      : > "${!var}"
    fi
  done
}

# The folder as the course names it: 05_interrupts, tests/host.
folder_name() { echo "${CHECK_DIR#"$COURSE"/}"; }

# load_board_env [BOARD [PROBE]]: BOARD, CHIP, QEMU_MACHINE, RAM_END, BUILD,
# ELF, ... for the current folder, from its Makefile (one source of truth);
# PROBE=openocd for a board's real-board build (common/mk/board.mk).
# Asked of make once per folder and board in a run, then kept in the run's
# state (the Makefiles do not change while the checks run).
load_board_env() {
  local env kept="" probe=${2:-}
  [ -n "${CHECK_STATE:-}" ] && set_run_key "$CHECK_DIR" "${1:-${BOARD:-}}" "$probe" && kept="$CHECK_STATE/env-$RUN_KEY"
  if [ -n "$kept" ] && [ -f "$kept" ]; then
    env=$(< "$kept")
  else
    env=$(make -s --no-print-directory -C "$CHECK_DIR" ${1:+BOARD=$1} ${probe:+PROBE=$probe} board-env 2>&1) || { echo "$env"; return 1; }
    # $BASHPID, not $$: background checks share the folder's $$.
    [ -z "$kept" ] || { printf '%s\n' "$env" > "$kept.$BASHPID" && mv "$kept.$BASHPID" "$kept"; }
  fi
  eval "$env"
}

# run_key WORDS...: a short file name for WORDS, for what a run keeps;
# set_run_key sets RUN_KEY to it, without a process of its own. The words,
# the course's path left out, with "/" and " " spelt out (so two lists of
# words never share a name); a digest only where that would be too long.
run_key() { set_run_key "$@" && echo "$RUN_KEY"; }
set_run_key() {
  RUN_KEY=${*//"$COURSE/"/}
  RUN_KEY=${RUN_KEY//%/%25} RUN_KEY=${RUN_KEY//\//%2F} RUN_KEY=${RUN_KEY// /%20}
  [ ${#RUN_KEY} -le 200 ] || RUN_KEY=$(echo "$*" | md5sum | cut -c1-32)
}

# check NAME COMMAND [ARGS...]: run COMMAND, and print its verdict. Every
# verdict is printed in the order the checks were declared: one that comes
# after a background check still running is held until that one is done.
CHECKS_TO_PRINT=()
check() {
  local name=$1 log
  shift
  only_this "$name" || return 0
  scratch log
  ( CHECK_NAME=$name began=$EPOCHREALTIME; "$@"; profiled $? "$name" "$began" ) > "$log" 2>&1
  finished "$name" $? "$log"
  CHECKS_TO_PRINT+=("$log:$name")
  print_finished_checks
}

# check_in_background NAME COMMAND [ARGS...]: a long check that needs no
# other check's result starts now and runs beside the checks that follow.
# A check that reads what it records (a transcript) must come after
# `finish_background_checks`, which waits for them all.
# A folder whose checks.sh sets CHECK_BACKGROUND_LIMIT=N runs N of them at
# most at once: the next one starts when one has ended.
BACKGROUND_CHECKS=0
check_in_background() {
  local name=$1 log
  shift
  only_this "$name" || return 0
  scratch log
  while [ -n "${CHECK_BACKGROUND_LIMIT:-}" ] && [ "$BACKGROUND_CHECKS" -ge "$CHECK_BACKGROUND_LIMIT" ]; do
    wait -n 2> /dev/null
    BACKGROUND_CHECKS=$((BACKGROUND_CHECKS - 1))
  done
  print_finished_checks
  BACKGROUND_CHECKS=$((BACKGROUND_CHECKS + 1))
  ( CHECK_NAME=$name began=$EPOCHREALTIME; ( "$@"; profiled $? "$name" "$began" ) > "$log" 2>&1; finished "$name" $? "$log" ) &
  CHECKS_TO_PRINT+=("$log:$name")
}

# profiled STATUS NAME BEGAN: exits with STATUS; with CHECK_PROFILE=FILE,
# first appends the CPU seconds the check's shell and its children used, the
# seconds since BEGAN ($EPOCHREALTIME), and the check's folder and name
# (make check CHECK_PROFILE=/tmp/p: where the time goes).
profiled() {
  if [ -n "${CHECK_PROFILE:-}" ]; then
    times > "$CHECK_PROFILE.$BASHPID" # in this shell: a pipe would time a fork
    awk -v name="$(folder_name): $2" -v wall="$(awk -v a="$3" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }')" '
      { for (i = 1; i <= NF; i++) { split($i, t, /[ms]/); cpu += t[1] * 60 + t[2] } }
      END { printf "%.2f\t%.2f\t%s\n", cpu, wall, name }' "$CHECK_PROFILE.$BASHPID" >> "$CHECK_PROFILE"
    rm -f "$CHECK_PROFILE.$BASHPID"
  fi
  return "$1"
}

# only_this NAME: false if CHECK_ONLY is set and NAME does not contain it
# (CHECK_ONLY="crash through" common/check/run tests/board: one check, for
# a course author chasing it; never set by make check).
only_this() { [ -z "${CHECK_ONLY:-}" ] || [[ "$1" == *"$CHECK_ONLY"* ]]; }

# verdict_of STATUS: PASS, SKIP (not checked) or FAIL; set_verdict STATUS
# sets VERDICT to it, without a process of its own.
verdict_of() { set_verdict "$1" && echo "$VERDICT"; }
set_verdict() {
  case $1 in 0) VERDICT=PASS ;; "$NOT_CHECKED") VERDICT=SKIP ;; *) VERDICT=FAIL ;; esac
}

# finished NAME STATUS LOG: a check has ended. Its verdict goes into the
# run's state at once (a later check may ask whether it passed), and into
# LOG.status, which marks it ready to print: one write of one short line,
# so a reader finds it empty (not ready yet) or whole.
finished() {
  set_verdict "$2"
  [ -n "${CHECK_STATE:-}" ] && printf '%s\t%s\t%s\n' "$VERDICT" "${CHECK_DIR#"$COURSE"/}" "$1" >> "$CHECK_STATE/results"
  echo "$2" > "$3.status"
}

# print_finished_checks: print the verdicts that are ready, in order.
print_finished_checks() {
  local entry log status
  while [ ${#CHECKS_TO_PRINT[@]} -gt 0 ]; do
    entry=${CHECKS_TO_PRINT[0]} log=${entry%%:*} status=""
    [ -f "$log.status" ] && read -r status < "$log.status"
    [ -n "$status" ] || return 0
    report_check "${entry#*:}" "$status" "$log"
    CHECKS_TO_PRINT=("${CHECKS_TO_PRINT[@]:1}")
  done
}

# finish_background_checks: wait for every background check; print all.
finish_background_checks() {
  wait
  BACKGROUND_CHECKS=0
  print_finished_checks
}

# report_check NAME STATUS LOG: count it and print it.
# The log is read by the shell itself (a check's log is a few lines): on
# PASS its notes, otherwise all of it, indented, "note: " left out.
report_check() {
  local name=$1 log=$3 line
  set_verdict "$2"
  case $VERDICT in
    PASS) CHECK_PASSED=$((CHECK_PASSED + 1)) ;;
    SKIP) CHECK_SKIPPED=$((CHECK_SKIPPED + 1)) ;;
    *) CHECK_FAILED=$((CHECK_FAILED + 1)) ;;
  esac
  echo "$VERDICT $name"
  [ -s "$log" ] || return 0
  while IFS= read -r line || [ -n "$line" ]; do
    if [[ "$line" == "note: "* ]]; then
      echo "     ${line#note: }"
    elif [ $VERDICT != PASS ]; then
      echo "     $line"
    fi
  done < "$log"
}

# not_checked REASON: this check cannot say yes or no here; say why.
not_checked() {
  echo "not checked: $*"
  return $NOT_CHECKED
}

# Lines a check prints on PASS too (sizes, counts: what the learner came for).
note() { echo "note: $*"; }

# explain EXPECTED GOT HINT: the three things a failing check must say.
# Each may have several lines; the later ones are indented under the first.
explain() {
  local more=$'\n          '
  echo "expected: ${1//$'\n'/$more}"
  echo "got:      ${2//$'\n'/$more}"
  echo "hint:     ${3//$'\n'/$more}"
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

# on_real_board BOARD COMMAND...: run one check command on BOARD's
# real-board build, the one make flash writes (PROBE=openocd: SILICON).
on_real_board() {
  local board=$1
  shift
  load_board_env "$board" openocd || return 1
  "$@"
}

# --- building --------------------------------------------------------------

# variant_elf [VARIANT]: where `make VARIANT=...` puts its ELF (beside the
# main build of the board's environment: BUILD, from load_board_env).
variant_elf() { echo "${BUILD%/*}/${1:-main}/firmware.elf"; }

make_lesson() { make -s --no-print-directory -C "$LESSON_DIR" BOARD="$BOARD" ${PROBE:+PROBE=$PROBE} "$@" 2>&1; }

# builds [VARIANT]: the firmware compiles and links: `make [VARIANT=...]`,
# as the learner types it, whose last lines are the size (kept as the
# transcript size-VARIANT). Once built in a run, a variant is not handed
# to make again in that run: its size line is kept, and said again. Two
# checks that build the same variant at once (in the background) take
# turns: the second finds it built.
builds() {
  local built="" size="" lock="" status
  if [ -n "${CHECK_STATE:-}" ]; then
    set_run_key "$LESSON_DIR" "$BUILD" "${1:-main}" && built="$CHECK_STATE/built-$RUN_KEY"
    [ -f "$built" ] && read -r size < "$built"
    if [ -z "$size" ]; then
      exec {lock}> "$built.lock" && flock "$lock"
      [ -f "$built" ] && read -r size < "$built"
    fi
  fi
  [ -n "$size" ] || build_variant "${1:-}"
  status=$?
  [ -z "$lock" ] || exec {lock}>&-
  [ $status -eq 0 ] && note "$size"
  return $status
}
# build_variant VARIANT: what builds does the first time: sets its size, and
# keeps it in its built.
build_variant() {
  learner_runs --name "size-${1:-main}" --tool-messages "make${1:+ VARIANT=$1}" || return 1
  learner_timed_out && return 1
  if [ "$LEARNER_STATUS" -ne 0 ]; then
    seeded_mistake_already_made "${1:-}" "$LEARNER_OUTPUT" && return $NOT_CHECKED
    echo "$LEARNER_OUTPUT" | tail -n 20 | indent
    explain "'$LEARNER_COMMAND' to build $(basename "$LESSON_DIR")" "the build failed (output above)" \
      "read the first error line above; '$LEARNER_COMMAND' in $(folder_name) shows it in full"
    return 1
  fi
  size=$(size_line "$(variant_elf "${1:-}")")
  # Whole or not at all: other checks may read it meanwhile.
  [ -z "$built" ] || { echo "$size" > "$built.$BASHPID" && mv "$built.$BASHPID" "$built"; }
}

# build_failed VARIANT: a quiet `builds VARIANT` has just failed: build it
# again, to say why, and fail. Never a pass: if the second try builds, the
# first failed all the same (two builds of one variant at once?), and what
# the build was for has not happened.
build_failed() {
  local status
  builds "$1"
  status=$?
  [ $status -eq 0 ] || return $status
  explain "'make${1:+ VARIANT=$1}' in $(folder_name) to build" "it failed, then built when tried again" \
    "two builds of the same variant at once can clash: does another check build it at the same time?"
}

# seeded_mistake_already_made VARIANT MAKE-OUTPUT: the variant's edit
# (EDIT.name) found nothing to change in a lesson file the learner has
# changed: their own edit made that mistake already, or removed what it
# edits. Not checked, and why (the check that reads the file says what).
# In a file as committed, the same is a stale EDIT, and fails.
seeded_mistake_already_made() {
  local file
  file=$(sed -n 's/.*seeds a mistake into \([^ ,]*\),.*/\1/p' <<< "$2" | head -n 1)
  [ -n "$file" ] || return 1
  git -C "$LESSON_DIR" diff --quiet -- "$file" 2> /dev/null
  [ $? -eq 1 ] || return 1
  not_checked "VARIANT=$1 seeds a mistake into $(basename "$LESSON_DIR")/$file, which you have changed ('git diff $file' shows how): your change made it already, or removed what it edits"
  return 0
}

# transcript_path NAME: where the current board's transcript NAME lives.
# Each board has its own folder, so two boards can never share a transcript
# (nor the micro:bit's two builds: microbit-silicon is its real-board one).
transcript_path() {
  local folder=$BOARD
  [ -n "${SILICON:-}" ] && [ -n "${QEMU_MACHINE:-}" ] && folder=$BOARD-silicon
  echo "$LESSON_DIR/build/transcripts/$folder/$1.txt"
}

# keep_transcript NAME TEXT: save what a check saw on the current $BOARD,
# for the lesson text to show (<!-- transcript: lesson/BOARD/NAME -->); the
# docs check compares the two, and trusts it only if this check passes.
# What the check worked out itself, not a command's output (learner_runs
# gives that its command line), begins with the line saying which check of
# `make check` shows it.
keep_transcript() {
  local path text=$2 prompt='^[[:alnum:]_./-]+\$ [^ ]'
  path=$(transcript_path "$1")
  [ -d "${path%/*}" ] || mkdir -p "${path%/*}"
  if ! [[ "${text%%$'\n'*}" =~ $prompt ]]; then
    text="${CHECK_DIR#"$COURSE"/}\$ make check  # the check \"${CHECK_NAME:-?}\" shows:"$'\n'"$text"
  fi
  printf '%s\n' "$text" > "$path"
  recorded "$path"
}

# recorded PATH: this check produced PATH (a transcript, a picture) in this
# run; what reads it later trusts it only if this check passes.
recorded() {
  [ -n "${CHECK_STATE:-}" ] || return 0
  printf '%s\t%s\t%s\n' "${1#"$COURSE"/}" "${CHECK_DIR#"$COURSE"/}" "${CHECK_NAME:-}" >> "$CHECK_STATE/produced"
}

# learner_runs [--name NAME] [--timeout S] [--tool-messages] COMMAND
# Runs COMMAND, one line of shell as the text shows it, in the lesson's
# folder as a learner would from a fresh terminal: no make settings
# inherited from `make check`, BOARD= added to a make command that names
# none (for a board other than the default), nothing on stdin, stopped
# after S seconds (60 unless told). Sets LEARNER_COMMAND (what ran),
# LEARNER_OUTPUT and LEARNER_STATUS. With
# --name, the output is also the transcript NAME, whose first line is the
# prompt and the command (02_linker$ make debug GDB_BATCH=gdb/at-main.gdb):
# the text must show that line above the output (docs.py), so the command
# in the text is the one that printed it. --tool-messages keeps what the
# compiler and the linker said, without make's own lines (the commands it
# echoes, its "make: ***" last words), with paths relative to the course.
# The caller judges the outcome (learner_timed_out: out of time).
learner_runs() {
  local name="" timeout_s=60 filter="" command board_default out
  while [ $# -gt 1 ]; do
    case "$1" in
      --name) name=$2; shift 2 ;;
      --timeout) timeout_s=$2; shift 2 ;;
      --tool-messages) filter=tool_messages; shift ;;
      *) echo "learner_runs: unknown option $1"; return 2 ;;
    esac
  done
  command=$1
  board_default=${BOARD_DEFAULT:-$(sed -n 's/^BOARD ?= *//p' "$COURSE/common/mk/board.mk")}
  if [ "${BOARD:-$board_default}" != "$board_default" ] && [[ "$command" == make\ * || "$command" == make ]] &&
    [[ "$command" != *BOARD=* ]]; then
    # After make's own words, before any redirection or pipe.
    local words=${command%%[|&;>]*} rest
    words=${words%% 2}
    rest=${command#"$words"}
    command="${words% } BOARD=$BOARD${rest:+ ${rest# }}"
  fi
  # The real-board build of a board QEMU also emulates (the micro:bit's):
  # PROBE=openocd says so, as the learner would.
  if [ "${SILICON:-}" = yes ] && [ -n "${QEMU_MACHINE:-}" ] && [[ "$command" == make\ * || "$command" == make ]] &&
    [[ "$command" != *PROBE=* ]]; then
    local words=${command%%[|&;>]*} rest
    words=${words%% 2}
    rest=${command#"$words"}
    command="${words% } PROBE=openocd${rest:+ ${rest# }}"
  fi
  LEARNER_COMMAND=$command
  scratch out
  (cd "$LESSON_DIR" && unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES GNUMAKEFLAGS BOARD VARIANT GDB_BATCH PROBE ICOUNT &&
    exec timeout -k 5 "$timeout_s" bash -c "$command" < /dev/null > "$out" 2>&1)
  LEARNER_STATUS=$?
  if [ -n "$filter" ]; then LEARNER_OUTPUT=$($filter < "$out"); else LEARNER_OUTPUT=$(< "$out"); fi
  discard "$out"
  [ -z "$name" ] || keep_transcript "$name" "${CHECK_DIR#"$COURSE"/}\$ $command"$'\n'"$LEARNER_OUTPUT"
}

# learner_timed_out: LEARNER_COMMAND ran out of time (status 124): say so.
learner_timed_out() {
  [ "$LEARNER_STATUS" -eq 124 ] || return 1
  tail -n 10 <<< "$LEARNER_OUTPUT" | indent
  explain "'$LEARNER_COMMAND' in $(folder_name) to finish" "it was still running when stopped (its output so far above)" \
    "run it yourself in $(folder_name) and watch where it stops"
}

# needs_fresh PATH: PATH must come from a check of this run that passed;
# otherwise this check is "not checked", and says which check failed.
# The common case, fresh, is told here (runstate.py's rule: every check of
# the run that recorded PATH passed, its last verdict counting); any other
# is runstate.py's to tell, with its reason.
needs_fresh() {
  [ -n "${CHECK_STATE:-}" ] || return 0
  [ -f "$CHECK_STATE/produced" ] && [ -f "$CHECK_STATE/results" ] &&
    awk -F '\t' -v path="${1#"$COURSE"/}" '
      FNR == NR { if ($1 == path) producers[$2 FS $3] = 1; next }
      { verdict[$2 FS $3] = $1 }
      END { for (p in producers) { seen = 1; if (verdict[p] != "PASS") exit 1 } exit !seen }' \
      "$CHECK_STATE/produced" "$CHECK_STATE/results" && return 0
  "$PYTHON3" "$COURSE/common/check/runstate.py" transcript "$1"
}

# needs_passed NAME: the check NAME of this folder passed earlier in this
# run; otherwise this check is "not checked", and says which one to read.
needs_passed() {
  grep -q -F -x "$(printf 'PASS\t%s\t%s' "${CHECK_DIR#"$COURSE"/}" "$1")" "${CHECK_STATE:-/nonexistent}/results" 2>/dev/null && return 0
  not_checked "the check '$1' above did not pass; read it first"
}

# summary_line TEXT: a line the run prints last, before its count of checks
# (the exercises' progress, say).
summary_line() {
  [ -z "${CHECK_STATE:-}" ] || printf '%s\n' "$*" >> "$CHECK_STATE/summary"
}

# What the tools said, without make's own lines (and the compiles through
# common/mk/compile-once) and with paths made relative (read by the shell
# itself: a build says a few lines).
tool_messages() {
  local line
  while IFS= read -r line || [ -n "$line" ]; do
    case $line in arm-none-eabi-* | "$COURSE/common/mk/compile-once "* | "make: ***"* | "make["*) continue ;; esac
    echo "${line//"$COURSE/"/}"
  done
}

size_line() {
  arm-none-eabi-size "$1" | awk 'NR == 2 {printf "size: %d bytes of flash (text %d + data %d), %d bytes of RAM (data %d + bss %d)", $1 + $2, $1, $2, $2 + $3, $2, $3}'
}

# build_fails_with VARIANT MESSAGE: `make VARIANT=...` must fail, and the
# tools must say MESSAGE (a fixed string). Keeps what they said as the
# transcript build-VARIANT; shows the line that says it.
build_fails_with() {
  local variant=$1 message=$2
  learner_runs --name "build-$variant" --tool-messages "make VARIANT=$variant" || return 1
  learner_timed_out && return 1
  if [ "$LEARNER_STATUS" -eq 0 ]; then
    explain "'$LEARNER_COMMAND' to fail with: $message" "it built" \
      "the pitfall is no longer there: check the variant's files and the lesson's Makefile"
    return 1
  fi
  if ! grep -q -F -- "$message" <<< "$LEARNER_OUTPUT"; then
    echo "$LEARNER_OUTPUT" | tail -n 15 | indent
    explain "'$LEARNER_COMMAND' to fail with: $message" "it failed differently (above)" \
      "a different error means the variant broke in a new way; fix that first"
    return 1
  fi
  note "the tools say: $(grep -F -m1 -- "$message" <<< "$LEARNER_OUTPUT")"
}

# --- reading the ELF -------------------------------------------------------

# elf_word ELF ADDRESS: the 32-bit word the image holds at ADDRESS (its
# little-endian bytes, read by objdump from the section that holds them;
# GDB's words when none does).
elf_word() {
  local address=$(($2)) name size vma offset word
  while read -r name size vma; do
    ((address >= 0x$vma && address + 4 <= 0x$vma + 0x$size)) || continue
    while read -r offset word _; do
      [[ "$offset" =~ ^[0-9a-f]+$ && "$word" =~ ^[0-9a-f]{8}$ ]] || continue
      echo "0x${word:6:2}${word:4:2}${word:2:2}${word:0:2}"
      return
    done < <(arm-none-eabi-objdump -s -j "$name" --start-address=$address --stop-address=$((address + 4)) "$1")
  done < <(arm-none-eabi-objdump -h -w "$1" | awk '/ALLOC/ && /CONTENTS/ {print $2, $3, $4}')
  echo "Cannot access memory at address $2"
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

# bytes_pushed ELF FUNCTION: how far FUNCTION's prologue moves SP down (its
# push/stmdb registers, 4 bytes each, and any sub sp), read up to its first
# call; "" if it has no code.
bytes_pushed() {
  disassembly "$1" "$2" | sed 's/[[:space:]]*@.*//' | awk '
    $2 ~ /^(bl|blx|b|b\.n|b\.w|bx)$/ {exit}
    $2 ~ /^(push|push\.w)$/ || ($2 ~ /^stmdb/ && $3 == "sp!,") {n = split($0, r, ","); bytes += 4 * (n - ($2 ~ /^stmdb/ ? 1 : 0))}
    $2 ~ /^subw?(\.w)?$/ && $3 == "sp," {sub(/^#/, "", $NF); bytes += $NF + 0}
    {seen = 1}
    END {if (seen) print bytes + 0}'
}

# no_semihosting_calls [VARIANT]: no semihosting call (bkpt 0xab) anywhere
# in the build's code. For a real-board build (on_real_board): on a board
# with no debugger, such a call is a HardFault (lesson 02).
no_semihosting_calls() {
  local elf calls instructions
  builds "$@" > /dev/null || { builds "$@"; return 1; }
  elf=$(variant_elf "${1:-}")
  # One reading of the code: the calls, then the count of instructions.
  calls=$(arm-none-eabi-objdump -d -C --no-show-raw-insn "$elf" |
    awk '/^[0-9a-f]+ <.*>:$/ {name = substr($0, index($0, "<") + 1); sub(/>:$/, "", name)}
         /^ +[0-9a-f]+:/ {instructions++}
         /^ +[0-9a-f]+:[ \t]+bkpt[ \t]+0x0*ab[ \t]*$/ {address = $1; sub(/:$/, "", address); print "in " name ": bkpt 0xab at 0x" address}
         END {print instructions + 0}')
  instructions=${calls##*$'\n'}
  [[ "$calls" == *$'\n'* ]] && calls=${calls%$'\n'*} || calls=""
  if [ -n "$calls" ]; then
    echo "$calls" | indent
    explain "no semihosting call (bkpt 0xab) in ${elf#"$COURSE"/}" "$(wc -l <<< "$calls") (above)" \
      "a build for a real board prints through runtime/host.hpp (HOST_LINE in common/mk/rules.mk); semihosting.cpp, or a bkpt 0xab of its own, does not belong in it"
    return 1
  fi
  note "${elf#"$COURSE"/}: no bkpt 0xab in $instructions instructions"
}

# --- running in QEMU -------------------------------------------------------

# qemu_expect [--variant V] [--elf F] [--name N] [--exit N] [--output TEXT | --contains TEXT]
#             [--timeout S] [--icount] [--serial SPEC] [--feed FILE [--feed-after TEXT]]
# Runs the firmware as the learner does, `make run [VARIANT=V]` (kept as
# the transcript N: run, or run-V, unless told), stopped after S seconds;
# checks its exit code (semihosting) and its output (QEMU_OUTPUT: what the
# firmware printed, and how the runner explained it). --icount: the run
# must be deterministic, and is: the lesson's Makefile says ICOUNT := on.
# --feed sends FILE (a path in the lesson's folder) into the UART from
# outside QEMU (make run FEED=FILE: as fast as the guest takes it) and
# keeps what the guest sends back in QEMU_ECHO (a file); with --feed-after,
# only once the guest has sent TEXT on the UART (its "ready": a byte sent
# before the firmware set up its UART may be lost), which a lesson's
# Makefile may say once for all (FEED_AFTER). --elf F runs F directly
# (common/check/qemu-run, with --icount and --serial as given).
# --trace FILE keeps the firmware's register accesses (see silicon_rules_kept).
# --stop-when-stuck (with --icount): QEMU is stopped as soon as the firmware
# is asleep for good, instead of at the timeout (common/check/qemu-state.py
# says when; for a firmware whose only input raises the interrupt pending).
qemu_expect() {
  local variant="" elf="" name="" want_exit=0 want_output="" mode="" timeout_s=5 icount="" serial="" extra=() out err state status feed="" feed_after="" stuck=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --variant) variant=$2; shift 2 ;;
      --elf) elf=$2; [[ "$elf" == */* ]] || elf=./$elf; shift 2 ;;
      --name) name=$2; shift 2 ;;
      --exit) want_exit=$2; shift 2 ;;
      --output) want_output=$2; mode=exact; shift 2 ;;
      --contains) want_output=$2; mode=contains; shift 2 ;;
      --timeout) timeout_s=$2; shift 2 ;;
      --icount) icount=on; shift ;;
      --serial) serial=$2; shift 2 ;;
      --feed) feed=$2; shift 2 ;;
      --feed-after) feed_after=$2; shift 2 ;;
      --trace) extra+=(--trace "$2"); shift 2 ;;
      --stop-when-stuck) stuck=1; shift ;;
      *) echo "qemu_expect: unknown option $1"; return 2 ;;
    esac
  done
  [ -n "$QEMU_MACHINE" ] || { explain "a board QEMU can emulate" "BOARD=$BOARD is real hardware" "run checks with BOARD=lm3s6965evb or BOARD=microbit"; return 1; }
  [ -z "$stuck" ] || [ -n "$icount" ] || { echo "qemu_expect: --stop-when-stuck needs --icount (QEMU says no timer runs only then)"; return 2; }
  scratch out err state
  # A traced run is the checks' own, not the learner's: qemu-run itself.
  if [ -z "$elf" ] && [ ${#extra[@]} -gt 0 ]; then
    builds "$variant" > /dev/null || { build_failed "$variant"; local built=$?; discard "$out" "$err" "$state"; return $built; }
    elf=$(variant_elf "$variant")
  fi
  if [ -n "$elf" ]; then
    QEMU_ECHO="${elf%/*}/echo.bin"
    "$COURSE/common/check/qemu-run" --machine "$QEMU_MACHINE" --timeout "$timeout_s" ${icount:+--icount} \
      ${serial:+--serial "$serial"} ${feed:+--feed "$feed"} ${feed_after:+--feed-after "$feed_after"} "${extra[@]}" \
      --state "$state" ${stuck:+--stop-when-stuck} "$elf" > "$out" 2> "$err"
    status=$?
  else
    if [ -n "$icount" ] && [ -z "$ICOUNT" ]; then
      explain "a deterministic run (-icount)" "$(folder_name)'s Makefile does not say ICOUNT := on" \
        "make run uses -icount only where the lesson's Makefile asks for it (common/mk/rules.mk)"; discard "$out" "$err" "$state"; return 1
    fi
    [ -z "$serial" ] || { echo "qemu_expect: --serial needs --elf (make run has the terminal on the serial port)"; discard "$out" "$err" "$state"; return 2; }
    builds "$variant" > /dev/null || { build_failed "$variant"; local built=$?; discard "$out" "$err" "$state"; return $built; }
    elf=$(variant_elf "$variant")
    QEMU_ECHO="${elf%/*}/echo.bin"  # the variant's own folder: floods may run side by side
    # The learner's command; where the CPU was at the timeout is asked of
    # QEMU through the environment (qemu-run's --state), not on the line.
    COURSE_RUN_STATE=$state COURSE_RUN_TIMEOUT=$timeout_s COURSE_RUN_STOP_WHEN_STUCK=$stuck \
      learner_runs --name "${name:-run${variant:+-$variant}}" \
      --timeout "$((${timeout_s%.*} + 21))" \
      "make run${variant:+ VARIANT=$variant}${feed:+ FEED=$feed}${feed_after:+ FEED_AFTER=$feed_after}" || return 1
    # The firmware's status is in make run's last line, unless it ran out of time.
    status=$LEARNER_STATUS
    if [ "$status" -ne 124 ]; then
      status=$(sed -n 's/^make run: the firmware ended with exit status \([0-9]*\)$/\1/p' <<< "$LEARNER_OUTPUT")
      [ -n "$status" ] || status=$LEARNER_STATUS
    fi
    sed -e '1{/^QEMU .*Ctrl-A then X quits\.$/d}' -e '/^make run: the firmware ended with exit status/d' <<< "$LEARNER_OUTPUT" > "$out"
    grep -E '^(qemu|qemu-system-arm): ' "$out" > "$err"
  fi
  QEMU_OUTPUT=$(< "$out")
  diagnose_run "$status" "$want_exit" "$err" "$out" "$timeout_s" "$state" "$elf" || { discard "$out" "$err" "$state"; return 1; }
  discard "$state"
  if [ -n "$mode" ] && [ ! -s "$out" ]; then
    explain "output: $(printf '%b' "$want_output" | head -c 300)" \
      "nothing at all: the firmware exited with code $status without printing a byte" \
      "$(silent_uart_hint "$elf" "$timeout_s" "$feed" ${icount:+--icount} ${serial:+--serial "$serial"})"
    discard "$out" "$err"; return 1
  fi
  if [ "$mode" = exact ] && [ "$QEMU_OUTPUT" != "$(printf '%b' "$want_output")" ]; then
    explain "output: $(printf '%b' "$want_output" | head -c 300)" "output: $(head -c 300 "$out")" \
      "the firmware ran and exited, but printed something else; compare the two lines above"
    discard "$out" "$err"; return 1
  fi
  if [ "$mode" = contains ] && ! grep -q -F -- "$(printf '%b' "$want_output")" "$out"; then
    head -n 20 "$out" | indent
    explain "output containing: $want_output" "output without it (above)" \
      "the firmware ran and exited, but never printed that"
    discard "$out" "$err"; return 1
  fi
  discard "$out" "$err"
}

# diagnose_run STATUS WANT_EXIT STDERR_FILE STDOUT_FILE TIMEOUT [STATE ELF]:
# turn a QEMU exit into words a learner can act on. STATE: what qemu-run
# --state found when it stopped a firmware that never ended.
diagnose_run() {
  local status=$1 want=$2 err=$3 out=$4 timeout_s=$5 state=${6:-} elf=${7:-}
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    tail -n 10 "$out" | indent
    if [ -s "$state" ] && [ -n "$elf" ]; then
      hang_diagnosis "$state" "$elf"
      if grep -q '^stuck yes$' "$state"; then  # qemu_expect --stop-when-stuck
        explain "the firmware to exit with code $want" \
          "it will never wake (a hang): $HANG_WHERE; no timer runs, and what is pending the NVIC does not enable; output so far above" "$HANG_HINT"
        return 1
      fi
      explain "the firmware to exit with code $want" "it was still running after ${timeout_s} s (a hang): $HANG_WHERE; output so far above" "$HANG_HINT"
      return 1
    fi
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
    local irq handler
    irq=$(sed -n 's/.*unhandled interrupt: IRQ \([0-9][0-9]*\).*/\1/p' "$out" | head -n 1)
    if [ -n "$irq" ]; then
      handler=$(irq_handler "$irq")
      case $handler in
        IRQ_Default_Handler | nullptr | "no handler")
          handler="IRQ $irq has no handler name of its own in common/chips/$CHIP/interrupts.cpp: is it the interrupt you meant to enable?" ;;
        *) handler="the handler's name: the vector table calls $handler for IRQ $irq (common/chips/$CHIP/interrupts.cpp); define it with exactly that name" ;;
      esac
      explain "exit code $want" "exit code $status: IRQ $irq ($(irq_name "$irq")) came, and no handler of the program's took it" "$handler"
      return 1
    fi
    explain "exit code $want" "exit code $status" \
      "the firmware reported failure through semihosting; its output above says why"
    return 1
  fi
}

# --- what QEMU forgives ----------------------------------------------------

# silicon_tool: the path of tests/host's program of the datasheet-strict
# rules (silicon.cpp), built once. Folders run side by side: a lock keeps
# two of them from building it at the same time. Once made in a run, it is
# not asked of make again in that run.
silicon_tool() {
  local host="$COURSE/tests/host" out
  [ -n "${CHECK_STATE:-}" ] && [ -e "$CHECK_STATE/silicon-made" ] && { echo "$host/build/silicon"; return 0; }
  [ -d "$host/build" ] || mkdir -p "$host/build"
  if out=$(flock "$host/build/.silicon.lock" make -s --no-print-directory -C "$host" build/silicon 2>&1); then
    [ -z "${CHECK_STATE:-}" ] || : > "$CHECK_STATE/silicon-made"
  else
    echo "$out" | tail -n 20 | indent
    explain "tests/host/silicon.cpp to compile" "it did not (above)" "'make -C tests/host build/silicon' shows the first error"
    return 1
  fi
  echo "$host/build/silicon"
}

# silicon_rules_kept [--variant V] [--drop PATTERN] [--trace FILE]: run the
# firmware in QEMU with its register accesses traced, and replay them
# through the chip's datasheet-strict rules, the strict doubles' own (lesson
# 04, "What QEMU forgives"). --drop removes the first traced access that
# matches PATTERN (an extended regular expression): a program broken on
# purpose. --trace FILE replays the accesses an earlier check of the run
# traced into FILE (qemu_expect --trace), instead of running it again.
silicon_rules_kept() {
  local variant="" drop="" tool trace out traced=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --variant) variant=$2; shift 2 ;;
      --drop) drop=$2; shift 2 ;;
      --trace) traced=$2; shift 2 ;;
      *) echo "silicon_rules_kept: unknown option $1"; return 2 ;;
    esac
  done
  tool=$(silicon_tool) || { echo "$tool"; return 1; }
  scratch trace
  if [ -n "$traced" ]; then
    [ -s "$traced" ] || { rm -f "$trace"; not_checked "no register accesses traced in ${traced#"$COURSE"/}: the check that runs the firmware did not pass"; return; }
    cp "$traced" "$trace"
  else
    qemu_expect ${variant:+--variant "$variant"} --exit 0 --trace "$trace" || { rm -f "$trace"; return 1; }
  fi
  if [ -n "$drop" ]; then
    awk -v pattern="$drop" '!dropped && $0 ~ pattern {dropped = 1; next} {print}' "$trace" > "$trace.broken"
    mv "$trace.broken" "$trace"
  fi
  if ! out=$("$tool" replay "$CHIP" "$trace"); then
    rm -f "$trace"
    echo "$out" | indent
    explain "the register accesses of '${variant:-the firmware}' to keep $CHIP's datasheet rules" \
      "QEMU ran it, but silicon would not (above: the rule, what happened, where it is written)" \
      "fix the step the rule names; tests/host/test_strict_$CHIP.cpp breaks each rule on purpose"
    return 1
  fi
  rm -f "$trace"
  note "$out"
}

# shift_register_shows [--variant V] VALUES: the firmware runs in QEMU with
# its register accesses traced, and a 74HC595 on the chip's DataPin,
# ClockPin and LatchPin (its chip_hal.hpp) would have shown VALUES: hex
# bytes, one per rising edge of the latch, in order ("00 01 03"). QEMU
# emulates no 595: common/check/pins.py replays the pins' writes through
# the chip's GPIO registers and runs one on them.
shift_register_shows() {
  local variant="" want="" trace shown pins="" role pin
  while [ $# -gt 0 ]; do
    case "$1" in
      --variant) variant=$2; shift 2 ;;
      -*) echo "shift_register_shows: unknown option $1"; return 2 ;;
      *) want=$1; shift ;;
    esac
  done
  for role in Data Clock Latch; do
    pin=$(sed -n -E "s/^using ${role}Pin = [A-Za-z0-9_]+<([0-9]+)>;.*/\1/p" "$COURSE/common/chips/$CHIP/chip_hal.hpp")
    [ -n "$pin" ] || { explain "common/chips/$CHIP/chip_hal.hpp to say 'using ${role}Pin = ...<N>;'" "no such line" \
      "the shift register's pins are roles of the chip contract (common/hal/chip_contract.hpp)"; return 1; }
    pins+=" $pin"
  done
  scratch trace
  qemu_expect ${variant:+--variant "$variant"} --exit 0 --trace "$trace" || { rm -f "$trace"; return 1; }
  shown=$("$PYTHON3" "$COURSE/common/check/pins.py" shift-register "$trace" "$CHIP" $pins)
  rm -f "$trace"
  [ "$shown" = "$want" ] || { explain "a 74HC595 on $CHIP's pins (data, clock, latch:$pins) to show, latch after latch: $want" \
    "it showed: ${shown:-nothing (the latch never rose)}" \
    "the host test shows the same driver on a 595 double; here the chip's own pins drive it (make run, then the trace)"; return 1; }
  note "$BOARD: a 74HC595 on pins$pins shows $(wc -w <<< "$shown") values: $shown"
}

# host_tests TEST [SOURCE...]: the folder's own Catch2 test TEST (an
# exercise's test_*.cpp), built for this PC the way tests/host builds its
# own (its flags, its Catch2, tests/host/doubles on the include path), with
# SOURCE, the folder's files it tests, compiled for the PC too; run, every
# assertion holds. On failure Catch2's report says which, with the values.
host_tests() {
  local test=$1 host="$COURSE/tests/host" program out summary status
  shift
  program="$LESSON_DIR/build/host/${test%.cpp}"
  mkdir -p "$host/build"
  if ! out=$(flock "$host/build/.catch2.lock" make -s --no-print-directory -C "$host" -j"$(nproc)" catch2 2>&1 &&
    make -s --no-print-directory -C "$host" folder-test FOLDER="$LESSON_DIR" TEST="$test" SOURCES="$*" \
      PROGRAM="$program" 2>&1); then
    sed "s|$LESSON_DIR/||g; s|$COURSE/||g" <<< "$out" | grep -v '^make' | tail -n 20 | indent
    explain "$test${1:+ and $*} to compile for this PC (g++, with the host tests' flags)" "it did not (above)" \
      "read the first error above: it names the file and the line"
    return 1
  fi
  out=$(timeout -k 2 20 "$program" 2>&1)
  status=$?
  if [ $status -eq 124 ] || [ $status -eq 137 ]; then
    sed "s|$LESSON_DIR/||g; s|$COURSE/||g" <<< "$out" | tail -n 10 | indent
    explain "the tests of $test to finish (they take milliseconds)" "they were still running after 20 s (a hang)" \
      "something the tests call never returns: a loop waiting for a flag the register block in RAM never shows, say; build/host/${test%.cpp} runs them again"
    return 1
  fi
  if [ $status -ne 0 ]; then
    # The first failures, which say the most, and Catch2's count at the end.
    sed "s|$LESSON_DIR/||g; s|$COURSE/||g" <<< "$out" | grep -v -E '^(~+|-+|=+|\.+)$' |
      awk '{line[NR] = $0} END {for (i = 1; i <= NR; i++) if (NR <= 40 || i <= 34 || i > NR - 3) print line[i]; else if (i == 35) print "... (" NR - 37 " lines more)"}' | indent
    explain "every assertion of $test to hold" "some did not (Catch2's report above: the test case, the line, the values)" \
      "the test case's name says what it wants; build/host/${test%.cpp} runs the tests again"
    return 1
  fi
  summary=$(sed -n -E 's/^All tests passed \(([0-9]+) assertions? in ([0-9]+) test cases?\)$/\2 test cases, \1 assertions/p' <<< "$out")
  note "$test: ${summary:-passed}"
}

# real_board_expect [--variant V] --parks-in FUNCTION [--output TEXT | --contains TEXT]
# Runs the real-board build (on_real_board) in QEMU's model of its chip
# (QEMU_TWIN) with semihosting off: as on the board with no debugger, where
# a semihosting call is a HardFault. It must print TEXT on its UART, then
# park in FUNCTION: GDB, breaking where FUNCTION branches to itself (and
# where panic() does, the end of any fault), stops there, and 20
# instructions later finds the CPU still there. Where the CPU is, not how
# long it takes: no timing window. The UART output is in QEMU_OUTPUT.
real_board_expect() {
  local variant="" parks_in="" want="" mode="" elf loops log script out where
  while [ $# -gt 0 ]; do
    case "$1" in
      --variant) variant=$2; shift 2 ;;
      --parks-in) parks_in=$2; shift 2 ;;
      --output) want=$2; mode=exact; shift 2 ;;
      --contains) want=$2; mode=contains; shift 2 ;;
      *) echo "real_board_expect: unknown option $1"; return 2 ;;
    esac
  done
  [ -n "$parks_in" ] || { echo "real_board_expect: --parks-in FUNCTION is required"; return 2; }
  [ "${SILICON:-}" = yes ] || { explain "a real-board build" "BOARD=$BOARD builds for QEMU here" \
    "give the check as: on_real_board BOARD real_board_expect ..."; return 1; }
  [ -n "${QEMU_TWIN:-}" ] || { explain "a QEMU model of BOARD=$BOARD's chip" "none" "set QEMU_TWIN in common/boards/$BOARD.mk"; return 1; }
  builds "$variant" > /dev/null || { builds "$variant"; return 1; }
  elf=$(variant_elf "$variant")
  # The parking places: the branch to itself in FUNCTION and in panic()
  # (objdump names a function with its parameters: "panic(char const*)").
  loops=$(arm-none-eabi-objdump -d -C --no-show-raw-insn "$elf" | awk -v wanted="$parks_in(" '
    /^[0-9a-f]+ <.*>:$/ {name = substr($0, index($0, "<") + 1); inside = index(name, wanted) == 1 || index(name, "panic(") == 1}
    inside && ($2 == "b" || $2 == "b.n" || $2 == "b.w") && $1 == $3 ":" {print "break *0x" $3}')
  grep -q . <<< "$loops" || { explain "$parks_in() to park, in a loop that branches to itself" "no such loop in its code" \
    "look at $parks_in in ${elf%/*}/firmware.lst"; return 1; }
  scratch log script
  start_qemu_gdbstub "$QEMU_TWIN" "$elf" "$log" --no-semihosting || { discard "$log" "$script"; return 1; }
  printf '%s\n' "set confirm off" "set pagination off" "target remote 127.0.0.1:$GDB_PORT" "$loops" continue \
    delete "stepi 20" "backtrace 1" > "$script"
  out=$(timeout 30 gdb-multiarch -nx -batch -x "$script" "$elf" 2>&1)
  stop_qemu
  # The UART, without QEMU's own last words (stop_qemu ended it).
  QEMU_OUTPUT=$(grep -v -E '^qemu-system-arm: terminating on signal' "$log")
  discard "$log" "$script"
  where=$(grep -E '^#0 ' <<< "$out" | head -n 1 | sed -E 's/^#0 +(0x[0-9a-f]+ in )?//')
  if [[ "$where" != "$parks_in ("* ]]; then
    { echo "UART:"; indent <<< "$QEMU_OUTPUT"; echo "GDB:"; grep -v -E '^(Breakpoint|Deleted|[0-9]+\s)' <<< "$out" | tail -n 8 | indent; } | tail -n 24
    explain "the real-board build to park in $parks_in()" "${where:-the CPU was never found parked (output above)}" \
      "stopped in panic()? a fault, perhaps a semihosting call (bkpt 0xab), which nobody answers on a board; look with: make debug BOARD=$BOARD${QEMU_MACHINE:+ PROBE=openocd}${variant:+ VARIANT=$variant}"
    return 1
  fi
  if [ "$mode" = exact ] && [ "$QEMU_OUTPUT" != "$(printf '%b' "$want")" ]; then
    explain "UART output: $(printf '%b' "$want" | head -c 300)" "UART output: $(head -c 300 <<< "$QEMU_OUTPUT")" \
      "the real-board build parked as it should, but printed something else on its UART"
    return 1
  fi
  if [ "$mode" = contains ] && ! grep -q -F -- "$(printf '%b' "$want")" <<< "$QEMU_OUTPUT"; then
    head -n 20 <<< "$QEMU_OUTPUT" | indent
    explain "UART output containing: $want" "UART output without it (above)" "the real-board build parked, but never printed that"
    return 1
  fi
}

# --- silence, diagnosed ----------------------------------------------------
# A firmware that prints nothing, or waits for an interrupt that never
# comes, gets the causes a learner should look at, in order (the chip's
# common/chips/CHIP/diagnosis.sh), and what QEMU saw, which says where to
# look first.

# irq_name N, irq_handler N: interrupt N's name in chip::Interrupt
# (interrupts.hpp) and its handler in the chip's vector table (interrupts.cpp).
irq_name() {
  sed -n "s/^ *\([a-z0-9_]*\) = $1,.*/\1/p" "$COURSE/common/chips/$CHIP/interrupts.hpp" | head -n 1 | grep . || echo "no such interrupt on $CHIP"
}
irq_handler() {
  sed -n "s|^ *\([A-Za-z0-9_]*\), *// $1\( .*\)*\$|\1|p" "$COURSE/common/chips/$CHIP/interrupts.cpp" | head -n 1 | grep . || echo "no handler"
}
# irqs_in WORD0 WORD1: the interrupt numbers whose bits are set.
irqs_in() {
  local word=0 bit value
  for value in "$@"; do
    for ((bit = 0; bit < 32; bit++)); do
      (( (value >> bit) & 1 )) && echo $((32 * word + bit))
    done
    word=$((word + 1))
  done
}
# irq_list N...: "IRQ 5 (uart0), IRQ 21 (timer_1a)".
irq_list() {
  local irq text=""
  for irq in "$@"; do text+="${text:+, }IRQ $irq ($(irq_name "$irq"))"; done
  echo "${text:-none}"
}

# hang_diagnosis STATE ELF: sets HANG_WHERE (where the CPU was when QEMU
# stopped it) and HANG_HINT (what to look at, in order).
hang_diagnosis() {
  local state=$1 elf=$2 pc xpsr where function asleep="" enabled pending waiting=() taken=() irq
  pc=$(awk '$1 == "pc" {print $2}' "$state") xpsr=$(awk '$1 == "xpsr" {print $2}' "$state")
  # After a WFI the PC is the next instruction: name the WFI's line.
  if arm-none-eabi-objdump -d --start-address=$((pc - 2)) --stop-address=$((pc)) "$elf" 2>/dev/null | grep -q -w wfi; then
    asleep=1 pc=$(printf '0x%x' $((pc - 2)))
  fi
  # Paths as the course names them: common/... wherever it was compiled from.
  where=$(arm-none-eabi-addr2line -f -C -i -p -e "$elf" "$pc" 2>/dev/null | head -n 1 |
    sed -E -e "s| at $COURSE/| at |" -e 's# at ([^ ]+/)?common/# at common/#' -e 's/ \(discriminator [0-9]+\)//')
  function=${where%% at *}
  HANG_WHERE="${asleep:+asleep (WFI) }in $where"
  (( xpsr & 0x1ff )) && HANG_WHERE+=", while handling exception $((xpsr & 0x1ff))"
  # shellcheck disable=SC2046
  enabled=$(irqs_in $(awk '$1 == "nvic-enabled" {$1 = ""; print}' "$state"))
  # shellcheck disable=SC2046
  pending=$(irqs_in $(awk '$1 == "nvic-pending" {$1 = ""; print}' "$state"))
  for irq in $pending; do
    if grep -q -x "$irq" <<< "$enabled"; then taken+=("$irq"); else waiting+=("$irq"); fi
  done
  if [[ "$function" == panic\(* ]]; then
    HANG_HINT="it is parked in panic(): it gave up, and the output above says why; 'make debug', continue, Ctrl-C, bt shows who called it"
    return
  fi
  if [ -z "$asleep" ] && [ ${#waiting[@]} -eq 0 ]; then
    HANG_HINT="it is stuck in a loop in $where; run 'make debug', type continue, then Ctrl-C and bt to see how it got there"
    return
  fi
  [ -f "$COURSE/common/chips/$CHIP/diagnosis.sh" ] && source "$COURSE/common/chips/$CHIP/diagnosis.sh"
  HANG_HINT="it waits for an interrupt that never came. Look, in this order, at:
  1. ${PERIPHERAL_INTERRUPT_ENABLE:-the interrupt enable of the peripheral}
  2. the NVIC's enable: cortex_m::enable_irq(...) for that interrupt
  3. the interrupt number: chip::Interrupt (common/chips/$CHIP/interrupts.hpp) counts from 0; the vector table from 16 (exception number = 16 + IRQ)
  4. the handler's name: exactly as in common/chips/$CHIP/interrupts.cpp, extern \"C\"
What QEMU saw when it stopped it: the NVIC enables $(irq_list $enabled); pending but not enabled: $(irq_list "${waiting[@]}")"
  if [ ${#waiting[@]} -gt 0 ] && [ -n "$enabled" ]; then
    HANG_HINT+="
  so look at 3 first: the interrupt number (the one that came is not the one enabled)"
  elif [ ${#waiting[@]} -gt 0 ]; then
    HANG_HINT+="
  so look at 2 first: the NVIC's enable (the interrupt came, and nothing enabled it)"
  elif [ ${#taken[@]} -gt 0 ]; then
    HANG_HINT+="
  $(irq_list "${taken[@]}") pending and enabled, but not taken: interrupts are masked (a critical section that never ended) or a handler runs that is not preempted"
  else
    HANG_HINT+="
  so look at 1 first: no interrupt is pending, so nothing raised one (or the event it waits for never happened)"
  fi
}

# silent_uart_hint ELF TIMEOUT FEED [QEMU-RUN OPTIONS...]: what to look at
# when a firmware printed nothing, in order, and what QEMU saw it write to
# devices: the firmware is run again, with the same options, and every such
# write traced (it ended by itself the first time, so it does so again).
# Not with FEED: that run needs its sender.
silent_uart_hint() {
  local elf=$1 timeout_s=$2 feed=$3 trace number=1 cause seen
  shift 3
  if [ ! -f "$COURSE/common/chips/$CHIP/diagnosis.sh" ]; then
    echo "it printed nothing; common/chips/$CHIP/diagnosis.sh, which says what to look at on this chip, is missing"
    return
  fi
  source "$COURSE/common/chips/$CHIP/diagnosis.sh"
  echo "a UART that stays silent. Look, in this order, at:"
  for cause in "${UART_SILENCE_CAUSES[@]}"; do echo "  $number. $cause"; number=$((number + 1)); done
  [ -z "$feed" ] || return 0
  scratch trace
  "$COURSE/common/check/qemu-run" --machine "$QEMU_MACHINE" --timeout "$timeout_s" "$@" --trace "$trace" "$elf" > /dev/null 2>&1
  seen=$("$PYTHON3" "$COURSE/common/check/device-writes.py" "$trace" "$UART0_BASE" "$UART0_DATA_OFFSET")
  rm -f "$trace"
  echo "$seen"
}

# --- GDB as an oracle ------------------------------------------------------

# gdb_session [--variant V] [--name NAME] [--icount] SCRIPT: the learner's
# own `make debug [VARIANT=V] GDB_BATCH=SCRIPT` (QEMU halted at reset, GDB
# runs SCRIPT and prints each command after "(gdb) ", then its answer:
# common/debug/course-gdb.sh). --icount: the session must be deterministic,
# and is: the lesson's Makefile says ICOUNT := on. The transcript is kept
# in build/transcripts/BOARD/NAME.txt (NAME: the script's, unless told)
# and in GDB_TRANSCRIPT.
gdb_session() {
  local variant="" name="" script
  while [ $# -gt 1 ]; do
    case "$1" in
      --variant) variant=$2; shift 2 ;;
      --name) name=$2; shift 2 ;;
      --icount)
        [ -n "$ICOUNT" ] || { explain "a deterministic session (-icount)" "$(folder_name)'s Makefile does not say ICOUNT := on" \
          "make debug uses -icount only where the lesson's Makefile asks for it (common/mk/rules.mk)"; return 1; }
        shift ;;
      *) echo "gdb_session: unknown option $1"; return 2 ;;
    esac
  done
  script=$1
  [ -n "$name" ] || name=$(basename "$script" .gdb)
  builds "$variant" > /dev/null || { builds "$variant"; return 1; }
  learner_runs --name "$name" --timeout 90 "make debug${variant:+ VARIANT=$variant} GDB_BATCH=$script" || return 1
  learner_timed_out && return 1
  GDB_STATUS=$LEARNER_STATUS
  GDB_TRANSCRIPT=$LEARNER_OUTPUT
}

# gdb_expect [--variant V] [--name NAME] [--icount] SCRIPT PATTERN...: every
# PATTERN (an extended regular expression) must match the GDB transcript.
gdb_expect() {
  local args=() pattern missing=0
  while [ $# -gt 0 ] && [[ "$1" == --* ]]; do
    if [ "$1" = --icount ]; then args+=("$1"); shift; else args+=("$1" "$2"); shift 2; fi
  done
  args+=("$1"); shift
  gdb_session "${args[@]}" || return 1
  for pattern in "$@"; do
    if ! grep -q -E -- "$pattern" <<< "$GDB_TRANSCRIPT"; then
      [ $missing -eq 0 ] && indent <<< "$GDB_TRANSCRIPT"
      explain "the GDB session to show /$pattern/" "it did not (transcript above)" \
        "$(grep -q 'did not finish' <<< "$GDB_TRANSCRIPT" && echo "GDB timed out: a breakpoint was never reached, so the program went elsewhere; " )run '$LEARNER_COMMAND' in $(folder_name), or 'make debug' and step through it yourself"
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
  if ! out=$("$PYTHON3" "$COURSE/common/check/toolchain.py" same-picture "$committed" "$fresh"); then
    echo "$out" | indent
    explain "${committed#"$COURSE"/} to show this build" "it shows another (above)" "$redraw, look at the picture, and commit it"
    return 1
  fi
  [ -z "$out" ] || echo "$out"
}

# docs_match LESSON.md: every excerpt and transcript in the text is what the
# source and the checks of this run really hold. A block whose transcript a
# failed check did not record is "not checked", not drifted.
# docs_match [--compared-by FOLDER] TEXT: docs.py check of TEXT.
docs_match() {
  local by=()
  case $1 in
    --compared-by) by=(--compared-by "$2"); shift 2 ;;
  esac
  "$PYTHON3" "$COURSE/common/check/docs.py" check "${by[@]}" "$COURSE/$1"
}

# --- the checks' own tests -------------------------------------------------

# check_fails_with [--transcript NAME] MESSAGE COMMAND...: COMMAND is a
# check that must FAIL, and its explanation must contain MESSAGE. A check
# that cannot fail is a defect; this is how the machinery proves that its
# checks can. --transcript keeps what it said, for the text to show.
check_fails_with() {
  local message out transcript="" status
  case "$1" in
    --transcript) transcript=$2; shift 2 ;;
  esac
  message=$1
  shift
  out=$("$@" 2>&1)
  status=$?
  if [ $status -eq 0 ]; then
    echo "$out" | indent
    explain "'$*' to fail" "it passed (output above)" "the check machinery let a broken firmware through"
    return 1
  fi
  # Its input missing (another check failed): not checked, as it says.
  [ $status -ne "$NOT_CHECKED" ] || { echo "$out"; return $NOT_CHECKED; }
  if ! grep -q -F -- "$message" <<< "$out"; then
    echo "$out" | indent
    explain "its failure to say: $message" "it said something else (above)" "the check failed, but would not tell the learner why"
    return 1
  fi
  [ -z "$transcript" ] || keep_transcript "$transcript" "$out"
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
