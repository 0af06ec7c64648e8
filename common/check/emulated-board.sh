# Sourced by lib.sh: what the checks of the emulated EK-LM3S6965 share
# (PROBE=emulated; common/probe/). Each check switches on a board of its own,
# in a folder of its own, and switches it off when done: checks run side by
# side, and never touch a learner's board.

EMULATED="$COURSE/common/probe/emulated"

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

# board_log_count DIR WHAT: what the last OpenOCD session of board DIR did,
# as its log says it: WHAT is "flash pages" (erased) or "flash words"
# (programmed).
board_log_count() {
  grep 'OpenOCD disconnected' "$1/board.log" | tail -n 1 | grep -o -E "[0-9]+ $2" | grep -o -E '^[0-9]+'
}

# emulated_gdb DIR ELF SCRIPT NAME: the GDB session make debug PROBE=emulated
# runs, with SCRIPT as its batch script and each command shown after
# "(gdb) ", kept as EMULATED_TRANSCRIPT (and in DIR/NAME.txt).
emulated_gdb() {
  local dir=$1 elf=$2 script=$3 name=$4 traced
  traced="$dir/$name.gdb"
  { echo "set trace-commands on"; echo "set width 0"; cat "$script"; } > "$traced"
  (cd "$COURSE" && timeout 120 "$EMULATED" debug "$dir" "$elf" "$traced" 2>&1) \
    | sed -e 's/^+/(gdb) /' | grep -v -e '^(gdb) set trace-commands on$' -e '^(gdb) set width 0$' > "$dir/$name.txt"
  EMULATED_STATUS=${PIPESTATUS[0]}
  EMULATED_TRANSCRIPT=$(cat "$dir/$name.txt")
}

# from_first_command TRANSCRIPT: a session from its first command on,
# without what only one of the two servers prints: GDB's display of the next
# instruction (course.gdb, loaded by make debug), its note that it uses
# hardware breakpoints in flash (OpenOCD's memory map says flash is
# read-only; QEMU's says nothing), and its "detached" line.
from_first_command() {
  sed -n '/^(gdb) /,$p' <<< "$1" | grep -v -E '^1: x/i \$pc$|^=> 0x|^Note: automatically using hardware breakpoints|^\[Inferior 1 \((process 1|Remote target)\) detached\]$'
}
