# check-early: on a clean run, each exercise is built and checked twice
# The exercises (NN_lesson/exercises/NAME/; common/check/exercises.py). For
# each, make check proves that its untouched start, with the marker line
# removed, fails its checks with the explanation the exercise intends, and
# that its solution, copied over the start, passes (and that make exercises
# would list them as failing, saying so, and done): no exercise is done
# before the learner starts, none is impossible, and none rots when the
# course changes. Each proof runs in a copy under build/exercises/, and is
# remembered there with the content of every input and the tools' versions:
# a warm run proves again only the exercises whose inputs changed.

exercises=("$PYTHON3" "$COURSE/common/check/exercises.py")
# What is remembered, and the rest this folder needs, worked out at once.
plan=$(mktemp -d)
"${exercises[@]}" plan "$plan"

# remembered_or FILE COMMAND...: what FILE says, if this run's plan wrote
# it (a proof remembered with these very inputs); else COMMAND's verdict.
remembered_or() {
  local file=$1
  shift
  if [ -f "$file" ]; then cat "$file"; else "$@"; fi
}

# The learner's own progress, for the run's last lines.
( summary_line "$(remembered_or "$plan/progress" "${exercises[@]}" progress)" ) &

while read -r name; do
  check_in_background "exercise $name: its start, marker removed, fails as the exercise intends" \
    remembered_or "$plan/proof-$name-start" "${exercises[@]}" prove "$name" start
  check_in_background "exercise $name: its solution passes" \
    remembered_or "$plan/proof-$name-solution" "${exercises[@]}" prove "$name" solution
done < "$plan/names"

audit() {
  [ "$(cat "$plan/audit.status")" = 0 ] || { indent < "$plan/audit"
    explain "every exercise with its README (goal, reading, done, command), hints, solution and checks; each lesson with exercises ending by naming them" \
      "what is missing (above)" "add it; common/check/exercises.py says what each part holds"; return 1; }
  note "$(cat "$plan/audit")"
}
check "every exercise has what a learner needs, and its lesson names it" audit

exercise_texts() {
  local out texts
  mapfile -t texts < "$plan/texts"
  out=$("$PYTHON3" "$COURSE/common/check/docs.py" check "${texts[@]}") || { echo "$out" | indent
    explain "the exercises' README.md and hints.md: links that lead somewhere, code blocks that are the real code" \
      "differences (above)" "fix the text, or run 'python3 common/check/docs.py update' on it"; return 1; }
  note "${#texts[@]} texts: links and code blocks as the files are"
}
check "the exercises' texts: links lead somewhere, code is the real code" exercise_texts
finish_background_checks
rm -rf "$plan"
