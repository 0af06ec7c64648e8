# check-after: lessons (these checks run make in every lesson folder)
# The debug and flash flows of every lesson folder (common/mk/debug.mk),
# checked without hardware: GDB on QEMU for real, OpenOCD up to the point
# where a probe would be needed. Every server listens on a port chosen free
# for this run, and each check stops only the processes it started: two
# copies of the course can run their checks side by side.

board_setting() {  # board_setting BOARD NAME
  (eval "$(make -s --no-print-directory -C "$COURSE/01_skeleton" BOARD="$1" board-env)" && eval "echo \"\${$2}\"")
}

# in_own_session PIDFILE COMMAND...: run COMMAND as the leader of a new
# session (its PID, which is also the session's ID, goes to PIDFILE), so
# everything it starts can be found, and stopped, by that ID alone.
in_own_session() {
  local pidfile=$1
  shift
  setsid bash -c 'echo $$ > "$0"; exec "$@"' "$pidfile" "$@"
}

make_debug_drives_gdb() {
  local out pidfile leftover
  pidfile=$(mktemp)
  out=$(in_own_session "$pidfile" make -s --no-print-directory -C "$COURSE/01_skeleton" debug GDB_BATCH=gdb/reaches-idle.gdb 2>&1)
  # What is still running in make debug's session (zombies are not running:
  # a process already gone, waiting for this sandbox's init to reap it).
  leftover=$(ps -o pid=,stat=,args= -s "$(cat "$pidfile")" | awk '$2 !~ /^Z/')
  [ -n "$leftover" ] && pkill -s "$(cat "$pidfile")"
  rm -f "$pidfile"
  grep -q 'Breakpoint 1, skeleton::idle' <<< "$out" || { echo "$out" | tail -n 12 | indent
    explain "'make debug' to start QEMU, attach GDB and stop at skeleton::idle" "it did not (above)" "run 'make -C 01_skeleton debug' and look"; return 1; }
  [ -z "$leftover" ] || { echo "$leftover" | indent
    explain "QEMU to end with GDB" "processes of make debug still running after it returned (above)" "see common/debug/qemu-debug's trap"; return 1; }
  note "make debug: QEMU halted at reset, GDB attached, breakpoint reached, nothing left running after GDB quit"
}

openocd_configs_parse() {
  local board config out count=0
  for board in $(ls "$COURSE/common/boards" | sed 's/\.mk$//'); do
    config=$(board_setting "$board" OPENOCD_CONFIG)
    [ -n "$config" ] || continue
    # shellcheck disable=SC2086
    if ! out=$(timeout 10 openocd $config -c shutdown 2>&1); then
      echo "$out" | tail -n 5 | indent
      explain "OpenOCD to parse BOARD=$board's configuration ($config)" "it failed (above)" "check OPENOCD_CONFIG in common/boards/$board.mk against /usr/share/openocd/scripts"; return 1
    fi
    count=$((count + 1))
    note "BOARD=$board: openocd $config parses"
  done
  [ $count -ge 2 ] || { explain "at least two boards with OpenOCD configurations" "$count" "see common/boards/"; return 1; }
}

flash_without_probe_fails_fast() {
  local board=$1 out start elapsed
  start=$(date +%s)
  out=$(make -s --no-print-directory -C "$COURSE/01_skeleton" BOARD="$board" flash 2>&1) && {
    explain "'make flash BOARD=$board' to fail with no probe attached" "it succeeded" "is a board plugged in? then this check cannot run here"; return 1; }
  elapsed=$(( $(date +%s) - start ))
  grep -q 'no probe found' <<< "$out" || { echo "$out" | tail -n 5 | indent
    explain "the one line 'no probe found: ...'" "something else (above)" "see common/debug/openocd-flash"; return 1; }
  [ $elapsed -le 15 ] || { explain "a quick failure" "it took $elapsed s" "OpenOCD should fail within a second without a probe"; return 1; }
  note "after ${elapsed} s: $(grep -m1 'no probe found' <<< "$out" | cut -c1-150)"
}

