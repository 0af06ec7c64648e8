# House style that a tool can check: every C++ file is laid out by the one
# committed .clang-format (run `clang-format -i` on a file to fix it).

formatted() {
  local file unformatted=()
  while read -r file; do
    clang-format --style=file "$COURSE/$file" | cmp -s - "$COURSE/$file" || unformatted+=("$file")
  done < <(cd "$COURSE" && git ls-files '*.cpp' '*.hpp' 2>/dev/null || find . -name '*.[ch]pp' -not -path '*/build/*' | sed 's|^\./||')
  [ ${#unformatted[@]} -eq 0 ] || { explain "every .cpp/.hpp formatted by .clang-format" "${#unformatted[@]} not: ${unformatted[*]:0:5}" \
    "run: clang-format -i ${unformatted[*]:0:3}"; return 1; }
  note "$(cd "$COURSE" && git ls-files '*.cpp' '*.hpp' | wc -l) C++ files, all formatted"
}

check "C++ sources follow .clang-format" formatted
