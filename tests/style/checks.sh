# House style that a tool can check: every C++ file is laid out by the one
# committed .clang-format (run `clang-format -i` on a file to fix it).
# An author's check: clang-format's layout changes between versions, so a
# difference found by another version than the course's reference is "not
# checked", never a learner's failure.
reference_clang_format=14

cpp_files() {  # the course's C++ files (from git, or from the folder when it is no clone)
  cd "$COURSE" && { git ls-files '*.cpp' '*.hpp' 2>/dev/null || find . -name '*.[ch]pp' -not -path '*/build/*' | sed 's|^\./||'; }
}

formatted() {
  local file files unformatted=() version
  files=$(cpp_files)
  # One clang-format per file, one per core at a time; each prints its
  # file's name if the layout differs. A file found well laid out is
  # remembered by its content (with .clang-format and clang-format's
  # version), so it is not formatted again until one of them changes.
  local seen="$CHECK_DIR/build/formatted/$(clang-format --version | md5sum | cut -c1-12)"
  mkdir -p "$seen"
  mapfile -t unformatted < <(cd "$COURSE" && tr '\n' '\0' <<< "$files" |
    SEEN=$seen xargs -0 -P "$(nproc)" -I{} sh -c '
      key=$(cat "$1" .clang-format | md5sum | cut -c1-32)
      [ -e "$SEEN/$key" ] && exit 0
      if clang-format --style=file "$1" | cmp -s - "$1"; then touch "$SEEN/$key"; else echo "$1"; fi' sh {} | sort)
  version=$(clang-format --version | grep -o -E '[0-9]+\.[0-9.]+' | head -n 1)
  if [ ${#unformatted[@]} -gt 0 ] && [ "${version%%.*}" != "$reference_clang_format" ]; then
    not_checked "clang-format $version is not the course's reference $reference_clang_format, and lays out ${#unformatted[@]} file(s) differently (${unformatted[*]:0:3})"
    return
  fi
  [ ${#unformatted[@]} -eq 0 ] || { explain "every .cpp/.hpp formatted by .clang-format" "${#unformatted[@]} not: ${unformatted[*]:0:5}" \
    "run: clang-format -i ${unformatted[*]:0:3}"; return 1; }
  note "$(wc -l <<< "$files") C++ files, all formatted by clang-format $version"
}

check "C++ sources follow .clang-format" formatted
