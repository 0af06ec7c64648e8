# The debug and flash flows of every lesson folder (common/mk/debug.mk),
# checked without hardware: GDB on QEMU for real, OpenOCD up to the point
# where a probe would be needed.

board_setting() {  # board_setting BOARD NAME
  (eval "$(make -s --no-print-directory -C "$COURSE/01_skeleton" BOARD="$1" board-env)" && eval "echo \"\${$2}\"")
}

make_debug_drives_gdb() {
  local out
  out=$(make -s --no-print-directory -C "$COURSE/01_skeleton" debug GDB_BATCH=gdb/reaches-idle.gdb 2>&1)
  grep -q 'Breakpoint 1, skeleton::idle' <<< "$out" || { echo "$out" | tail -n 12 | indent
    explain "'make debug' to start QEMU, attach GDB and stop at skeleton::idle" "it did not (above)" "run 'make -C 01_skeleton debug' and look"; return 1; }
  pgrep -f "qemu-system-arm.*01_skeleton" > /dev/null && { explain "QEMU to end with GDB" "a QEMU process is left running" "see common/debug/qemu-debug's trap"; return 1; }
  note "make debug: QEMU halted at reset, GDB attached, breakpoint reached, QEMU gone after GDB quit"
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
