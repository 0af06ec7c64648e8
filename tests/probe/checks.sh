# The emulated JTAG probe (common/probe/), layer by layer, each against its
# specification; the real OpenOCD's recorded sessions replayed through it;
# and the one line that says why OpenOCD could not reach a board. Python
# unittest, from Debian's python3: no QEMU, no OpenOCD needed.

unit_tests() {  # unit_tests MODULE: tests/probe/MODULE.py passes, every test
  local out count
  if ! out=$(cd "$CHECK_DIR" && "$PYTHON3" -m unittest -v "$1" 2>&1); then
    echo "$out" | grep -E -A 12 '^(FAIL|ERROR):' | head -n 40 | indent
    explain "every test of tests/probe/$1.py to pass" "some did not (above)" \
      "run: cd tests/probe && "$PYTHON3" -m unittest -v $1"
    return 1
  fi
  count=$(sed -n -E 's/^Ran ([0-9]+) tests? in .*/\1/p' <<< "$out")
  note "$count tests passed"
}

check "probe: OpenOCD's remote_bitbang characters, as its source defines them" unit_tests test_remote_bitbang
check "probe: the TAP follows IEEE 1149.1's state diagram, edge by edge" unit_tests test_jtag_tap
check "probe: the JTAG-DP's scans, registers and posted reads as ADIv5 says" unit_tests test_jtag_dp
check "probe: the AHB-AP's transfers, byte lanes and address increment as ADIv5 says" unit_tests test_mem_ap
check "probe: halt, step, core registers, reset, breakpoints, watchpoints as the ARMv7-M manual says" unit_tests test_cortex_m3
check "probe: the LM3S6965's flash controller, its write key and erase, as its data sheet says" unit_tests test_lm3s6965_flash
check "probe: sessions recorded from the real OpenOCD get the answers OpenOCD got" unit_tests test_recorded_openocd
check "OpenOCD's failures told apart: no probe, no access to it, no chip behind it" unit_tests test_openocd_failures

# The same classifier on a run of this machine's OpenOCD with no board.
no_probe_here() {
  local out verdict
  out=$(timeout 10 openocd -f board/ek-lm3s6965.cfg -c "program /dev/null" 2>&1) && {
    not_checked "an EK-LM3S6965 is plugged in: OpenOCD found it"; return; }
  verdict=$("$PYTHON3" "$COURSE/common/debug/openocd_failure.py" <<< "$out") || { echo "$out" | tail -n 5 | indent
    explain "OpenOCD's output with no board to read as 'no probe found'" "it could not tell (above)" "see common/debug/openocd_failure.py"; return 1; }
  [[ "$verdict" == "no probe found"* ]] || { explain "no probe found" "$verdict" "see the order of the patterns in common/debug/openocd_failure.py"; return 1; }
  note "${verdict:0:150}"
}
check "this machine's OpenOCD with no board plugged in: 'no probe found'" no_probe_here
