# Lesson 06's checks: GDB sessions on QEMU that show what the
# chapter says, and the crash report for each deliberate fault, with the
# source line it names.

crash_report() {  # crash_report VARIANT WORDS LINE-MARKER: the fault is explained and located
  local variant=$1 words=$2 where line
  qemu_expect --variant "$variant" --exit 101 --contains "$words" || return 1
  where=$(grep -E '^  pc is in ' <<< "$QEMU_OUTPUT" | sed 's/.* at //')
  line=$(sed -n "${where##*:}p" "$COURSE/${where%:*}" 2>/dev/null)
  grep -q 'fault here' <<< "$line" || { echo "$QEMU_OUTPUT" | indent
    explain "the report's pc to point at the line marked 'fault here'" "it points at $where: $line" \
      "the runner turns pc into file:line with arm-none-eabi-addr2line (common/check/qemu-run)"; return 1; }
  note "$words; pc is at $where"
}

# says_escalated REPORT: the report says its fault escalated to HardFault,
# as every fault on the LM3S6965 does here: HFSR's FORCED bit, in words.
says_escalated() {
  grep -q -x '  hfsr       0x40000000' <<< "$1" && grep -q -F '(escalated to HardFault' <<< "$1" || {
    explain "the report to say the fault escalated to HardFault (hfsr 0x40000000, FORCED)" "it does not" \
      "the MemManage, BusFault and UsageFault handlers are off until SHCSR enables them: does the program enable one?"; return 1; }
}
# escalated_crash_report VARIANT WORDS: crash_report, and the report says so.
escalated_crash_report() {
  crash_report "$1" "$2" || return 1
  says_escalated "$QEMU_OUTPUT" && note "it escalated to HardFault (hfsr 0x40000000)"
}
# The must-fail: the micro:bit's report, as a check of this run kept it.
microbit_report_says_escalated() {
  load_board_env microbit || return 1
  needs_fresh "$(transcript_path run-undefined-instruction)" || return
  says_escalated "$(cat "$(transcript_path run-undefined-instruction)")"
}

# make gdbserver's port when the learner names none: 3333, where IDEs
# look (make -n prints the commands without running QEMU).
gdbserver_default_port() {
  local commands
  commands=$(make -n -s --no-print-directory -C "$LESSON_DIR" gdbserver 2>&1)
  grep -q -F "target remote 127.0.0.1:3333'" <<< "$commands" && grep -q -F -- "--gdb-port 3333 " <<< "$commands" || {
    echo "$commands" | indent
    explain "make gdbserver to start QEMU's GDB server on 127.0.0.1:3333 unless GDB_PORT says otherwise" "the commands above" \
      "see GDB_PORT in common/mk/debug.mk"; return 1; }
  note "make gdbserver: QEMU's GDB server on 127.0.0.1:3333, and the GDB command to attach to it"
}

# The four fault vectors of the Cortex-M3 (vector table words 3 to 6:
# HardFault, MemManage, BusFault, UsageFault; ARMv7-M ARM B1.5.2) hold the
# handlers crash_report.cpp defines, and each branches to its one entry.
four_fault_vectors() {
  local elf vector name address word entries=""
  load_board_env lm3s6965evb && builds > /dev/null || { builds; return 1; }
  elf=$(variant_elf)
  vector=3
  for name in HardFault_Handler MemManage_Handler BusFault_Handler UsageFault_Handler; do
    address=$(symbol_address "$elf" "$name")
    word=$(elf_word "$elf" $((vector * 4)))
    [ -n "$address" ] && hex_eq "$word" "$address | 1" || {
      explain "vector $vector to hold $name (with the Thumb bit)" "${word:-nothing}; $name is at ${address:-no address}" \
        "crash_report.cpp must define the four fault handlers extern \"C\" (common/runtime/vectors.hpp declares them)"; return 1; }
    disassembly "$elf" "$name" | grep -q -E '\sb(\.w|\.n)?\s+[0-9a-f]+ <Fault_Entry>' || {
      disassembly "$elf" "$name" | indent
      explain "$name to branch to Fault_Entry, the one handler" "the code above" "see common/runtime/crash_report.cpp"; return 1; }
    entries+=" $vector:$name"
    vector=$((vector + 1))
  done
  note "vectors$entries: each branches to Fault_Entry"
}

