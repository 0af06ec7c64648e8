# Lesson 06's checks: GDB sessions on QEMU that show what the
# chapter says, and the crash report for each deliberate fault, with the
# source line it names.

crash_report() {  # crash_report VARIANT WORDS LINE-MARKER: the fault is explained and located
  local variant=$1 words=$2 where line
  qemu_expect --variant "$variant" --exit 101 --contains "$words" || return 1
  keep_transcript "crash-$variant" "$(grep -v -E '^  r([0-9]|12) ' <<< "$QEMU_OUTPUT")"
  where=$(grep -E '^  pc is in ' <<< "$QEMU_OUTPUT" | sed 's/.* at //')
  line=$(sed -n "${where##*:}p" "$COURSE/${where%:*}" 2>/dev/null)
  grep -q 'fault here' <<< "$line" || { echo "$QEMU_OUTPUT" | indent
    explain "the report's pc to point at the line marked 'fault here'" "it points at $where: $line" \
      "the runner turns pc into file:line with arm-none-eabi-addr2line (common/check/qemu-run)"; return 1; }
  note "$words; pc is at $where"
}

check "firmware builds" builds
check "GDB: a breakpoint at main" gdb_expect --icount gdb/break-at-main.gdb 'Breakpoint 1, main \(\) at main.cpp' "^sp +$(printf '0x%x' $(( (RAM_END - 16) / 16 )))[0-9a-f] "
check "GDB: a watchpoint catches the interrupt handler changing a variable" \
  gdb_expect --icount gdb/watch-ticks.gdb 'Hardware watchpoint 2: ticks' 'Old value = 0' 'New value = 1' \
  'in SysTick_Handler \(\) at main.cpp' '<signal handler called>' 'New value = 2'
check "GDB: a peripheral's registers, through the course's types" \
  gdb_expect --icount gdb/peripheral.gdb '= \{storage_ = 0xc34f\}' '= 0xc350$'
check "GDB: a backtrace from panic() through the fault to the faulting line" \
  gdb_expect --icount --variant undefined-instruction --name crash-backtrace gdb/crash-backtrace.gdb \
  '#1 .* in report_crash' '<signal handler called>' 'faults_demo::run_undefined_instruction \(\) at faults_demo.cpp' '#. .* in main \(\)'
# The MPU forbids the stack's lowest 32 bytes (faults_demo.cpp): the report
# must name that address, wherever this board's linker script put it.
forbidden_load_report() {
  local bottom
  builds forbidden-load > /dev/null || { builds forbidden-load; return 1; }
  bottom=$(symbol_address "$(variant_elf forbidden-load)" __stack_bottom)
  crash_report forbidden-load "MemManage: data access violation at $(printf '0x%08x' "$bottom")"
}
check "crash report: a load the MPU forbids, at the stack's bottom" forbidden_load_report
check "crash report: an undefined instruction" crash_report undefined-instruction "UsageFault: undefined instruction"
check "crash report: divide by zero with DIV_0_TRP" crash_report divide-by-zero "UsageFault: divide by zero"
check "crash report: an unaligned load with UNALIGN_TRP" crash_report unaligned "UsageFault: unaligned access"
check "crash report on the Cortex-M0: the frame, and no status registers to decode" \
  on_board microbit crash_report undefined-instruction "(ARMv6-M: no fault status registers to decode)"
check "the crash report does not execute bkpt without a debugger (DHCSR reads 0 in QEMU)" \
  qemu_expect --variant undefined-instruction --exit 101 --contains "panic: crash: see the report above"
