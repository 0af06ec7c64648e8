# check-early: about fifty checks, several of which wait on purpose (a hang, a timeout)
# Tests of the check machinery itself: a check that cannot fail is a
# defect, so each kind of failure is provoked here on purpose, and the check
# must FAIL with the words a learner needs. The good firmware is the
# control: the same checks must PASS on it.
#
# Most run in the background, two at a time beside the one in front: none
# needs another's result, but for those that read the transcript the GDB
# control records, which wait for it (finish_background_checks, below).
# The good firmware is built first, by the first check, before the others
# use it.
CHECK_BACKGROUND_LIMIT=2

check "control: the good firmware passes qemu_expect" \
  qemu_expect --variant good --exit 0 --output 'hello\n'
check_in_background "control: a GDB session on the good firmware passes" \
  gdb_expect --variant good --name control fixtures/never-reached.gdb 'Breakpoint 1 at'
check_in_background "a hang fails with a timeout message that says where the CPU was" \
  check_fails_with "it was still running after 0.2 s (a hang): in Reset_Handler at tests/machinery/firmware/hang.cpp:8" \
  qemu_expect --variant hang --timeout 0.2 --exit 0
check_in_background "a firmware parked in panic() fails as a hang, with the hint to look in panic()" \
  check_fails_with "parked in panic()" qemu_expect --variant panics --timeout 0.2 --exit 0
check_in_background "a fault with no handler fails as a CPU lockup" \
  check_fails_with "the CPU locked up" qemu_expect --variant lockup --exit 0
check_in_background "wrong output fails and shows both texts" \
  check_fails_with "output: hellp" qemu_expect --variant wrong-output --exit 0 --output 'hello\n'
check_in_background "a non-zero exit code fails and names the code" \
  check_fails_with "exit code 3" qemu_expect --variant exit-nonzero --exit 0 --output 'hello\n'
# Real-board builds (on_real_board): what make flash writes must make no
# semihosting call. The control prints on the UART and parks; a firmware
# with a bkpt 0xab of its own fails both checks, each saying why.
check_in_background "control: the good firmware's real-board build has no semihosting call" \
  on_real_board ek-lm3s6965 no_semihosting_calls good
check_in_background "control: the good firmware's real-board build prints on the UART and parks" \
  on_real_board ek-lm3s6965 real_board_expect --variant good --parks-in host::exit --output 'hello\n'
check_in_background "a semihosting call in a real-board build fails the image check, naming the function" \
  check_fails_with "in main: bkpt 0xab at" on_real_board ek-lm3s6965 no_semihosting_calls semihosts
check_in_background "run without a debugger, it faults: the check says it did not park where it should" \
  check_fails_with "to park in host::exit()" on_real_board ek-lm3s6965 real_board_expect --variant semihosts --parks-in host::exit --output 'hello\n'
check_in_background "a GDB pattern that never appears fails" \
  check_fails_with "it did not (transcript above)" gdb_expect --variant good --name absent fixtures/never-reached.gdb 'no such text'
check_in_background "a build expected to fail that builds fails the check" \
  check_fails_with "it built" build_fails_with good "undefined reference"
check_in_background "an unknown firmware variant is one clear line" \
  check_fails_with "VARIANT must be one of" builds no-such-firmware

runner_summary_is_last() {
  local out status last
  out=$(make -s --no-print-directory -C "$CHECK_DIR/fixtures/failing" check 2>&1)
  status=$?
  last=$(tail -n 1 <<< "$out")
  [ "$status" -ne 0 ] || { explain "make check to exit non-zero when a check failed" "exit 0" "see quiet_failure in common/mk/tools.mk"; return 1; }
  [ "$last" = "2 passed, 2 failed, 1 skipped" ] || { echo "$out" | tail -n 4 | indent
    explain "the last line to be '2 passed, 2 failed, 1 skipped'" "'$last' (the end of the output above)" \
      "the summary must stay last even when make fails: see common/check/run and quiet_failure"; return 1; }
  [ "$(grep -E '^(PASS|FAIL|SKIP) ' <<< "$out" | cut -c6 | tr -d '\n')" = 12345 ] || { echo "$out" | indent
    explain "the five verdicts in the order the checks were declared (1 to 5)" "another order (above)" \
      "background checks must be printed in their place: see print_finished_checks in common/check/lib.sh"; return 1; }
  grep -q 'not checked: this fixture says so' <<< "$out" || { echo "$out" | indent
    explain "the skipped check to give its reason" "no reason (above)" "see not_checked in common/check/lib.sh"; return 1; }
  [ "$(grep -B1 '^checked in ' <<< "$out" | head -n 1)" = "6: a line for the end of the run" ] || { echo "$out" | tail -n 4 | indent
    explain "the folder's summary_line just above 'checked in'" "not there (above)" "see summary_line in common/check/lib.sh and the end of common/check/run"; return 1; }
  note "make check on a failing folder: exit $status, last line '$last'"
}
check_in_background "a failing make check still ends with its summary, in order, and exits non-zero" runner_summary_is_last