check "make debug starts QEMU halted, attaches GDB, and cleans up" make_debug_drives_gdb
check "every board's OpenOCD configuration parses without a probe" openocd_configs_parse
check "make flash BOARD=ek-lm3s6965 without a probe says 'no probe found', quickly" flash_without_probe_fails_fast ek-lm3s6965
check "make flash BOARD=microbit without a probe says 'no probe found', quickly" flash_without_probe_fails_fast microbit

make_debug_in_every_lesson() {
  local lesson out count=0
  for lesson in "$COURSE"/[0-9][0-9]_*/; do
    out=$(make -s --no-print-directory -C "$lesson" debug GDB_BATCH="$COURSE/common/debug/at-reset.gdb" 2>&1)
    grep -q 'Reset_Handler in section' <<< "$out" || { echo "$out" | tail -n 8 | indent
      explain "'make debug' in $(basename "$lesson") to stop at the first instruction of Reset_Handler" "it did not (above)" "run it yourself"; return 1; }
    count=$((count + 1))
  done
  note "make debug stops at Reset_Handler in all $count lesson folders"
}

vscode_configurations_valid() {
  python3 - "$COURSE" <<'PY'
import json, os, re, subprocess, sys
course = sys.argv[1]
configs = json.load(open(os.path.join(course, ".vscode/launch.json")))["configurations"]
problems = []
for c in configs:
    exe = c["executable"].replace("${workspaceFolder}", course)
    m = re.match(re.escape(course) + r"/(\d\d_[a-z]+)/build/([a-z0-9-]+)/main/firmware\.elf$", exe)
    if not m or not os.path.isdir(os.path.join(course, m.group(1))):
        problems.append(f"{c['name']}: executable {exe} is not a lesson's build output")
    elif not os.path.isfile(os.path.join(course, "common/boards", m.group(2) + ".mk")):
        problems.append(f"{c['name']}: no board {m.group(2)}")
    for f in c.get("configFiles", []):
        if not os.path.isfile(os.path.join("/usr/share/openocd/scripts", f)):
            problems.append(f"{c['name']}: OpenOCD has no {f}")
    if c.get("servertype") == "qemu" and c["machine"] not in subprocess.run(["qemu-system-arm", "-machine", "help"], capture_output=True, text=True).stdout:
        problems.append(f"{c['name']}: QEMU has no machine {c['machine']}")
print("\n".join(problems) or f"ok: {len(configs)} configurations")
PY
}

vscode_ok() {
  local verdict
  verdict=$(vscode_configurations_valid)
  [[ "$verdict" == ok:* ]] || { explain "every VS Code launch configuration to point at real files" "$verdict" "fix .vscode/launch.json"; return 1; }
  note "${verdict#ok: } in .vscode/launch.json: executables, boards, OpenOCD files and QEMU machines all exist"
}

