# check-early: compiling Catch2 2's main takes ~15 s
# Host tests: each test_*.cpp is one check; Catch2 says what failed.

# The counts from Catch2's closing line, as "CASES ASSERTIONS". Catch2 2 and
# 3 both end a passing run with
#   All tests passed (36 assertions in 5 test cases)
# ("1 assertion", "1 test case" when there is one); Catch2 3 starts with a
# "Randomness seeded to" line that this ignores. Read into numbers, so the
# note has one wording whichever Catch2 ran.
catch2_counts() {
  sed -n -E 's/^All tests passed \(([0-9]+) assertions? in ([0-9]+) test cases?\)$/\2 \1/p' | tail -n 1
}

# plural N WORD: "1 test case", "5 test cases".
plural() { if [ "$1" -eq 1 ]; then echo "$1 $2"; else echo "$1 $2s"; fi; }

host_test() {
  local name=$1 out cases assertions
  if ! out=$(make -s --no-print-directory -C "$CHECK_DIR" "build/$name" 2>&1); then
    echo "$out" | tail -n 20 | indent
    explain "tests/host/$name.cpp to compile" "it did not (above)" "fix the first error; 'make -C tests/host' builds every test"
    return 1
  fi
  if ! out=$("$CHECK_DIR/build/$name" 2>&1); then
    echo "$out" | tail -n 40 | indent
    explain "every assertion in tests/host/$name.cpp to hold" "some failed (Catch2's report above)" \
      "run tests/host/build/$name yourself; -s shows passing assertions too"
    return 1
  fi
  read -r cases assertions <<< "$(catch2_counts <<< "$out")"
  if [ -z "$cases" ]; then
    echo "$out" | tail -n 5 | indent
    explain "Catch2 to end with 'All tests passed (N assertions in M test cases)'" \
      "it exited 0 but said something else (above)" "a test file with no TEST_CASE runs nothing: add one"
    return 1
  fi
  note "$(plural "$cases" "test case"), $(plural "$assertions" assertion): all passed"
}

# Build them all at once, side by side (a failure here is reported by the
# test's own check below, which builds it again and shows the error).
make -s --no-print-directory -C "$CHECK_DIR" -j"$(nproc)" all > /dev/null 2>&1

for test in test_*.cpp; do
  [ -e "$test" ] || continue
  check "host: ${test%.cpp}" host_test "${test%.cpp}"
done

# A test that cannot fail proves nothing: test_memory, linked with a memmove
# that copies forwards (must-fail/memmove_forwards.cpp, flags.mk), must fail
# in its overlap test.
check "must fail: test_memory catches a memmove that copies forwards over an overlap" \
  check_fails_with "memmove copies overlapping bytes as if through a buffer" host_test must-fail/test_memory_forwards
