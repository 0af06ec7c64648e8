# Sourced by lib.sh: what the checks of the emulated EK-LM3S6965 share
# (PROBE=emulated; common/probe/). Each check switches on a board of its own,
# in a folder of its own, and switches it off when done: checks run side by
# side, and never touch a learner's board.

EMULATED="$COURSE/common/probe/emulated"
# A board a check forgot (or a check killed half-way) goes off by itself.
export EMULATED_BOARD_LIFETIME=600

# emulation_unavailable: the one line PROBE=emulated says on this machine
# (exit 0) when it cannot run here; exit 1 when it can.
emulation_unavailable() {
  local reason
  reason=$("$EMULATED" can-run /dev/null 2>&1) && return 1
  echo "$reason"
}

# new_board: a folder for a board of this check's own (the board is off).
new_board() { mktemp -d "${TMPDIR:-/tmp}/emulated-board.XXXXXX"; }

# board_gone DIR: switch the board off and remove its folder.
board_gone() {
  "$EMULATED" off "$1"
  rm -rf "$1"
}

# board_settled DIR: every OpenOCD that connected to board DIR has gone, and
# the board has written down what it did (it does so when the connection
# closes, which may come a moment after OpenOCD has exited).
board_settled() {
  local tries
  for tries in $(seq 200); do
    [ "$(grep -c '^OpenOCD connected' "$1/board.log")" = "$(grep -c '^OpenOCD disconnected' "$1/board.log")" ] && return 0
    sleep 0.05
  done
  echo "the emulated board never saw OpenOCD go: $(tail -n 2 "$1/board.log")"
  return 1
}

# board_log_count DIR WHAT: what the OpenOCD sessions of board DIR did, all
# told, as its log says: WHAT is "flash pages" (erased), "flash words"
# (programmed) or "times on a bkpt" (halts on a bkpt instruction).
board_log_count() {
  board_settled "$1" > /dev/null
  grep '^OpenOCD disconnected' "$1/board.log" | grep -o -E "[0-9]+ (halted )?$2" | awk '{sum += $1} END {print sum + 0}'
}

# emulated_gdb DIR ELF SCRIPT NAME: the GDB session make debug PROBE=emulated
# runs, with SCRIPT as its batch script: its transcript (each command after
# "(gdb) ", common/debug/course-gdb.sh) as EMULATED_TRANSCRIPT, and in
# DIR/NAME.txt.
emulated_gdb() {
  local dir=$1 elf=$2 script=$3 name=$4
  (cd "$COURSE" && timeout 120 "$EMULATED" debug "$dir" "$elf" "$script" > "$dir/$name.txt" 2>&1)
  EMULATED_STATUS=$?
  EMULATED_TRANSCRIPT=$(cat "$dir/$name.txt")
}

# from_first_command TRANSCRIPT: a session from its first command on,
# without what only one of the two servers prints: GDB's display of the next
# instruction (course.gdb, loaded by make debug), its note that it uses
# hardware breakpoints in flash (OpenOCD's memory map says flash is
# read-only; QEMU's says nothing), and its "detached" line.
from_first_command() { from_first_command_of <<< "$1"; }
from_first_command_of() {  # the same, of its input
  sed -n '/^(gdb) /,$p' | without_busy_warnings |
    grep -v -E '^1: x/i \$pc$|^=> 0x|^Note: automatically using hardware breakpoints|^\[Inferior 1 \((process 1|Remote target)\) detached\]$'
}

# without_busy_warnings: OpenOCD tells GDB when it has not been able to
# answer for over a second ("keep_alive() was not invoked ..."): a busy
# machine, not the program; the same session on an idle one has none.
without_busy_warnings() { grep -v -E '^keep_alive\(\) was not invoked in the [0-9]+ ms timelimit'; }

# image_bytes ELF: the bytes a loader writes into flash: every loadable
# segment with contents there (its load address below the end of flash).
image_bytes() {
  local type offset virtual physical size sum=0
  while read -r type offset virtual physical size _; do
    [ "$type" = LOAD ] && [ $((physical)) -lt $((0x40000)) ] && sum=$((sum + (size + 3) / 4 * 4))
  done < <(arm-none-eabi-readelf -l -W "$1")
  echo "$sum"
}