# The real board's commands, on the emulated EK-LM3S6965 (PROBE=emulated,
# common/probe/): the session the text shows, by the commands it gives, from
# blank flash; the same session on QEMU's own GDB stub to compare it with;
# then a seventh breakpoint, one too many for the Cortex-M3.
emulated_board_session() {
  local reason board flash session seventh qemu pages words name
  for name in board-flash board-session board-seventh-breakpoint; do
    (BOARD=ek-lm3s6965 && recorded "$(transcript_path "$name")")
  done
  if reason=$(emulation_unavailable); then not_checked "$reason"; return; fi
  board=$(new_board)
  { echo "set trace-commands on"; cat "$LESSON_DIR/gdb/board-session.gdb"; echo "echo -- then --\n"
    cat "$LESSON_DIR/gdb/seventh-breakpoint.gdb"; } > "$board/session.gdb"
  flash=$(cd "$LESSON_DIR" && EMULATED_BOARD=$board make -s --no-print-directory flash PROBE=emulated BOARD=ek-lm3s6965 2>&1)
  pages=$(board_log_count "$board" "flash pages") words=$(board_log_count "$board" "flash words")
  session=$(cd "$LESSON_DIR" && EMULATED_BOARD=$board timeout 120 make -s --no-print-directory debug PROBE=emulated \
    BOARD=ek-lm3s6965 GDB_BATCH="$board/session.gdb" 2>&1 | sed 's/^+/(gdb) /')
  # What batch mode adds to what a learner typing would see: where the
  # script stopped, and make's line for GDB's exit status.
  seventh=$(sed -n '/^-- then --$/,$p' <<< "$session" | sed 1d | without_busy_warnings |
    grep -v -E '^\[Inferior 1 \(Remote target\) detached\]$|Error in sourced command file:$|^make: \*\*\*')
  seventh="$seventh
OpenOCD's log: $(grep -m1 'FPB Comparator' "$board/openocd.log")"
  session=$(sed '/^(gdb) echo -- then --/,$d' <<< "$session")
  board_gone "$board"
  grep -q '^flashed build/ek-lm3s6965/main/firmware.elf, verified, and reset the board$' <<< "$flash" || {
    echo "$flash" | tail -n 8 | indent
    explain "'make flash PROBE=emulated BOARD=ek-lm3s6965' to program, verify and reset" "it did not (above)" "run it yourself; the board's log: build/emulated-ek-lm3s6965/board.log"; return 1; }
  # make flash erases the pages the image needs and programs each whole
  # (OpenOCD pads the image to its last page): every word came through the
  # probe's flash controller.
  [ "$words" -eq $((pages * 256)) ] && [ "$pages" -eq $(( ($(image_bytes "$LESSON_DIR/build/ek-lm3s6965/main/firmware.elf") + 1023) / 1024 )) ] || {
    explain "make flash to erase the image's pages and program 256 words in each" "$pages pages erased, $words words programmed" \
      "the board's log says what OpenOCD did: common/probe/emulated_board.py"; return 1; }
  # What varies from run to run: the port OpenOCD's GDB server was given,
  # and how fast the flash was written.
  session=$(grep -v -E '^emulated EK-LM3S6965: OpenOCD|^Transfer rate: ' <<< "$session" | without_busy_warnings)
  (BOARD=ek-lm3s6965 && keep_transcript board-flash "$flash" && keep_transcript board-session "$session" &&
   keep_transcript board-seventh-breakpoint "$seventh")
  gdb_session --icount --name board-session-qemu gdb/board-session.gdb
  qemu=$(from_first_command "$GDB_TRANSCRIPT")
  if [ "$(from_first_command "$session")" != "$qemu" ]; then
    diff <(echo "$qemu") <(from_first_command "$session") | indent
    explain "the session through OpenOCD to show what the one on QEMU's own GDB stub shows" "differences (above: < QEMU, > OpenOCD)" \
      "run 'make debug PROBE=emulated BOARD=ek-lm3s6965' and type the commands of gdb/board-session.gdb"; return 1
  fi
  grep -q -E 'Could not insert hardware breakpoints|Cannot insert hardware breakpoint' <<< "$seventh" && grep -q 'Can not find free FPB Comparator!' <<< "$seventh" || {
    echo "$seventh" | indent
    explain "a seventh breakpoint in flash to fail, as on a real Cortex-M3: GDB cannot insert it, OpenOCD finds no free FPB comparator" \
      "it did not (above)" "FP_CTRL says how many comparators there are: common/probe/cortex_m3.py"; return 1; }
  note "make flash: $pages pages erased, $words words programmed through the probe into blank flash, verified"
  note "make debug: break, backtrace, step, finish, a watchpoint: line for line as on QEMU's GDB stub"
  note "a seventh breakpoint: $(grep -m1 -o -E '(Could not|Cannot) insert hardware breakpoint.*' <<< "$seventh"); OpenOCD: Can not find free FPB Comparator!"
}
check_in_background "GDB through OpenOCD on the emulated EK-LM3S6965, from blank flash: break, step, finish, a watchpoint as on QEMU; a seventh breakpoint is one too many" emulated_board_session
finish_background_checks

check "chapter text matches the code and the transcripts" docs_match lessons/06-debugging.md