# Bad input gets one clear line: what is wrong and how to fix it.
expect_make_error() {
  local message=$1 out
  shift
  if out=$(make -s --no-print-directory "$@" 2>&1); then
    explain "'make $*' to stop with: $message" "it succeeded" "the input check is gone"; return 1
  fi
  grep -q -F -- "$message" <<< "$out" || { echo "$out" | tail -n 5 | indent
    explain "'make $*' to say: $message" "it said something else (above)" "the learner would not know what to fix"; return 1; }
  note "make says: $(grep -F -m1 -- "$message" <<< "$out")"
}

check_in_background "a missing compiler is one line that says to run make setup" \
  expect_make_error "arm-none-eabi-g++-absent is not installed (Debian package gcc-arm-none-eabi): run 'make setup'" \
  -C "$COURSE/01_skeleton" CXX_ARM=arm-none-eabi-g++-absent BUILD="$CHECK_DIR/build/missing-tool-test"
check_in_background "an unknown variant of a lesson is one line listing its variants" \
  expect_make_error "01_skeleton has no variant 'typo': VARIANT must be one of panic minimal" -C "$COURSE/01_skeleton" VARIANT=typo
check_in_background "an unknown BOARD is one line listing the boards" \
  expect_make_error "unknown BOARD 'pdp11': use one of" -C "$COURSE/01_skeleton" BOARD=pdp11
check_in_background "an unknown lesson number is one line listing the lessons" \
  expect_make_error "no lesson '99': use one of" -C "$COURSE" check-99
check_in_background "running a real board in QEMU is one line saying what to do instead" \
  expect_make_error "BOARD=ek-lm3s6965 is real hardware, not emulated" -C "$COURSE/01_skeleton" BOARD=ek-lm3s6965 run

tsan_reports_races() {
  local binary="$CHECK_DIR/build/tsan_race" out
  mkdir -p "$CHECK_DIR/build"
  # Built again only when the fixture changed (it takes a few seconds).
  [ "$binary" -nt "$CHECK_DIR/fixtures/tsan_race.cpp" ] ||
    g++ -std=c++20 -O1 -g -fsanitize=thread -pthread "$CHECK_DIR/fixtures/tsan_race.cpp" -o "$binary" 2>&1 | indent
  out=$("$binary" 2>&1)
  grep -q "WARNING: ThreadSanitizer: data race" <<< "$out" || { echo "$out" | tail -n 5 | indent
    explain "ThreadSanitizer to report the deliberate race" "no report (above)" "is -fsanitize=thread working on this machine (libtsan)?"; return 1; }
  note "ThreadSanitizer reports the deliberate race in fixtures/tsan_race.cpp"
}
check_in_background "ThreadSanitizer is really on: a deliberate race is reported" tsan_reports_races

check "a must-fail twin whose input another check failed to make is not checked, not failed" \
  check_not_checked_with "its input is missing" check_fails_with "anything" not_checked "its input is missing"
check_in_background "a lesson text whose excerpt drifted fails the docs check" \
  check_fails_with "differs from its excerpt" docs_match tests/machinery/fixtures/drifted.md
check_in_background "a code block with no marker fails the docs check" \
  check_fails_with "no <!-- excerpt: ... --> or <!-- transcript: ... --> marker" docs_match tests/machinery/fixtures/unmarked.md

# One failure, one message: output that a failed check recorded, or never
# recorded, is "not checked" in the text, not "drifted". A run's state is
# made by hand here: which checks ran, how they ended, what they recorded.
in_a_run_where() {  # in_a_run_where RESULTS PRODUCED COMMAND...
  local state status
  state=$(mktemp -d)
  printf '%b' "$1" > "$state/results"
  printf '%b' "$2" > "$state/produced"
  cut -f 2 "$state/results" | sort -u > "$state/folders"
  shift 2
  CHECK_STATE=$state "$@"
  status=$?
  rm -rf "$state"
  return $status
}
control=tests/machinery/build/transcripts/lm3s6965evb/control.txt

