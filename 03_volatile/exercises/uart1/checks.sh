# Exercise uart1 (lesson 03: a peripheral from the datasheet, what QEMU forgives, the silicon rules).
# exercise-start: uart1.cpp 00586834e4e8799b74e992ba96a902c1f1c5b152
# start-fails-with: [clock-gate-open]
# start-fails-with: [uart-pins-routed]

# Where the one traced run below keeps every register access it made.
trace_file() { echo "$BUILD/register-accesses.txt"; }

# The bytes the program wrote to a UART's data register, as text, from the
# trace: what that UART sent (QEMU's UART1 goes nowhere, so the trace is
# where the check sees it).
sent_on() {  # sent_on DATA-REGISTER-ADDRESS
  "$PYTHON3" - "$(trace_file)" "$1" <<'PY'
import re, sys
address = int(sys.argv[2], 16)
sent = ""
for line in open(sys.argv[1], errors="replace"):
    found = re.search(r"memory_region_ops_write .*addr (0x[0-9a-f]+) value (0x[0-9a-f]+)", line)
    if found and int(found.group(1), 16) == address:
        sent += chr(int(found.group(2), 16) & 0xFF)
print(sent.encode("unicode_escape").decode())
PY
}

# The program runs in QEMU, its register accesses traced: UART1 sends the
# line, and nothing touches UART0.
sends_on_uart1() {
  local uart1 uart0
  mkdir -p "$BUILD"
  qemu_expect --exit 0 --trace "$(trace_file)" || return 1
  uart1=$(sent_on 0x4000d000)
  uart0=$(grep -c -E 'memory_region_ops_(read|write) .*addr 0x4000c[0-9a-f]{3} ' "$(trace_file)")
  [ "$uart1" = 'hello on UART1\n' ] || { explain "UART1 (its data register, 0x4000D000) to send: hello on UART1\\n" \
    "it sent: ${uart1:-nothing}" "print() writes each character to UART1's UARTDR; is uart1_registers() at UART1's address (datasheet table 2-4)?"; return 1; }
  [ "$uart0" -eq 0 ] || { explain "no access to UART0 (0x4000C000): this program talks on UART1 only" "$uart0 accesses to UART0" \
    "look for uart0() or UART0's address in uart1.cpp"; return 1; }
  note "UART1 sent 'hello on UART1\\n' ($(grep -c memory_region_ops "$(trace_file)") register accesses traced); UART0 untouched"
}

rules_kept() {
  needs_passed "in QEMU: UART1 sends 'hello on UART1', and UART0 is left alone" || return
  silicon_rules_kept --trace "$(trace_file)"
}

check "the exercise builds" builds
check "in QEMU: UART1 sends 'hello on UART1', and UART0 is left alone" sends_on_uart1
check "silicon rules: its register accesses keep every rule of the LM3S6965 (what QEMU forgives)" rules_kept
