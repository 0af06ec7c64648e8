# Tests of the check machinery itself: a check that cannot fail is a
# defect, so each kind of failure is provoked here on purpose, and the check
# must FAIL with the words a learner needs. The good firmware is the
# control: the same checks must PASS on it.

check "control: the good firmware passes qemu_expect" \
  qemu_expect --variant good --exit 0 --output 'hello\n'
check "a hang fails with a timeout message" \
  check_fails_with "it was still running after 1 s (a hang)" qemu_expect --variant hang --timeout 1 --exit 0
check "a firmware parked in panic() fails as a hang, with the hint to look in panic()" \
  check_fails_with "parked in panic()" qemu_expect --variant panics --timeout 1 --exit 0
check "a fault with no handler fails as a CPU lockup" \
  check_fails_with "the CPU locked up" qemu_expect --variant lockup --exit 0
check "wrong output fails and shows both texts" \
  check_fails_with "output: hellp" qemu_expect --variant wrong-output --exit 0 --output 'hello\n'
check "a non-zero exit code fails and names the code" \
  check_fails_with "exit code 3" qemu_expect --variant exit-nonzero --exit 0 --output 'hello\n'
check "control: a GDB session on the good firmware passes" \
  gdb_expect --variant good --name control fixtures/never-reached.gdb 'Breakpoint 1 at'
check "a GDB pattern that never appears fails" \
  check_fails_with "it did not (transcript above)" gdb_expect --variant good --name absent fixtures/never-reached.gdb 'no such text'
check "a build expected to fail that builds fails the check" \
  check_fails_with "it built" build_fails_with good "undefined reference"
check "an unknown firmware variant is one clear line" \
  check_fails_with "VARIANT must be one of" builds no-such-firmware
check "a lesson text whose excerpt drifted fails the docs check" \
  check_fails_with "differs from its excerpt" docs_match tests/machinery/fixtures/drifted.md
check "a code block with no marker fails the docs check" \
  check_fails_with "no <!-- excerpt: ... --> or <!-- transcript: ... --> marker" docs_match tests/machinery/fixtures/unmarked.md