# QEMU 7.2's lm3s6965evb answers a load from an unmapped address (the
# first word past the end of RAM) with 0 instead of a bus fault: a GDB
# session writes one ldr r0, [r3] into RAM, points r3 there, and steps it.
unmapped_read_answers_zero() {
  local script="$BUILD/unmapped-read.gdb" scratch version registers
  scratch=$(printf '0x%x' $((RAM_END - 0x8000)))
  mkdir -p "$BUILD"
  printf '%s\n' "break main" "continue" "set {unsigned short} $scratch = 0x6818" "set \$r3 = $RAM_END" \
    "set \$r0 = 0x12345678" "set \$pc = $scratch" "stepi" "info registers r0 pc" > "$script"
  gdb_session --name unmapped-read "$script" || return 1
  registers=$(grep -E '^(r0|pc) ' <<< "$GDB_TRANSCRIPT" | awk '{print $1 "=" $2}' | paste -sd ' ')
  if [ "$registers" != "r0=0x0 pc=$(printf '0x%x' $((scratch + 2)))" ]; then
    version=$(qemu-system-arm --version | sed -n '1s/.*version \([0-9.]*\).*/\1/p')
    if [[ "$version" != 7.2* ]]; then
      not_checked "QEMU $version does otherwise ($registers): the text says what QEMU 7.2 does"; return
    fi
    echo "$GDB_TRANSCRIPT" | tail -n 8 | indent
    explain "ldr r0, [r3] with r3 = $RAM_END (unmapped) to give r0 = 0, no fault, pc on the next instruction" "$registers" \
      "QEMU 7.2 answers unmapped reads with 0; if yours faults, lesson 06's 'honest limit' has changed"; return 1
  fi
  note "ldr r0, [r3] from $RAM_END, past the end of RAM: r0 = 0, no bus fault ($registers)"
}

check "firmware builds" builds
check "GDB: a breakpoint at main" gdb_expect --icount gdb/break-at-main.gdb 'Breakpoint 1, main \(\) at main.cpp' "^sp +$(printf '0x%x' $(( (RAM_END - 16) / 16 )))[0-9a-f] "
check "GDB: a watchpoint catches the interrupt handler changing a variable" \
  gdb_expect --icount gdb/watch-ticks.gdb 'Hardware watchpoint 2: ticks' 'Old value = 0' 'New value = 1' \
  'in Tick_Handler \(\) at main.cpp' '<signal handler called>' 'New value = 2'
check "GDB: a peripheral's registers, through the course's types" \
  gdb_expect --icount gdb/peripheral.gdb 'storage_ = 0xc34f$' '= 0xc350$'
check "GDB: a backtrace from panic() through the fault to the faulting line" \
  gdb_expect --icount --variant undefined-instruction --name crash-backtrace gdb/crash-backtrace.gdb \
  '#1 .* in report_crash' '<signal handler called>' 'faults_demo::run_undefined_instruction \(\) at faults_demo.cpp' '#. .* in main \(\)'
# The MPU forbids the stack's lowest 32 bytes (faults_demo.cpp): the report
# must name that address, wherever this board's linker script put it.
forbidden_load_report() {
  local bottom
  builds forbidden-load > /dev/null || { builds forbidden-load; return 1; }
  bottom=$(symbol_address "$(variant_elf forbidden-load)" __stack_bottom)
  escalated_crash_report forbidden-load "MemManage: data access violation at $(printf '0x%08x' "$bottom")"
}
check "crash report: a load the MPU forbids, at the stack's bottom" forbidden_load_report
check "crash report: an undefined instruction" escalated_crash_report undefined-instruction "UsageFault: undefined instruction"
check "crash report: divide by zero with DIV_0_TRP" escalated_crash_report divide-by-zero "UsageFault: divide by zero"
check "crash report: an unaligned load with UNALIGN_TRP" escalated_crash_report unaligned "UsageFault: unaligned access"
check "crash report on the Cortex-M0: the frame, and no status registers to decode" \
  on_board microbit crash_report undefined-instruction "(ARMv6-M: no fault status registers to decode)"
check "crash report: the four fault vectors enter one handler" four_fault_vectors
check "QEMU's lm3s6965evb answers a load from an unmapped address with 0, not a bus fault" unmapped_read_answers_zero
check "make gdbserver's port is 3333 unless GDB_PORT says otherwise" gdbserver_default_port

# The checklist of "When a board does not respond", step 1, as a learner
# runs it: make debug, continue, Ctrl-C, backtrace. Under make debug the
# firmware knows a debugger watches (tell-firmware, common/debug/course.gdb),
# so a panic parks in panic() instead of ending QEMU and the session.
checklist_finds_panic() {
  local out frames
  load_board_env "$1" && builds undefined-instruction > /dev/null || { builds undefined-instruction; return 1; }
  # The learner's command; timeout stops its whole process group (make,
  # QEMU, GDB) should a breakpoint never be reached.
  out=$(timeout 120 make -s --no-print-directory -C "$LESSON_DIR" BOARD="$BOARD" PROBE=qemu \
    VARIANT=undefined-instruction debug GDB_BATCH=gdb/checklist.gdb 2>&1)
  frames=$(grep -E '^#[0-9]+ ' <<< "$out")
  if grep -q -E '^\[Inferior 1 \(process 1\) exited|Remote connection closed' <<< "$out" ||
     ! grep -q -E '^#0 +panic \(reason=.*"crash: see the report above"\) at common/runtime/panic.cpp' <<< "$frames" ||
     ! grep -q '<signal handler called>' <<< "$frames" || ! grep -q -E ' in main \(\) at main.cpp' <<< "$frames"; then
    tail -n 12 <<< "$out" | indent
    explain "make debug: the program parked in panic(), the backtrace through the fault to main" "something else (above)" \
      "did QEMU exit at the panic? make debug must tell the firmware a debugger watches (tell-firmware in common/debug/course.gdb, run by common/debug/qemu-debug); see host::panic_ends_run in common/runtime/host_semihosting.cpp"
    return 1
  fi
  keep_transcript checklist "$frames"
  note "$1: make debug, continue, (Ctrl-C), backtrace: $(head -n 1 <<< "$frames" | cut -c1-90)"
}

