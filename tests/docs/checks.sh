# The texts outside the lessons' own checks: the setup chapter, the README
# and common/README. Same rules: code blocks are the real code, links lead
# somewhere.
for text in README.md common/README.md lessons/00-setup.md; do
  check "text matches the code, and its links exist: $text" docs_match "$text"
done

reference_matches_lib() {
  local out
  out=$("$PYTHON3" "$COURSE/common/check/reference.py") || { echo "$out" | indent
    explain "common/README.md's table of check commands to say what common/check/lib.sh does" "differences (above)" \
      "change the table (or lib.sh) so that they agree"; return 1; }
  note "${out#ok: }"
}
check "common/README.md documents every check command as lib.sh defines it" reference_matches_lib

# make help: what a learner runs, then, apart, what only the course's
# authors run (make docs rewrites the lessons from the code).
docs_is_for_authors() {
  local help
  help=$(make -s --no-print-directory -C "$COURSE" help)
  sed -n '/^For course authors:/,$p' <<< "$help" | grep -q '^  make docs ' &&
    ! sed -n '1,/^For course authors:/p' <<< "$help" | grep -q 'make docs' || { echo "$help" | indent
    explain "make docs listed under 'For course authors:', after the learner's targets" "make help above" "see help in the top Makefile"; return 1; }
  note "make help lists make docs under 'For course authors:'"
}
check "make help lists make docs apart, for the course's authors" docs_is_for_authors

# The debug flows' scripts name each other in their comments: every file
# they name exists.
debug_files_named_exist() {
  local file name missing=""
  for file in "$COURSE"/common/debug/*; do
    for name in $(grep -h -o -E '[A-Za-z0-9_.-]+\.(gdb|sh)\b' "$file" | sort -u); do
      [ -e "$COURSE/common/debug/$name" ] || [ -n "$(cd "$COURSE" && git ls-files "*/$name" "$name" 2>/dev/null)" ] ||
        [ -n "$(find "$COURSE" -name "$name" -not -path '*/build/*' -print -quit)" ] || missing+="${file#"$COURSE"/} names $name; "
    done
  done
  [ -z "$missing" ] || { explain "every file that common/debug's scripts name to exist" "${missing%; }" "fix the comment, or the name"; return 1; }
  note "every .gdb and .sh file that common/debug's scripts name exists"
}
check "common/debug's scripts name only files that exist" debug_files_named_exist
