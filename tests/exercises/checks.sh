# check-early: on a clean run, each exercise is built and checked twice
# The exercises (NN_lesson/exercises/NAME/; common/check/exercises.py). For
# each, make check proves that its untouched start, with the marker line
# removed, fails its checks with the explanation the exercise intends, and
# that its solution, copied over the start, passes: no exercise is done
# before the learner starts, none is impossible, and none rots when the
# course changes. Each proof runs in a copy under build/exercises/, and is
# remembered there with the content of every input and the tools' versions:
# a warm run proves again only the exercises whose inputs changed.

exercises=(python3 "$COURSE/common/check/exercises.py")
# The versions of the course's packages, asked once for all the proofs.
EXERCISE_TOOLS="$(dpkg-query -W -f '${Package} ${Version}\n' \
  $(awk '!/^#/ && NF {print $1}' "$COURSE/common/setup/packages") 2>&1; python3 --version)"
export EXERCISE_TOOLS

# The learner's own progress, for the run's last lines.
( summary_line "$("${exercises[@]}" progress)" ) &

# prove NAME KIND: a proof that this run's plan found remembered with the
# very same inputs says so; any other runs.
proofs=$(mktemp -d)
prove() {
  if [ -f "$proofs/proof-$1-$2" ]; then cat "$proofs/proof-$1-$2"; else "${exercises[@]}" prove "$1" "$2"; fi
}
for name in $("${exercises[@]}" plan "$proofs"); do
  check_in_background "exercise $name: its start, marker removed, fails as the exercise intends" prove "$name" start
  check_in_background "exercise $name: its solution passes" prove "$name" solution
done

finish_background_checks
check "make exercises: a solved exercise is done, its start failing and why, a marked one to do" \
  "${exercises[@]}" states idle-sleeps

audit() {
  local out
  out=$("${exercises[@]}" audit) || { echo "$out" | indent
    explain "every exercise with its README (goal, reading, done, command), hints, solution and checks; each lesson with exercises ending by naming them" \
      "what is missing (above)" "add it; common/check/exercises.py says what each part holds"; return 1; }
  note "$out"
}
check "every exercise has what a learner needs, and its lesson names it" audit

exercise_texts() {
  local out texts
  mapfile -t texts < <("${exercises[@]}" texts)
  out=$(python3 "$COURSE/common/check/docs.py" check "${texts[@]}") || { echo "$out" | indent
    explain "the exercises' README.md and hints.md: links that lead somewhere, code blocks that are the real code" \
      "differences (above)" "fix the text, or run 'python3 common/check/docs.py update' on it"; return 1; }
  note "${#texts[@]} texts: links and code blocks as the files are"
}
check "the exercises' texts: links lead somewhere, code is the real code" exercise_texts
finish_background_checks
rm -rf "$proofs"
