# Sourced helper: start QEMU halted at reset with its gdbstub on a free
# loopback port, so any number of checks (and a learner's own session) can
# run at once. Sets QEMU_PID and GDB_PORT. Needs: qemu-run beside this file.
#   start_qemu_gdbstub MACHINE ELF LOGFILE [qemu-run options...]

port_is_listening() {
  local hex
  hex=$(printf '%04X' "$1")
  grep -q -E "^ *[0-9]+: [0-9A-F]+:$hex [0-9A-F]+:[0-9A-F]+ 0A " /proc/net/tcp /proc/net/tcp6 2>/dev/null
}

# free_port: a loopback TCP port nobody listens on now. Another program may
# take it before we do; whoever binds second is told "address in use", and
# start_qemu_gdbstub then tries another one.
free_port() {
  local port
  while :; do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    port_is_listening "$port" || { echo "$port"; return; }
  done
}

# start_listening LOG COMMAND...: start COMMAND in the background on a
# free loopback port (each word @PORT@ of it becomes the port), output to
# LOG, and wait for one of two events, however slow the machine: it
# listens, or it has exited. Tried again on another port when the chosen
# one was taken meanwhile ("address already in use"). Sets SERVER_PID and
# SERVER_PORT; fails, showing LOG, if it never listened.
start_listening() {
  local log=$1 tries
  shift
  for tries in 1 2 3 4 5; do
    SERVER_PORT=$(free_port)
    "${@//@PORT@/$SERVER_PORT}" > "$log" 2>&1 &
    SERVER_PID=$!
    # Looked at every 0.05 s, from 0.05 s on (no server listens sooner).
    while sleep 0.05 && kill -0 "$SERVER_PID" 2>/dev/null; do
      port_is_listening "$SERVER_PORT" && return 0
    done
    wait "$SERVER_PID" 2>/dev/null
    grep -q -i 'address already in use' "$log" || break
  done
  echo "nothing came to listen on a loopback port; the output was:" >&2
  cat "$log" >&2
  return 1
}

start_qemu_gdbstub() {
  local machine=$1 elf=$2 log=$3
  shift 3
  # qemu-run's own timeout bounds the wait.
  start_listening "$log" "${BASH_SOURCE[0]%/*}/qemu-run" --machine "$machine" --gdb-port @PORT@ \
    --timeout "${QEMU_GDB_TIMEOUT:-60}" "$@" "$elf" || return 1
  QEMU_PID=$SERVER_PID GDB_PORT=$SERVER_PORT
}

# stop_qemu: stop the QEMU this shell started, nobody else's: signal the
# `timeout` that qemu-run started (it passes the signal on to QEMU), then
# wait for qemu-run, which waits for the rest: when this returns, nothing
# it started is left.
# qemu-run's children are read from /proc/PID/task/PID/children (what pkill
# -P would find by reading every process of the machine, a few hundred).
stop_qemu() {
  [ -n "${QEMU_PID:-}" ] || return 0
  local children=() child comm
  if [ -r "/proc/$QEMU_PID/task/$QEMU_PID/children" ]; then
    { read -r -a children < "/proc/$QEMU_PID/task/$QEMU_PID/children"; } 2> /dev/null
    for child in "${children[@]}"; do
      comm=""
      { read -r comm < "/proc/$child/comm"; } 2> /dev/null  # it may have ended meanwhile
      [ "$comm" != timeout ] || kill "$child" 2> /dev/null
    done
  else
    pkill -P "$QEMU_PID" -x timeout 2>/dev/null
  fi
  wait "$QEMU_PID" 2>/dev/null
  QEMU_PID=""
}
