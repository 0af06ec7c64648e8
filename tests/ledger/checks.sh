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

ledger_of() {
  python3 "$COURSE/common/check/ledger.py" check "$1"
}

if [ -n "${CHECK_STATE:-}" ] && [ -f "$CHECK_STATE/folders" ]; then
  for text in $(texts_of_this_run); do
    check "every claim of ${text#"$COURSE"/} names what proves it, and that passed in this run" ledger_of "$text"
  done
fi
