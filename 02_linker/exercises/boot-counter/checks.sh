# Exercise boot-counter (lesson 02: .bss, .noinit, the warm reset).
# exercise-start: boot_counter.cpp 634f456140a5d293f7a9c37562c978af7dfcfc4b
# start-fails-with: got:      boot numbers 1 1 1

# The numbers report_boot() was given, in the order GDB printed them.
printed_numbers() {
  grep -E '^\$[0-9]+ = ' <<< "$GDB_TRANSCRIPT" | sed 's/^\$[0-9]* = //' | paste -sd ' '
}

counts_across_warm_resets() {
  local seen hint
  gdb_session gdb/three-boots.gdb || return 1
  seen=$(printed_numbers)
  if [ "$seen" != "1 2 3" ]; then
    hint="'make debug', then: break report_boot, continue, print number, and again"
    [ "$seen" = "1 1 1" ] && hint="every boot starts the count again: startup zeroes .bss (and copies .data) at every boot, warm or cold; which section does it leave alone? (lesson 02)"
    explain "boot numbers 1 2 3: a power-on, then two warm resets" "boot numbers $seen" "$hint"
    return 1
  fi
  note "boot numbers $seen, across two warm resets"
}

# power_on_with NAME BYTE-PATTERN: a GDB session that fills all of RAM with
# the pattern before the first instruction runs, as a real chip's RAM holds
# noise at power-on (QEMU's holds zeros), then prints the boot number.
power_on_with() {
  local name=$1 pattern=$2 noise="$BUILD/noise-$1.bin" script="build/$BOARD-power-on-$1.gdb"
  mkdir -p "$BUILD" build
  "$PYTHON3" -c 'import sys; sys.stdout.buffer.write(bytes.fromhex(sys.argv[1]) * (int(sys.argv[2]) // (len(sys.argv[1]) // 2)))' \
    "$pattern" "$(( ${RAM_SIZE%K} * 1024 ))" > "$noise"
  printf '%s\n' "restore $noise binary $RAM_START" "break report_boot" "continue" "print number" > "$script"
  gdb_session --name "power-on-$name" "$script" || return 1
}

# power_on_counts_one NAME PATTERN: after a power-on with every word of RAM
# PATTERN (hex bytes, little-endian), the first boot's number is 1.
power_on_counts_one() {
  local seen
  power_on_with "$1" "$2" || return 1
  seen=$(printed_numbers)
  [ "$seen" = 1 ] || { explain "boot number 1 after a power-on with every word of RAM 0x$(echo "$2" | sed -E 's/(..)(..)(..)(..)/\4\3\2\1/')" \
    "boot number $seen" \
    "at power-on RAM holds whatever it holds (QEMU's happens to be all zeros, a real chip's is noise): how can count_this_boot() tell a count it wrote from noise?"
    return 1; }
  note "boot number 1 after a power-on with every word of RAM 0x$(echo "$2" | sed -E 's/(..)(..)(..)(..)/\4\3\2\1/')"
}

three_boots_then_exit() {
  needs_passed "the boot number counts 1, 2, 3 across two warm resets" || return
  qemu_expect --exit 0 --output 'boot 1\nboot 2\nboot 3\n'
}

check "the exercise builds" builds
check_in_background "the boot number counts 1, 2, 3 across two warm resets" counts_across_warm_resets
check_in_background "a power-on with RAM full of noise counts from 1" power_on_counts_one noise a55a3cc3
check_in_background "a power-on with RAM full of small numbers counts from 1" power_on_counts_one twos 02000000
finish_background_checks
check "in QEMU: three boots, then exit 0" three_boots_then_exit
