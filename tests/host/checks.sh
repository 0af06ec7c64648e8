# check-early: compiling Catch2 2's main takes ~8 s
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
# Catch2 first (its main, the precompiled header), under the lock lib.sh's
# host_tests takes too: an exercise's proof may build it at the same time.
mkdir -p "$CHECK_DIR/build"
flock "$CHECK_DIR/build/.catch2.lock" make -s --no-print-directory -C "$CHECK_DIR" -j"$(nproc)" catch2 > /dev/null 2>&1
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

# Catch2's header, precompiled (Makefile): the tests without flags of their
# own read it from build/pch/KEY/catch.hpp.gch. GCC's -H lists the headers a
# compile reads, a precompiled one it used marked '!' (one it refused, 'x').
make_here() { make -s --no-print-directory -C "$CHECK_DIR" "$@" 2>&1; }
pch_used() {
  local out first
  out=$(make_here show-headers NAME=interrupt_number) || { echo "$out" | tail -n 8 | indent
    explain "test_interrupt_number.cpp to compile with Catch2's precompiled header" "it did not (above)" \
      "the Makefile's PCH rules; 'make -C tests/host' builds it"; return 1; }
  first=$(head -n 1 <<< "$out")
  [[ "$first" == "! "*/catch.hpp.gch ]] || { echo "$out" | head -n 5 | indent
    explain "the first header GCC reads to be the precompiled one, used: '! build/pch/KEY/catch.hpp.gch'" \
      "${first:-no header at all}" "the Makefile's USE_PCH (-include build/pch/KEY/catch.hpp, beside the .gch)"; return 1; }
  note "test_interrupt_number.cpp reads ${first#! ./} first, precompiled, then $(grep -c '^\. ' <<< "$out") headers of its own"
}
check "host: the tests read Catch2's header precompiled, not parsed again" pch_used

# GCC uses a .gch only under the flags it was made with, and skips one it
# refuses in silence: the stub beside it (catch.hpp) stops the compile then.
# (-Wfatal-errors: at the stub's error, not after parsing Catch2 all the same.)
pch_refused_loudly() {
  local out
  out=$(make_here show-headers NAME=interrupt_number EXTRA_FLAGS="-O0 -Wfatal-errors") && { echo "$out" | head -n 5 | indent
    explain "a compile at -O0 against the header precompiled at -O1 to stop" "it went on (above)" \
      "the stub build/pch/KEY/catch.hpp must hold an #error, and USE_PCH have -Winvalid-pch"; return 1; }
  grep -q "catch.hpp.gch: not used because" <<< "$out" && grep -q "precompiled Catch2 header beside this file was not used" <<< "$out" ||
    { echo "$out" | head -n 8 | indent
      explain "GCC's reason ('catch.hpp.gch: not used because ...') and the stub's error, saying what to do" \
        "the compile failed, saying something else (above)" "the Makefile's PCH_REFUSED and USE_PCH"; return 1; }
  note "$(grep -o "not used because .*\]" <<< "$out" | head -n 1), and the stub says what to do"
}
check "must fail: a test compiled with other flags than its precompiled header stops, saying why" pch_refused_loudly

# What a changed catch.hpp or flag compiles again, as make -n says (nothing
# is built): the precompiled header, then the test with it. (Another
# compiler or Catch2 makes a new KEY too, as other flags do.)
rebuilds_on_change() {
  local test=build/test_interrupt_number plan what
  needs_passed "host: test_interrupt_number" || return
  make_here -q "$test" > /dev/null || { explain "$test up to date after the build" "make -q says it is not" \
    "a prerequisite made again every time (the Makefile's PCH rules)"; return 1; }
  for what in "-W catch.hpp" "EXTRA_CXXFLAGS=-DCOURSE_FLAGS_CHANGED"; do
    # shellcheck disable=SC2086 # the words of $what are make's arguments
    plan=$(make_here -n "$test" $what)
    grep -q -- "-x c++-header .*-o build/pch/.*/catch.hpp.gch" <<< "$plan" &&
      grep -q -- "-include build/pch/.*/catch.hpp .*-c test_interrupt_number.cpp" <<< "$plan" || {
      echo "$plan" | cut -c1-160 | tail -n 8 | indent
      explain "make $what to compile the precompiled header, then test_interrupt_number.cpp with it" \
        "its plan (make -n, above) does not" "the Makefile's PCH rules: their prerequisites and the folder's KEY"; return 1; }
  done
  note "catch.hpp or a flag changed: the precompiled header and the test compile again"
}
check "host: a change of catch.hpp or of a flag compiles the precompiled header and the tests again" rebuilds_on_change