# The same fault in the real-board build (what make flash writes), run in
# QEMU with nobody to answer semihosting: the report comes out on the UART,
# and the CPU parks in panic().
real_board_crash_report() {  # real_board_crash_report BOARD WORDS
  on_real_board "$1" real_board_expect --variant undefined-instruction --parks-in panic \
    --contains "panic: crash: see the report above" || return 1
  grep -q -F -- "$2" <<< "$QEMU_OUTPUT" || { indent <<< "$QEMU_OUTPUT"
    explain "the crash report on the UART to say: $2" "it did not (above)" "see common/runtime/crash_report.cpp"; return 1; }
  note "$1: the crash report on the UART ($2), then parked in panic()"
}

check "make debug: a panic parks in panic(), where continue, Ctrl-C, backtrace finds it; QEMU does not exit" \
  checklist_finds_panic lm3s6965evb
check_in_background "microbit: the same on the Cortex-M0, whose core cannot see the debugger" checklist_finds_panic microbit
check_in_background "real board, EK-LM3S6965: the crash report on the UART, without semihosting, then parked in panic()" \
  real_board_crash_report ek-lm3s6965 "UsageFault: undefined instruction"
check_in_background "real board, micro:bit: the same, on the Cortex-M0" \
  real_board_crash_report microbit "(ARMv6-M: no fault status registers to decode)"
finish_background_checks
psp_words="exc_return 0xfffffffd thread mode, process stack (PSP)"
check "crash report: a fault on the process stack, its frame found on PSP" escalated_crash_report process-stack "$psp_words"
check "crash report on the Cortex-M0: the frame found on PSP too" on_board microbit crash_report process-stack "$psp_words"
check "must fail: a fault on the main stack does not pass for one on PSP" \
  check_fails_with "output without it" crash_report undefined-instruction "$psp_words"

check "must fail: the micro:bit's report does not say it escalated to HardFault" \
  check_fails_with "the report to say the fault escalated to HardFault" microbit_report_says_escalated
check "the crash report does not execute bkpt without a debugger (DHCSR reads 0 in QEMU)" \
  qemu_expect --variant undefined-instruction --exit 101 --contains "panic: crash: see the report above"
# A real board's make debug with no board plugged in: OpenOCD finds no
# probe and stops at once; make debug says so in make flash's one line,
# and starts no GDB (which would wait 13 s for a server that never comes).
debug_without_probe() {
  local flash started elapsed
  # The fault of the check "crash report on the Cortex-M0", built above.
  on_board microbit builds undefined-instruction > /dev/null || { on_board microbit builds undefined-instruction; return 1; }
  # Without make's own "make: ***" line, which a make that ignores SIGQUIT
  # prints all the same (common/check/quiet-failure).
  learner_runs "make flash BOARD=microbit VARIANT=undefined-instruction" || return 1
  flash=$(grep -v '^make: \*\*\* ' <<< "$LEARNER_OUTPUT")
  started=$(date +%s%N)
  learner_runs --name debug-without-probe "make debug BOARD=microbit PROBE=openocd VARIANT=undefined-instruction" || return 1
  elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
  learner_timed_out && return 1
  [ "$LEARNER_STATUS" -ne 0 ] || { explain "'$LEARNER_COMMAND' to fail without a micro:bit" "it succeeded" \
    "is a micro:bit plugged in? Then this check cannot say what happens without one"; return 1; }
  LEARNER_OUTPUT=$(grep -v '^make: \*\*\* ' <<< "$LEARNER_OUTPUT")
  [[ "$LEARNER_OUTPUT" == "no probe found: "* ]] && [ "$(wc -l <<< "$LEARNER_OUTPUT")" -eq 1 ] || { echo "$LEARNER_OUTPUT" | indent
    explain "one line, 'no probe found: ...', and no GDB" "the output above" "see common/debug/openocd-debug and openocd-failure.sh"; return 1; }
  [ "$LEARNER_OUTPUT" = "$flash" ] || { printf '%s\n%s\n' "$flash" "$LEARNER_OUTPUT" | indent
    explain "make debug to say what make flash says (first line above)" "something else (second line)" "both classify OpenOCD's output with common/debug/openocd-failure.sh"; return 1; }
  [ "$elapsed" -lt 5000 ] || { explain "a failure at once (OpenOCD stops within a second without a probe)" "it took $elapsed ms" \
    "is make debug waiting for something? see common/debug/openocd-debug"; return 1; }
  note "after $elapsed ms, the same line as make flash: $(cut -c1-100 <<< "$LEARNER_OUTPUT")..."
}
check "make debug on a real board without one fails at once, with make flash's one line" debug_without_probe
finish_background_checks

check "chapter text matches the code and the transcripts" docs_match lessons/06-debugging.md
