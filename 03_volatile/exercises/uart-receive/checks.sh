# Exercise uart-receive (lesson 03: the typed registers, volatile reads in a loop, UARTFR and UARTDR).
# exercise-start: receive.cpp e2e36ccac520cc3aa0eb432914eba30220c589d3
# start-fails-with: expected: read_byte() to read UARTFR (offset 0x18) in a loop
# start-fails-with: a byte with a framing error is refused: Result::error

# The loads and branches of receive::read_byte() in the firmware, one
# "ADDRESS MNEMONIC OPERANDS" a line.
read_byte_code() {
  local name
  name=$(arm-none-eabi-nm "$(variant_elf)" | awk '$3 ~ /^_ZN7receive9read_byte/ {print $3; exit}')
  [ -n "$name" ] || return 1
  arm-none-eabi-objdump -d --no-show-raw-insn --disassemble="$name" "$(variant_elf)" |
    awk '/^ +[0-9a-f]+:/' | sed -E 's/^ +([0-9a-f]+):\t/\1 /; s/\t/ /g; s/ *@.*//'
}

# read_byte() waits for a byte: a load of UARTFR (offset 0x18 of the
# block), a branch back to it, and after the loop a load of UARTDR (0x0).
polls_the_flag_register() {
  local code flags loop data
  builds > /dev/null || { builds; return 1; }
  code=$(read_byte_code) || { explain "a function receive::read_byte() in the firmware" "none" "receive.hpp declares it; define it in receive.cpp"; return 1; }
  flags=$(awk '$2 ~ /^ldr/ && $0 ~ /, #24\]/ {print $1; exit}' <<< "$code")
  [ -n "$flags" ] || { indent <<< "$code"
    explain "read_byte() to read UARTFR (offset 0x18) in a loop, until RXFE says a byte is there" "no load of offset 0x18 (its code above)" \
      "UARTDR holds a received byte only once UARTFR's RXFE (bit 4) is clear: before that, what does a read of UARTDR give? (lesson 03, 'What volatile changes')"
    return 1; }
  loop=$(awk '$2 ~ /^b/ && $2 !~ /^(bl|bx)/ {print $3}' <<< "$code" | while read -r to; do
    [ $((16#$to)) -le $((16#$flags)) ] && echo "$to"; done | head -n 1)
  [ -n "$loop" ] || { indent <<< "$code"
    explain "read_byte() to read UARTFR (offset 0x18) in a loop, until RXFE says a byte is there" "one read of it at 0x$flags, and no branch back (code above)" \
      "read it again and again until the flag changes: a loop whose condition is the register's read"
    return 1; }
  data=$(awk '$2 ~ /^ldr/ && ($0 ~ /\[r[0-9]+\]/ || $0 ~ /, #0\]/) {print $1}' <<< "$code" | while read -r at; do
    [ $((16#$at)) -gt $((16#$flags)) ] && echo "$at"; done | head -n 1)
  [ -n "$data" ] || { indent <<< "$code"
    explain "a read of UARTDR (offset 0x0) after the loop on UARTFR" "none (code above)" "the byte is in UARTDR: read it once the flag says it is there"
    return 1; }
  note "read_byte(): UARTFR read at 0x$flags in a loop (a branch back to 0x$loop), then UARTDR at 0x$data"
}

# Fed the line in hello-uart.txt once it has said "ready", the firmware
# echoes each byte on the UART and reports the line through semihosting.
echoes_what_arrives() {
  local echoed
  needs_passed "host: read_byte() takes a waiting byte, and refuses one the UART flagged" || return
  needs_passed "read_byte() waits: it reads UARTFR in a loop, then UARTDR" || return
  # A feeder outside QEMU: on a busy machine it may take a while to connect.
  qemu_expect --feed hello-uart.txt --timeout 20 --exit 0 --contains "received: " || return 1
  echoed=$(cat "$QEMU_ECHO" 2>/dev/null)
  [ "$QEMU_OUTPUT" = "received: hello, uart" ] && [ "$echoed" = "hello, uart" ] || {
    explain "the firmware to receive 'hello, uart' (and a newline) and send it back" \
      "it reported: ${QEMU_OUTPUT:-nothing}; it sent back: $(od -An -c "$QEMU_ECHO" 2>/dev/null | tr -s ' ' | head -c 120)" \
      "bytes it received before they had arrived are whatever UARTDR held: 'make run FEED=hello-uart.txt' shows the same"
    return 1; }
  note "received 'hello, uart' and sent it back, byte for byte"
}

check "the exercise builds" builds
check_in_background "host: read_byte() takes a waiting byte, and refuses one the UART flagged" host_tests test_receive.cpp receive.cpp
check "read_byte() waits: it reads UARTFR in a loop, then UARTDR" polls_the_flag_register
finish_background_checks
check "in QEMU: fed 'hello, uart', it receives every byte and echoes it" echoes_what_arrives
