# check-after: lessons (these checks run make in every lesson folder)
# The debug and flash flows of every lesson folder (common/mk/debug.mk),
# checked without hardware: GDB on QEMU for real, OpenOCD up to the point
# where a probe would be needed. Every server listens on a port chosen free
# for this run, and each check stops only the processes it started: two
# copies of the course can run their checks side by side.
#
# They run in the background, two at a time beside the one in front; the
# one that builds every real-board image runs in front, and those that use
# lesson 01's come after it.
CHECK_BACKGROUND_LIMIT=2

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

check_in_background "make debug starts QEMU halted, attaches GDB, and cleans up" make_debug_drives_gdb
check_in_background "every board's OpenOCD configuration parses without a probe" openocd_configs_parse

# common/debug/openocd.gdb turns semihosting on: OpenOCD must know that
# command, for every board's target. Without a probe it cannot run it (no
# target is examined yet), but it says so; a command it did not know would
# get its usage text instead.
openocd_knows_semihosting_enable() {
  local command board config out
  command=$(sed -n -E 's/^monitor (arm semihosting enable)$/\1/p' "$COURSE/common/debug/openocd.gdb")
  [ -n "$command" ] || { explain "common/debug/openocd.gdb to say 'monitor arm semihosting enable'" "it does not" \
    "without it OpenOCD answers no bkpt 0xab (lesson 02, Semihosting)"; return 1; }
  for board in ek-lm3s6965 microbit; do
    config=$(board_setting "$board" OPENOCD_CONFIG)
    # shellcheck disable=SC2086
    out=$(timeout 10 openocd $config -c "$command" -c shutdown 2>&1)
    grep -q -F "The 'arm semihosting' command must be used after 'init'" <<< "$out" || { tail -n 5 <<< "$out" | indent
      explain "OpenOCD, for BOARD=$board, to know '$command' (and, with no probe, to ask for a target first)" "something else (above)" \
        "is the command spelt as OpenOCD 0.12 spells it? (openocd -c 'help arm semihosting')"; return 1; }
  done
  note "openocd.gdb: monitor $command; OpenOCD knows it for both boards' targets (with no probe: \"must be used after 'init'\")"
}
check_in_background "the OpenOCD prelude turns semihosting on, with a command OpenOCD knows for both boards" openocd_knows_semihosting_enable
# What make flash writes, in every lesson folder and for both real boards:
# the real-board build (common/mk/board.mk: SILICON), never a semihosting
# call; and make debug on the real board loads the same image. Which image
# is the shared makefiles' business (common/mk/board.mk, debug.mk): `make -n`
# asks them once per board. What is in it is each lesson's: every image,
# built side by side (one job per core), is searched for bkpt 0xab
# (no_semihosting_calls).
flash_writes_no_semihosting() {
  local board lesson elf debugged images=() entry count=0
  local CHECK_DIR=$CHECK_DIR LESSON_DIR=${LESSON_DIR:-}  # each lesson's in turn, here only
  for board in ek-lm3s6965 microbit; do
    lesson=$COURSE/02_linker
    elf=$(make -s -n --no-print-directory -C "$lesson" BOARD="$board" flash 2>/dev/null | sed -n -E 's|.*/openocd-flash ([^ ]+) .*|\1|p')
    debugged=$(make -s -n --no-print-directory -C "$lesson" BOARD="$board" PROBE=openocd debug 2>/dev/null | grep -o -E '[^ ]*firmware\.elf' | tail -n 1)
    CHECK_DIR=$lesson LESSON_DIR=$lesson
    load_board_env "$board" openocd || return 1
    [ -n "$elf" ] && [ "$ELF" = "$lesson/$elf" ] || { explain "make flash BOARD=$board to write the real-board build, $ELF" \
      "'make -n flash' names ${elf:-no image}" "see flash in common/mk/debug.mk, PROBE and SILICON in common/mk/board.mk"; return 1; }
    [ "$debugged" = "$elf" ] || { explain "make debug BOARD=$board PROBE=openocd to load what make flash writes, $elf" \
      "'make -n debug' names ${debugged:-no image}" "see debug in common/mk/debug.mk"; return 1; }
    for lesson in "$COURSE"/[0-9][0-9]_*; do images+=("$lesson:$board"); done
  done
  # Each image built (builds) and searched, one per core at a time; what
  # each check said is read in order.
  local jobs running=0 outs=() out
  jobs=$(nproc)
  for entry in "${images[@]}"; do
    [ $running -lt "$jobs" ] || { wait -n; running=$((running - 1)); }
    scratch out
    (CHECK_DIR=${entry%%:*} LESSON_DIR=${entry%%:*} && on_real_board "${entry##*:}" no_semihosting_calls > "$out" 2>&1) &
    running=$((running + 1)) outs+=("$out")
  done
  wait
  for out in "${outs[@]}"; do
    [[ "$(< "$out")" == *": no bkpt 0xab in "*" instructions"* ]] || { cat "$out"; return 1; }
    count=$((count + 1))
  done
  note "make flash writes, and make debug loads, the real-board build; in all $((count / 2)) lesson folders, for both boards: $count images, not one bkpt 0xab"
}
check "make flash writes the real-board build, make debug loads it: no semihosting call in any lesson's image, on either board" \
  flash_writes_no_semihosting

