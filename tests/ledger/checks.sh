# check-after: all (it reads the verdicts of every other folder of the run)
# The claims ledger: each sentence of the text that states a fact names the
# check that proves it, or the document it holds by (common/check/ledger.py).
# It runs last, over the texts of the folders this run checked: a claim is
# "checked" only if the check it names passed in this very run.

texts_of_this_run() {
  local folder number
  while read -r folder; do
    case $folder in
      [0-9][0-9]_*)
        number=${folder%%_*}
        ls "$COURSE"/lessons/"$number"-*.md "$COURSE/$folder"/exercises/*/README.md 2>/dev/null ;;
      tests/docs)
        echo "$COURSE/README.md" "$COURSE/lessons/00-setup.md" ;;
    esac
  done < "$CHECK_STATE/folders"
}

# The README's table of lessons: a row for each lesson folder (NN_name/),
# numbered NN, linking the folder and lessons/NN-*.md, and the row 00 for
# the setup chapter. A claim of README.md held here: the ledger takes no
# check of tests/docs, the docs check's folder.
readme_lists_every_lesson() {
  local folder number rows wrong=""
  rows=$(grep -E '^\| [0-9]{2} \|' "$COURSE/README.md")
  grep -q -E '^\| 00 \|.*\(lessons/00-setup\.md\)' <<< "$rows" || wrong+="no row 00 linking lessons/00-setup.md; "
  for folder in "$COURSE"/[0-9][0-9]_*/; do
    folder=$(basename "$folder") number=${folder%%_*}
    grep -q -E "^\| $number \|.*\[$folder\]\($folder/\) \| \[$number-[a-z-]+\]\(lessons/$number-[a-z-]+\.md\)" <<< "$rows" ||
      wrong+="no row $number linking $folder/ and lessons/$number-*.md; "
  done
  [ "$(wc -l <<< "$rows")" -eq "$(( $(ls -d "$COURSE"/[0-9][0-9]_*/ | wc -l) + 1 ))" ] || wrong+="rows for lessons that have no folder; "
  [ -z "$wrong" ] || { echo "$rows" | indent
    explain "README.md's table: row 00, then one row per lesson folder, numbered as it is" "${wrong%; }" "add or fix the row in README.md"; return 1; }
  note "README.md's table: $(wc -l <<< "$rows") rows, one per lesson folder and 00"
}
check "README.md's table of lessons: row 00 and one row per lesson folder, its number, folder and text" readme_lists_every_lesson

# ledger_of K TEXT: the ledger's verdict on TEXT, the K-th text of this run.
# The first check asks it of every text at once (ledger.py check-each: one
# Python, not one per text), each text on its own; each check then says
# its own text's verdict.
ledger_of() {
  local answers="$CHECK_STATE/ledger-texts"
  if [ ! -d "$answers" ]; then
    mkdir -p "$answers.new" && "$PYTHON3" "$COURSE/common/check/ledger.py" check-each "$answers.new" "${texts[@]}" &&
      mv "$answers.new" "$answers" || { explain "the ledger to read this run's texts" "ledger.py check-each failed (above)" \
      "run: python3 common/check/ledger.py check ${2#"$COURSE"/}"; return 1; }
  fi
  [ -f "$answers/$1.status" ] || { explain "the ledger's verdict on ${2#"$COURSE"/}" "none in $answers" "see common/check/ledger.py check-each"; return 1; }
  cat "$answers/$1.out"
  return "$(< "$answers/$1.status")"
}

if [ -n "${CHECK_STATE:-}" ] && [ -f "$CHECK_STATE/folders" ]; then
  read -r -d '' -a texts < <(texts_of_this_run)
  for k in "${!texts[@]}"; do
    check "every claim of ${texts[$k]#"$COURSE"/} names what proves it, and that passed in this run" ledger_of "$k" "${texts[$k]}"
  done
fi
