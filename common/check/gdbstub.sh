# Sourced helper: start QEMU halted at reset with its gdbstub on a free
# loopback port, so any number of checks (and a learner's own session) can
# run at once. Sets QEMU_PID and GDB_PORT. Needs: qemu-run beside this file.
#   start_qemu_gdbstub MACHINE ELF LOGFILE [qemu-run options...]

port_is_listening() {
  local hex
  hex=$(printf '%04X' "$1")
  grep -q -E "^ *[0-9]+: [0-9A-F]+:$hex [0-9A-F]+:[0-9A-F]+ 0A " /proc/net/tcp /proc/net/tcp6 2>/dev/null
}

start_qemu_gdbstub() {
  local machine=$1 elf=$2 log=$3 tries waited
  shift 3
  for tries in 1 2 3 4 5; do
    GDB_PORT=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    port_is_listening "$GDB_PORT" && continue
    "$(dirname "${BASH_SOURCE[0]}")/qemu-run" --machine "$machine" --gdb-port "$GDB_PORT" \
      --timeout "${QEMU_GDB_TIMEOUT:-60}" "$@" "$elf" > "$log" 2>&1 &
    QEMU_PID=$!
    for waited in $(seq 1 50); do
      port_is_listening "$GDB_PORT" && return 0
      kill -0 "$QEMU_PID" 2>/dev/null || break
      sleep 0.1
    done
    kill "$QEMU_PID" 2>/dev/null; wait "$QEMU_PID" 2>/dev/null
    grep -q -i 'address already in use' "$log" || break
  done
  echo "QEMU did not start its gdbstub; its output was:" >&2
  cat "$log" >&2
  return 1
}

stop_qemu() {
  [ -n "${QEMU_PID:-}" ] || return 0
  pkill -P "$QEMU_PID" 2>/dev/null
  kill "$QEMU_PID" 2>/dev/null
  wait "$QEMU_PID" 2>/dev/null
  QEMU_PID=""
}