# The claims ledger (common/check/ledger.py): a sentence that states a fact
# names what proves it, and counts as checked only if that passed in this run.
ledger() { "$PYTHON3" "$COURSE/common/check/ledger.py" check "$CHECK_DIR/fixtures/$1"; }
check_in_background "ledger: a claim whose check passed in this run counts as checked; a cited one as cited" \
  in_a_run_where 'PASS\ttests/machinery\tproducer\n' '' ledger ledger.md
check_in_background "ledger: a sentence with a value and no marker fails, and the message shows the sentence" \
  check_fails_with "ledger-unmarked.md:3: this sentence carries the value 0x20010000, but names nothing that proves it" \
  in_a_run_where 'PASS\ttests/machinery\tproducer\n' '' ledger ledger-unmarked.md
# tests/ledger asks the ledger of every text at once (check-each): each
# text must still get its own verdict, as \`ledger.py check TEXT\` gives it.
ledger_each_text_alone() {
  local answers status out expected k
  answers=$(mktemp -d)
  in_a_run_where 'PASS\ttests/machinery\tproducer\n' '' "$PYTHON3" "$COURSE/common/check/ledger.py" check-each "$answers" \
    "$CHECK_DIR/fixtures/ledger-unmarked.md" "$CHECK_DIR/fixtures/ledger.md" "$CHECK_DIR/fixtures/ledger-unmarked.md"
  for k in 0 1 2; do
    expected=ledger-unmarked.md; [ $k = 1 ] && expected=ledger.md
    out=$(in_a_run_where 'PASS\ttests/machinery\tproducer\n' '' ledger "$expected")
    status=$?
    [ "$(cat "$answers/$k.status" 2>/dev/null)" = "$status" ] && [ "$(cat "$answers/$k.out")" = "$out" ] || {
      { cat "$answers/$k.out"; echo "(exit $(cat "$answers/$k.status" 2>/dev/null))"; } | indent
      rm -rf "$answers"
      explain "check-each's verdict on text $k ($expected) to be ledger.py check's: exit $status" "another (above)" \
        "see check_each in common/check/ledger.py"; return 1; }
  done
  rm -rf "$answers"
  note "check-each: the same output and exit status as ledger.py check, text by text (failing, passing, failing)"
}
check_in_background "ledger: asked of several texts at once, each text gets its own verdict" ledger_each_text_alone
check_in_background "ledger: a claim whose check failed in this run fails, naming the check" \
  check_fails_with "its check 'producer' (tests/machinery) failed in this run, so nothing backs this claim" \
  in_a_run_where 'FAIL\ttests/machinery\tproducer\n' '' ledger ledger.md
check_in_background "ledger: a claim naming a check that does not exist fails" \
  check_fails_with "no check of tests/machinery is named 'producer'" \
  in_a_run_where 'PASS\ttests/machinery\tconsumer\n' '' ledger ledger.md
check_in_background "ledger: a claim whose check did not run is not checked" \
  check_not_checked_with "tests/machinery's checks did not run in this run" \
  in_a_run_where 'PASS\t01_skeleton\tfirmware builds\n' '' ledger ledger.md
check_in_background "ledger: the docs check cannot back a claim" \
  check_fails_with "the docs check only compares blocks with the code: it cannot back a claim" \
  in_a_run_where 'PASS\ttests/docs\ttext matches the code, and its links exist: README.md\n' '' ledger ledger-docs.md
numbers=tests/machinery/build/transcripts/lm3s6965evb/ledger-numbers.txt
ledger_from() {  # ledger_from TRANSCRIPT-TEXT: the sentence "says 42 and 7" against it
  mkdir -p "$(dirname "$COURSE/$numbers")" && printf '%s\n' "$1" > "$COURSE/$numbers"
  COURSE_COMPARE=exact in_a_run_where 'PASS\ttests/machinery\tnumbers\n' "$numbers\ttests/machinery\tnumbers\n" ledger ledger-from.md
}
check "ledger: numbers in a sentence that its transcript shows count as checked" ledger_from "seen: 7, then 42"
check "ledger: a number the transcript does not show fails, naming it" \
  check_fails_with "the sentence says 7, which its transcript tests/machinery/lm3s6965evb/ledger-numbers does not show" \
  ledger_from "seen: 42 only"

