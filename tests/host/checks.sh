# Host tests: each test_*.cpp is one check; Catch2 says what failed.

host_test() {
  local name=$1 out
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
  note "$(grep -E '^All tests passed' <<< "$out")"
}

for test in test_*.cpp; do
  [ -e "$test" ] || continue
  check "host: ${test%.cpp}" host_test "${test%.cpp}"
done