check_in_background "make flash BOARD=ek-lm3s6965 without a probe says 'no probe found', quickly" flash_without_probe_fails_fast ek-lm3s6965
check_in_background "make flash BOARD=microbit without a probe says 'no probe found', quickly" flash_without_probe_fails_fast microbit

# make debug on a real board without one: the same one line as make flash,
# at once, and no GDB (06_debugging's checks show it for the micro:bit).
debug_without_probe_fails_at_once() {
  local board=$1 flash out started elapsed
  # Without make's own "make: ***" line, which a make that ignores SIGQUIT
  # prints all the same (common/check/quiet-failure).
  flash=$(make -s --no-print-directory -C "$COURSE/01_skeleton" BOARD="$board" flash 2>&1 | grep -v '^make: \*\*\* ')
  started=$(date +%s%N)
  out=$(make -s --no-print-directory -C "$COURSE/01_skeleton" BOARD="$board" debug 2>&1 < /dev/null) && {
    explain "'make debug BOARD=$board' to fail with no probe attached" "it succeeded" "is a board plugged in? then this check cannot run here"; return 1; }
  elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
  out=$(grep -v '^make: \*\*\* ' <<< "$out")
  [[ "$out" == "no probe found: "* ]] && [ "$(wc -l <<< "$out")" -eq 1 ] && [ "$out" = "$flash" ] || { printf '%s\n---\n%s\n' "$flash" "$out" | indent
    explain "make debug to print make flash's one line (above the ---), and nothing else: no GDB" "below the ---" \
      "see common/debug/openocd-debug and openocd-failure.sh"; return 1; }
  [ "$elapsed" -lt 5000 ] || { explain "a failure at once" "it took $elapsed ms" "is make debug waiting for GDB? see common/debug/openocd-debug"; return 1; }
  note "after $elapsed ms: the same line as make flash, and no GDB"
}
check_in_background "make debug BOARD=ek-lm3s6965 without a probe fails at once, with make flash's line" debug_without_probe_fails_at_once ek-lm3s6965