# A learner who changed a file is told so, and how to see and undo it; never
# to run make docs. In a course of its own: a copy of the docs check, a
# lesson, a file it shows, in a git repository of their own.
# learner_edited CHANGE: the docs check's verdict after CHANGE (a command
# run in that course: what the learner, or an author, changed).
learner_edited() {
  local course status
  course=$(mktemp -d)
  mkdir -p "$course/common/check" "$course/lessons" "$course/demo"
  cp "$COURSE"/common/check/{docs,runstate,toolchain}.py "$course/common/check/"
  printf 'int answer() {\n    return 42;\n}\n' > "$course/demo/answer.cpp"
  printf '# A lesson\n\n<!-- excerpt: demo/answer.cpp -->\n```cpp\nint answer() {\n    return 42;\n}\n```\n' > "$course/lessons/01-demo.md"
  git -C "$course" init -q && git -C "$course" add -A &&
    git -C "$course" -c user.name=check -c user.email=check@localhost commit -q -m "a course" || { rm -rf "$course"; return 2; }
  (cd "$course" && eval "$1")
  env -u CHECK_STATE "$PYTHON3" "$course/common/check/docs.py" check "$course/lessons/01-demo.md"
  status=$?
  rm -rf "$course"
  return $status
}
learner_message_only() {  # the learner's message, and no invitation to rewrite the text
  local out status
  out=$(learner_edited "sed -i s/42/41/ demo/answer.cpp")
  status=$?
  echo "$out"
  ! grep -q "make docs" <<< "$out" || { explain "no word of make docs for a learner's edit" "it says make docs (above)" "see learners_edit in common/check/docs.py"; return 1; }
  return $status
}
learners_edit() {
  command -v git > /dev/null || not_checked "git is not installed here (the course is no git clone either)" || return
  check_not_checked_with "your demo/answer.cpp differs from the listing in lessons/01-demo.md:4: expected while you experiment; 'git diff demo/answer.cpp' shows your change, 'git checkout -- demo/answer.cpp' restores it" \
    learner_message_only
}
check_in_background "a file the learner changed: not checked, and how to see and undo the change" learners_edit
authors_drift() {  # the lesson changed, not the code: a failure, for the authors
  command -v git > /dev/null || not_checked "git is not installed here (the course is no git clone either)" || return
  check_fails_with "for the course's authors: fix the text, or run 'make docs'" learner_edited "sed -i s/42/43/ lessons/01-demo.md"
}
check_in_background "text and code that disagree with no file changed: a failure, for the course's authors" authors_drift

reference_with_a_renamed_option() {  # common/README.md, with one option misspelt
  local drifted status
  drifted=$(mktemp)
  sed 's/\[--feed-after TEXT\]/[--feed-later TEXT]/' "$COURSE/common/README.md" > "$drifted"
  "$PYTHON3" "$COURSE/common/check/reference.py" "$drifted"
  status=$?
  rm -f "$drifted"
  return $status
}
check_in_background "a check command documented with an option lib.sh does not take fails the reference check" \
  check_fails_with "qemu_expect shows --feed-later, which lib.sh's qemu_expect does not take" reference_with_a_renamed_option


# What follows reads the transcript "control" (the GDB session above
# records it), which must be there, and fresh: the checks so far end first.
finish_background_checks
check_in_background "a transcript whose check failed is not checked, and the text says which check" \
  check_not_checked_with "the check 'producer' above failed" \
  in_a_run_where 'FAIL\ttests/machinery\tproducer\n' "$control\ttests/machinery\tproducer\n" \
  docs_match tests/machinery/fixtures/control-transcript.md
check_in_background "a transcript never recorded because its folder had a failure is not checked" \
  check_not_checked_with "was not recorded, because the check 'other' of tests/machinery failed" \
  in_a_run_where 'FAIL\ttests/machinery\tother\n' '' docs_match tests/machinery/fixtures/control-transcript.md
docs_check_notes_a_skipped_transcript() {
  local out
  out=$(in_a_run_where 'SKIP\ttests/machinery\tproducer\n' "$control\ttests/machinery\tproducer\n" \
    docs_match tests/machinery/fixtures/control-transcript.md) || { echo "$out" | indent
    explain "the docs check to pass" "it did not (above)" "a transcript whose check could not run here (SKIP) is a note: see Skipped in common/check/docs.py"; return 1; }
  grep -q "not checked here: the check 'producer' that records it was not checked" <<< "$out" || { echo "$out" | indent
    explain "a note naming the check that was not checked" "none (above)" "see runstate.freshness"; return 1; }
  note "it notes: $(grep -o 'not checked here: .*' <<< "$out")"
}
check_in_background "a transcript whose check was not checked here is a note: the docs check checks the rest" docs_check_notes_a_skipped_transcript
check_in_background "a transcript left over from an earlier run is no evidence: the docs check fails" \
  check_fails_with "no check of tests/machinery recorded $control in this run" \
  in_a_run_where 'PASS\ttests/machinery\tother\n' '' docs_match tests/machinery/fixtures/control-transcript.md