# loopback_only PORT TABLES: in TABLES (the lines of /proc/net/tcp and
# tcp6), something listens on PORT, and only on 127.0.0.1.
loopback_only() {
  local port=$1 addresses
  addresses=$(awk -v port="$(printf '%04X' "$port")" '$4 == "0A" && toupper($2) ~ (":" port "$") {print toupper($2)}' <<< "$2" |
    while IFS=: read -r address _; do
      if [ ${#address} -eq 8 ]; then  # IPv4, its bytes in the host's (little-endian) order
        printf '%d.%d.%d.%d\n' "0x${address:6:2}" "0x${address:4:2}" "0x${address:2:2}" "0x${address:0:2}"
      else
        echo "the IPv6 address $address"
      fi
    done | sort -u | paste -sd ' ')
  [ -n "$addresses" ] || { explain "a socket listening on port $port" "none in /proc/net/tcp or tcp6" "was QEMU still running?"; return 1; }
  [ "$addresses" = 127.0.0.1 ] || { explain "the GDB server on port $port to listen on 127.0.0.1 only" "it listens on $addresses" \
    "anyone who reaches that address can attach and reprogram the emulated chip: see -gdb in common/check/qemu-run"; return 1; }
  note "port $port: listening on 127.0.0.1 only"
}

# The learner's make debug, whose GDB lists the listening sockets while
# it is attached; QEMU's port is the one qemu-debug names.
make_debug_listens_on_loopback_only() {
  local out port
  out=$(make -s --no-print-directory -C "$COURSE/01_skeleton" debug GDB_BATCH="$CHECK_DIR/listening.gdb" 2>&1)
  port=$(sed -n 's/.*GDB server on 127\.0\.0\.1:\([0-9]*\).*/\1/p' <<< "$out" | head -n 1)
  [ -n "$port" ] || { echo "$out" | tail -n 8 | indent; explain "make debug to name its GDB server's port" "it did not (above)" "see common/debug/qemu-debug"; return 1; }
  loopback_only "$port" "$out"
}

# The must-fail: a QEMU told to listen on another address (127.0.0.2, on
# this machine still: no other machine can reach it) fails that check.
qemu_on_another_address() {
  local log status
  log=$(mktemp)
  start_listening "$log" qemu-system-arm -machine lm3s6965evb -display none -monitor none -serial null -S \
    -gdb tcp:127.0.0.2:@PORT@ -kernel "$COURSE/01_skeleton/build/lm3s6965evb/main/firmware.elf" || { rm -f "$log"; return 2; }
  loopback_only "$SERVER_PORT" "$(cat /proc/net/tcp /proc/net/tcp6 2>/dev/null)"
  status=$?
  kill "$SERVER_PID" 2>/dev/null
  wait "$SERVER_PID" 2>/dev/null
  rm -f "$log"
  return $status
}

check "make debug works in every lesson folder" make_debug_in_every_lesson
check "make debug's GDB server listens on 127.0.0.1 only" make_debug_listens_on_loopback_only
check "must fail: a GDB server on another address fails that check" \
  check_fails_with "it listens on 127.0.0.2" qemu_on_another_address
check "VS Code (Cortex-Debug) launch configurations point at real files" vscode_ok

gdbserver_waits_for_an_ide() {
  local out pidfile port session listening
  pidfile=$(mktemp)
  # The learner's command, on a port free now (an IDE uses 3333, the
  # default; the check must not take a port someone else may be using).
  start_listening "$pidfile.log" in_own_session "$pidfile" \
    make -s --no-print-directory -C "$COURSE/01_skeleton" gdbserver GDB_PORT=@PORT@
  port=$SERVER_PORT session=$(cat "$pidfile")
  listening=$(loopback_only "$port" "$(cat /proc/net/tcp /proc/net/tcp6 2>/dev/null)")
  out=$(timeout 20 gdb-multiarch -nx -batch -ex "target remote 127.0.0.1:$port" -ex 'info symbol $pc' -ex 'kill' \
        "$COURSE/01_skeleton/build/lm3s6965evb/main/firmware.elf" 2>&1)
  # Stop what this check started, and nothing else: its own session.
  pkill -s "$session" 2>/dev/null
  wait 2>/dev/null
  grep -q 'Reset_Handler in section' <<< "$out" || { { cat "$pidfile.log"; echo "$out"; } | tail -n 8 | indent
    rm -f "$pidfile" "$pidfile.log"
    explain "an IDE's GDB to attach on 127.0.0.1:$port and find the CPU at Reset_Handler" "it did not (above)" "see gdbserver in common/mk/debug.mk"; return 1; }
  rm -f "$pidfile" "$pidfile.log"
  [[ "$listening" == note:* ]] || { echo "$listening"; return 1; }
  note "make gdbserver GDB_PORT=$port: QEMU waits on 127.0.0.1 only (port 3333 by default, for an IDE); GDB attached and found the CPU at Reset_Handler"
}
check "make gdbserver waits on 127.0.0.1 for an IDE's debugger" gdbserver_waits_for_an_ide
