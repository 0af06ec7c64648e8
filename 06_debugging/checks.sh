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
  needs_fresh "$(transcript_path crash-undefined-instruction)" || return
  says_escalated "$(cat "$(transcript_path crash-undefined-instruction)")"
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
  escalated_crash_report forbidden-load "MemManage: data access violation at $(printf '0x%08x' "$bottom")"
}
check "crash report: a load the MPU forbids, at the stack's bottom" forbidden_load_report
check "crash report: an undefined instruction" escalated_crash_report undefined-instruction "UsageFault: undefined instruction"
check "crash report: divide by zero with DIV_0_TRP" escalated_crash_report divide-by-zero "UsageFault: divide by zero"
check "crash report: an unaligned load with UNALIGN_TRP" escalated_crash_report unaligned "UsageFault: unaligned access"
check "crash report on the Cortex-M0: the frame, and no status registers to decode" \
  on_board microbit crash_report undefined-instruction "(ARMv6-M: no fault status registers to decode)"
psp_words="exc_return 0xfffffffd thread mode, process stack (PSP)"
check "crash report: a fault on the process stack, its frame found on PSP" escalated_crash_report process-stack "$psp_words"
check "crash report on the Cortex-M0: the frame found on PSP too" on_board microbit crash_report process-stack "$psp_words"
check "must fail: a fault on the main stack does not pass for one on PSP" \
  check_fails_with "output without it" crash_report undefined-instruction "$psp_words"

check "must fail: the micro:bit's report does not say it escalated to HardFault" \
  check_fails_with "the report to say the fault escalated to HardFault" microbit_report_says_escalated
check "the crash report does not execute bkpt without a debugger (DHCSR reads 0 in QEMU)" \
  qemu_expect --variant undefined-instruction --exit 101 --contains "panic: crash: see the report above"
check "chapter text matches the code and the transcripts" docs_match lessons/06-debugging.md