# needs_fresh, which a check calls before it reads a transcript, tells the
# fresh case itself: the same verdicts as runstate.py's.
fresh_control() {  # fresh_control RESULTS: needs_fresh on the control transcript, in that run
  in_a_run_where "$1" "$control\ttests/machinery\tproducer\n" needs_fresh "$COURSE/$control" || return
  note "fresh: its check 'producer' passed"
}
check_in_background "needs_fresh: a transcript whose check passed in this run is fresh" \
  fresh_control 'FAIL\ttests/machinery\tproducer\nPASS\ttests/machinery\tproducer\n'
check_in_background "needs_fresh: a transcript whose check failed is not checked, and says which check" \
  check_not_checked_with "the check 'producer' above failed" \
  fresh_control 'PASS\ttests/machinery\tother\nFAIL\ttests/machinery\tproducer\n'
check_in_background "a transcript shown under the other board's name fails the docs check" \
  check_fails_with "speaks of microbit, but this transcript is lm3s6965evb's" docs_match tests/machinery/fixtures/wrong-board.md
check_in_background "a transcript marker that does not name its board fails the docs check" \
  check_fails_with "must name its board" docs_match tests/machinery/fixtures/no-board.md

# On another toolchain than the one the texts were recorded with, what
# depends on it (addresses, sizes, line numbers) may move, but a changed word
# still fails. COURSE_COMPARE=essential compares as on such a toolchain.
moved_is_a_note() {
  local out
  out=$(env COURSE_COMPARE=essential "$PYTHON3" "$COURSE/common/check/docs.py" check "$CHECK_DIR/fixtures/essential-moved.md") ||
    { echo "$out"; return 1; }
  grep -q -F "block(s) differ only in what depends on the toolchain" <<< "$out" || { echo "$out" | indent
    explain "a note: N block(s) differ only in what depends on the toolchain" "no such note (above)" "see toolchain_notes in common/check/docs.py"; return 1; }
  echo "$out"
}
check_in_background "another toolchain: moved addresses and line numbers are only a note" moved_is_a_note
check_in_background "another toolchain: one changed word still fails the docs check" \
  check_fails_with "this line of the text is not in the transcript: [Inferior 1 (process 1) exited abnormally]" \
  env COURSE_COMPARE=essential "$PYTHON3" "$COURSE/common/check/docs.py" check "$CHECK_DIR/fixtures/essential-word.md"
check_in_background "the recorded toolchain: the same moved address fails" \
  check_fails_with "differs from its transcript tests/machinery/lm3s6965evb/control" \
  env COURSE_COMPARE=exact "$PYTHON3" "$COURSE/common/check/docs.py" check "$CHECK_DIR/fixtures/essential-moved.md"

# Every output the text shows comes from a command the text shows with it:
# the first line of the block, exactly the one that printed it.
check_in_background "an output shown without the command that printed it fails the docs check" \
  check_fails_with "the block must begin with the command that printed it, exactly:" \
  docs_match tests/machinery/fixtures/command-missing.md
check_in_background "an output shown under another command than the one that printed it fails the docs check" \
  check_fails_with "command: tests/machinery\$ make debug VARIANT=good GDB_BATCH=fixtures/never-reached.gdb" \
  docs_match tests/machinery/fixtures/command-other.md
another_toolchain_command() {  # the command is compared exactly, on any toolchain
  COURSE_COMPARE=essential docs_match tests/machinery/fixtures/command-other.md
}
check_in_background "another toolchain: the command above an output is still compared exactly" \
  check_fails_with "the block must begin with the command that printed it, exactly:" another_toolchain_command
no_command_output() {  # an output a check kept without the command that printed it
  local path=tests/machinery/build/transcripts/lm3s6965evb/no-command.txt
  mkdir -p "$COURSE/$(dirname "$path")" && printf 'something a check computed\n' > "$COURSE/$path"
  in_a_run_where 'PASS\ttests/machinery\tproducer\n' "$path\ttests/machinery\tproducer\n" \
    docs_match tests/machinery/fixtures/no-command.md
}
check_in_background "an output no learner's command printed fails the docs check" \
  check_fails_with "this output was not recorded from a command the text gives" no_command_output
# What a check worked out itself (keep_transcript) begins with the line
# naming that check, which the docs check accepts in place of a command.
shows_its_check() {
  local first
  keep_transcript computed "worked out by this check"
  first=$(head -n 1 "$(transcript_path computed)")
  [ "$first" = "tests/machinery\$ make check  # the check \"$CHECK_NAME\" shows:" ] || {
    explain "the transcript's first line to name the check that kept it" "$first" "see keep_transcript in common/check/lib.sh"; return 1; }
  note "$first"
}
check_in_background "a check's own output begins with the check that shows it under make check" shows_its_check
