# The texts outside the lessons' own checks: the setup chapter, the README
# and common/README. Same rules: code blocks are the real code, links lead
# somewhere.
for text in README.md common/README.md lessons/00-setup.md; do
  check "text matches the code, and its links exist: $text" docs_match "$text"
done

reference_matches_lib() {
  local out
  out=$(python3 "$COURSE/common/check/reference.py") || { echo "$out" | indent
    explain "common/README.md's table of check commands to say what common/check/lib.sh does" "differences (above)" \
      "change the table (or lib.sh) so that they agree"; return 1; }
  note "${out#ok: }"
}
check "common/README.md documents every check command as lib.sh defines it" reference_matches_lib