# The learner's make debug in each lesson folder: halted at the first
# instruction of Reset_Handler, whose source GDB must list, from the lesson
# (01) or from common/ (02 on: the build names those files from the
# course's folder, and make debug tells GDB where that is).
# The sessions run side by side (each QEMU on a port of its own), and are
# read in order.
make_debug_in_every_lesson() {
  local lesson out count=0 in_common=0 where file line wanted sessions=() entry
  for lesson in "$COURSE"/[0-9][0-9]_*/; do
    scratch out
    (cd "$lesson" && env -u MAKEFLAGS -u MAKELEVEL -u BOARD make debug GDB_BATCH=../common/debug/at-reset.gdb > "$out" 2>&1 < /dev/null) &
    sessions+=("$out:$lesson")
  done
  wait
  for entry in "${sessions[@]}"; do
    lesson=${entry#*:} out=$(< "${entry%%:*}")
    grep -q 'Reset_Handler in section' <<< "$out" || { echo "$out" | tail -n 8 | indent
      explain "'make debug' in $(basename "$lesson") to stop at the first instruction of Reset_Handler" "it did not (above)" "run it yourself"; return 1; }
    # "0x2a0 is in Reset_Handler() (common/runtime/startup.cpp:31)."
    where=$(sed -n 's/^0x[0-9a-f]* is in Reset_Handler() (\(.*\))\.$/\1/p' <<< "$out")
    file=${where%:*} line=${where##*:}
    [[ "$file" == common/* ]] && wanted=$(sed -n "${line}p" "$COURSE/$file" 2>/dev/null) || wanted=$(sed -n "${line}p" "$lesson/$file" 2>/dev/null)
    grep -q -F -x -- "$line	$wanted" <<< "$out" && [ -n "$wanted" ] || { echo "$out" | tail -n 12 | indent
      explain "GDB in $(basename "$lesson") to list line $line of $file: $wanted" "it did not (above)" \
        "does common/debug/course-gdb.sh still give GDB the course's folder (directory)?"; return 1; }
    count=$((count + 1))
    [[ "$file" != common/* ]] || in_common=$((in_common + 1))
  done
  [ "$in_common" -gt 0 ] || { explain "Reset_Handler in common/runtime/startup.cpp, from lesson 02 on" "no lesson's was in common/" "see the lessons' Makefiles"; return 1; }
  note "make debug stops at Reset_Handler in all $count lesson folders, and lists its source ($in_common of them from common/)"
}

vscode_configurations_valid() {
  "$PYTHON3" - "$COURSE" <<'PY'
import json, os, re, subprocess, sys
course = sys.argv[1]
configs = json.load(open(os.path.join(course, ".vscode/launch.json")))["configurations"]
problems = []
for c in configs:
    exe = c["executable"].replace("${workspaceFolder}", course)
    m = re.match(re.escape(course) + r"/(\d\d_[a-z]+)/build/([a-z0-9-]+)/main/firmware\.elf$", exe)
    if not m or not os.path.isdir(os.path.join(course, m.group(1))):
        problems.append(f"{c['name']}: executable {exe} is not a lesson's build output")
    elif not os.path.isfile(os.path.join(course, "common/boards", m.group(2).removesuffix("-silicon") + ".mk")):
        problems.append(f"{c['name']}: no board {m.group(2)}")
    if f"directory {chr(36)}{{workspaceFolder}}" not in c.get("preLaunchCommands", []):
        problems.append(f"{c['name']}: no preLaunchCommands 'directory ${{workspaceFolder}}', so GDB would not find the sources under common/")
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

# GDB as Cortex-Debug starts it for the QEMU configuration of lesson 05: in
# the configuration's cwd, with its preLaunchCommands; it must list a
# function of common/ from its source.
vscode_gdb_finds_common_sources() {
  local command elf out
  command=$("$PYTHON3" - "$COURSE" <<'PY'
import json, shlex, sys
course = sys.argv[1]
for c in json.load(open(f"{course}/.vscode/launch.json"))["configurations"]:
    if c.get("servertype") == "qemu" and "/05_interrupts/" in c["executable"]:
        sub = lambda text: text.replace("${workspaceFolder}", course)
        commands = " ".join(f"-ex {shlex.quote(sub(x))}" for x in c.get("preLaunchCommands", []))
        print(f"cd {shlex.quote(sub(c['cwd']))} && timeout 20 gdb-multiarch -nx -batch {commands} -ex 'list startup::run_constructors' {shlex.quote(sub(c['executable']))}")
PY
)
  [ -n "$command" ] || { explain "a QEMU configuration for lesson 05 in .vscode/launch.json" "none" "see .vscode/launch.json"; return 1; }
  elf="$COURSE/05_interrupts/build/lm3s6965evb/main/firmware.elf"
  [ -f "$elf" ] || not_checked "$elf was not built (05_interrupts' checks build it)" || return
  out=$(eval "$command" 2>&1)
  grep -q -F "void run_constructors() {" <<< "$out" || { echo "$out" | indent
    explain "GDB, started as Cortex-Debug starts it, to list startup::run_constructors from common/runtime/startup.cpp" "it did not (above)" \
      "give the configuration \"preLaunchCommands\": [\"directory \${workspaceFolder}\"]"; return 1; }
  note "GDB in the configuration's cwd, with its preLaunchCommands, lists common/runtime/startup.cpp"
}

check_in_background "make debug works in every lesson folder, and shows the source of common/" make_debug_in_every_lesson

# loopback_only PORT TABLES: in TABLES (the lines of /proc/net/tcp and
# tcp6), something listens on PORT, and only on 127.0.0.1.
loopback_only() {
  local port=$1 addresses
  # Listening (0A), or, once GDB is attached, the connection QEMU accepted
  # on that port (01): QEMU 8 and later stop listening after they accept.
  addresses=$(awk -v port="$(printf '%04X' "$port")" '($4 == "0A" || $4 == "01") && toupper($2) ~ (":" port "$") {print toupper($2)}' <<< "$2" |
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

check_in_background "must fail: a GDB server on another address fails that check" \
  check_fails_with "it listens on 127.0.0.2" qemu_on_another_address
check_in_background "VS Code (Cortex-Debug) launch configurations point at real files" vscode_ok
check_in_background "VS Code: GDB, started as Cortex-Debug starts it, finds the sources of common/" vscode_gdb_finds_common_sources

gdbserver_waits_for_an_ide() {
  local out pidfile port session attach listening
  pidfile=$(mktemp)
  # The learner's command, on a port free now (an IDE uses 3333, the
  # default; the check must not take a port someone else may be using).
  start_listening "$pidfile.log" in_own_session "$pidfile" \
    make -s --no-print-directory -C "$COURSE/01_skeleton" gdbserver GDB_PORT=@PORT@
  port=$SERVER_PORT session=$(cat "$pidfile")
  listening=$(loopback_only "$port" "$(cat /proc/net/tcp /proc/net/tcp6 2>/dev/null)")
  # The command make gdbserver prints for the learner to type, in batch.
  attach=$(sed -n 's/^  \(gdb-multiarch .*\)$/\1/p' "$pidfile.log")
  out=$(cd "$COURSE/01_skeleton" && [ -n "$attach" ] &&
    eval "timeout 20 $attach -nx -batch -ex 'info symbol \$pc' -ex 'list panic' -ex kill" 2>&1)
  # Stop what this check started, and nothing else: its own session.
  pkill -s "$session" 2>/dev/null
  wait 2>/dev/null
  grep -q 'Reset_Handler in section' <<< "$out" && grep -q -F "report_panic(reason);" <<< "$out" || { { cat "$pidfile.log"; echo "$out"; } | tail -n 12 | indent
    rm -f "$pidfile" "$pidfile.log"
    explain "the GDB command make gdbserver prints to attach on 127.0.0.1:$port, find the CPU at Reset_Handler, and list panic() from common/runtime/panic.cpp" \
      "it did not (above)" "see gdbserver in common/mk/debug.mk"; return 1; }
  rm -f "$pidfile" "$pidfile.log"
  [[ "$listening" == note:* ]] || { echo "$listening"; return 1; }
  note "make gdbserver GDB_PORT=$port: QEMU waits on 127.0.0.1 only (port 3333 by default, for an IDE); the GDB command it prints attached, found the CPU at Reset_Handler and listed common/runtime/panic.cpp"
}
check_in_background "make gdbserver waits on 127.0.0.1 for an IDE's debugger" gdbserver_waits_for_an_ide
