#!/usr/bin/env python3
"""Exercises: firmware the learner writes, checked by the course's own checks.

An exercise is a folder NN_lesson/exercises/NAME/ (NAME unique in the
course), built like a lesson (its Makefile includes common/mk/rules.mk) and
checked like one (its checks.sh, run by common/check/run). It holds:

  README.md     '# ' title line (what the learner builds), then the goal,
                what to read first, what done looks like, the command
  hints.md      '## Hint 1', '## Hint 2', ...: the first nudges, the last
                nearly gives the answer away
  solution/     the model answer: one file for each start file
  checks.sh     its checks, and at its top, lines this script reads:
    # exercise-start: FILE BLOB      a file the learner edits, and git's
                                     blob id of it as the course gives it
    # start-fails-with: TEXT         what its checks say on that start

A start file carries the marker line (MARKER below) until the learner
deletes it to say "check me". No hidden state decides "done": an exercise
is "to do" while a start file carries the marker, else "done" if its checks
pass and "failing" if not.

  exercises.py list [FOLDER]           every exercise (of a lesson or one
                                       exercise folder): done / to do /
                                       failing, with the failing checks' words
  exercises.py check NAME              one exercise's checks in full, then its state
  exercises.py hint NAME [N]           the next hint (or hint N); the count
                                       shown is kept in NAME/build/hints-shown
  exercises.py watch [NAME|FOLDER]     check again whenever a file changes
  exercises.py progress                "exercises: N of M done (make exercises)"
For the course itself (make check, tests/exercises):
  exercises.py plan STATE              all make check needs to know, worked out
                                       at once, into the folder STATE (see
                                       command_plan): what need not run again
  exercises.py prove NAME start        the start, marker removed, fails, saying
                                       each start-fails-with TEXT
  exercises.py prove NAME solution     solution/ copied over the start passes
  exercises.py record [NAME]           (authors) write the start files' blob ids
  exercises.py audit                   every exercise has what a learner needs,
                                       and its lesson ends by naming it
A proof that passed is remembered in build/exercises/proven/, keyed by the
content of every input file (the exercise, its lesson, common/), the board
and the versions of the course's Debian packages: the next run proves it
again only if one of them changed.
"""
import concurrent.futures
import contextlib
import fcntl
import functools
import hashlib
import io
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

COURSE = Path(__file__).resolve().parents[2]
RUN = COURSE / "common" / "check" / "run"
SCRATCH = COURSE / "build" / "exercises"
MARKER = "EXERCISE NOT DONE"
NOT_CHECKED = 77


@dataclass
class Exercise:
    folder: Path

    @property
    def name(self) -> str:
        return self.folder.name

    @property
    def lesson(self) -> str:
        return self.folder.parent.parent.name

    def header(self, key: str) -> list[str]:
        """The values of the '# KEY: value' lines at the top of checks.sh."""
        checks = self.folder / "checks.sh"
        text = checks.read_text() if checks.is_file() else ""
        return re.findall(rf"^# {re.escape(key)}: *(.*?)\s*$", text, re.MULTILINE)

    def starts(self) -> dict[str, str]:
        """Each file the learner edits -> its recorded blob id ('' if none)."""
        found = {}
        for value in self.header("exercise-start"):
            file, _, blob = value.partition(" ")
            found[file] = blob.strip()
        return found

    def title(self) -> str:
        readme = self.folder / "README.md"
        first = readme.read_text().splitlines()[0] if readme.is_file() else ""
        return first[2:] if first.startswith("# ") else "(no README.md title)"

    def marked(self) -> list[str]:
        """The start files that still carry the marker."""
        return [file for file in self.starts() if MARKER in read(self.folder / file)]


def read(path: Path) -> str:
    return path.read_text() if path.is_file() else ""


def all_exercises() -> list[Exercise]:
    """Lesson by lesson, each lesson's in the order its text's Exercises
    section links them (guided first); any it does not link, last."""
    found = [Exercise(path.parent) for path in sorted(COURSE.glob("[0-9][0-9]_*/exercises/*/checks.sh"))]

    def place(exercise: Exercise) -> tuple[str, int]:
        text = next(iter(sorted((COURSE / "lessons").glob(f"{exercise.lesson[:2]}-*.md"))), None)
        section = read(text).rsplit("\n## Exercises", 1)[-1] if text else ""
        linked = section.find(f"../{exercise.lesson}/exercises/{exercise.name}/")
        return exercise.lesson, linked if linked >= 0 else len(section)
    return sorted(found, key=place)


def within(folder: Path) -> list[Exercise]:
    """The exercises of the course, of a lesson, or the one FOLDER is."""
    folder = folder.resolve()
    return [e for e in all_exercises() if folder in (COURSE, e.folder, e.folder.parent.parent)]


def find(name: str) -> Exercise:
    path = Path(name)
    for exercise in all_exercises():
        if name == exercise.name or (path.is_dir() and path.resolve() == exercise.folder):
            return exercise
    choices = within(path) if path.is_dir() else all_exercises()
    names = " ".join(e.name for e in choices or all_exercises())
    sys.exit(f"name an exercise with EX=, one of: {names}" if path.is_dir() else
             f"no exercise '{name}': EX= takes one of: {names}")


def blob_id(data: bytes) -> str:
    """git's name for a file's content (git hash-object), without git."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


# --- running an exercise's checks ------------------------------------------

@dataclass
class Outcome:
    status: int
    output: str

    def counts(self) -> tuple[int, int, int]:
        found = re.findall(r"^(\d+) passed, (\d+) failed, (\d+) skipped$", self.output, re.MULTILINE)
        return tuple(int(n) for n in found[-1]) if found else (0, 0, 0)

    def failures(self) -> list[str]:
        """Each FAIL line with the lines that explain it."""
        blocks, current = [], None
        for line in self.output.splitlines():
            if line.startswith("FAIL "):
                current = [line]
                blocks.append(current)
            elif current is not None and line.startswith("     "):
                current.append(line)
            else:
                current = None
        return ["\n".join(block) for block in blocks]


def run_checks(folder: Path) -> Outcome:
    """common/check/run on FOLDER, as `make check` there would."""
    done = subprocess.run([str(RUN), str(folder)], capture_output=True, text=True, cwd=COURSE)
    return Outcome(done.returncode, done.stdout + done.stderr)


def state_of(exercise: Exercise, outcome: Outcome | None) -> str:
    if exercise.marked():
        return "to do"
    return "done" if outcome and outcome.status == 0 else "failing"


def check_unmarked(exercises: list[Exercise]) -> dict[str, Outcome]:
    """Run the checks of every exercise the learner has said to check, side by side."""
    ready = [e for e in exercises if not e.marked()]
    jobs = (os.cpu_count() or 2) + 1
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        return dict(zip((e.name for e in ready), pool.map(lambda e: run_checks(e.folder), ready)))


# --- what the learner runs -----------------------------------------------

def command_list(folder: Path) -> int:
    exercises = within(folder)
    if not exercises:
        print(f"no exercises in {folder}")
        return 0
    outcomes = check_unmarked(exercises)
    width = max(len(e.name) for e in exercises)
    lesson = None
    for exercise in exercises:
        if exercise.lesson != lesson:
            lesson = exercise.lesson
            print(f"{lesson}")
        state = state_of(exercise, outcomes.get(exercise.name))
        print(f"  {exercise.name:<{width}}  {state:<7}  {exercise.title()}")
        if state == "failing":
            for block in outcomes[exercise.name].failures():
                print("\n".join("      " + line for line in block.splitlines()))
    done = sum(state_of(e, outcomes.get(e.name)) == "done" for e in exercises)
    print(f"{done} of {len(exercises)} done. Start one: read its README.md; "
          "'make exercises EX=name' checks it, 'make hint EX=name' helps.")
    return 0


def command_check(name: str) -> int:
    exercise = find(name)
    outcome = run_checks(exercise.folder)
    print(outcome.output, end="")
    marked = exercise.marked()
    relative = exercise.folder.relative_to(COURSE)
    if marked:
        verdict = "its checks pass" if outcome.status == 0 else "its checks do not pass yet"
        print(f"{exercise.name}: to do ({verdict}); when you want it counted as done, delete the line "
              f"'{MARKER}' from {', '.join(f'{relative}/{f}' for f in marked)}")
    elif outcome.status == 0:
        print(f"{exercise.name}: done. Compare with {relative}/solution/.")
    else:
        print(f"{exercise.name}: failing; 'make hint EX={exercise.name}' helps")
    return outcome.status


def hints_of(exercise: Exercise) -> list[str]:
    text = read(exercise.folder / "hints.md")
    parts = re.split(r"^## Hint (\d+)\s*$", text, flags=re.MULTILINE)
    return [body.strip() for body in parts[2::2]]


def command_hint(name: str, wanted: str | None) -> int:
    exercise = find(name)
    hints = hints_of(exercise)
    if not hints:
        print(f"{exercise.name} has no hints.md")
        return 1
    seen_file = exercise.folder / "build" / "hints-shown"
    seen = int(read(seen_file) or 0)
    number = int(wanted) if wanted else min(seen + 1, len(hints))
    if not 1 <= number <= len(hints):
        print(f"{exercise.name} has hints 1 to {len(hints)}")
        return 1
    print(f"{exercise.name}, hint {number} of {len(hints)}:\n")
    print(re.sub(r"^<!-- .* -->\n", "", hints[number - 1], flags=re.MULTILINE))
    if number == len(hints):
        print(f"\nThat was the last hint. The model answer is in "
              f"{exercise.folder.relative_to(COURSE)}/solution/: compare once your own passes.")
    else:
        print(f"\n'make hint EX={exercise.name}' shows hint {number + 1}.")
    seen_file.parent.mkdir(parents=True, exist_ok=True)
    seen_file.write_text(str(max(seen, number)))
    return 0


def command_progress() -> int:
    exercises = all_exercises()
    outcomes = check_unmarked(exercises)
    states = [state_of(e, outcomes.get(e.name)) for e in exercises]
    failing = states.count("failing")
    print(f"exercises: {states.count('done')} of {len(exercises)} done"
          f"{f', {failing} failing' if failing else ''} (make exercises)")
    return 0


# --- make watch ----------------------------------------------------------

def snapshot(folders: list[Path]) -> dict[Path, float]:
    found = {}
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and "build" not in path.relative_to(folder).parts:
                found[path] = path.stat().st_mtime
    return found


def changed_files(folders: list[Path]):
    """Yield, again and again, the files that changed under FOLDERS since
    the last yield: told by inotifywait if there is one, else found by
    looking at the files once a second. An editor's save is often several
    events: those that arrive together are yielded together."""
    if shutil.which("inotifywait"):
        print("watch: inotifywait tells me when a file changes")
        watcher = subprocess.Popen(
            ["inotifywait", "-m", "-r", "-q", "-e", "close_write,moved_to,create,delete",
             "--exclude", "/build(/|$)", "--format", "%w%f", *map(str, folders)],
            stdout=subprocess.PIPE, text=True)
        try:
            for line in watcher.stdout:
                changed = {Path(line.rstrip("\n"))}
                while select.select([watcher.stdout], [], [], 0.2)[0]:
                    more = watcher.stdout.readline()
                    if not more:
                        break
                    changed.add(Path(more.rstrip("\n")))
                yield changed
        finally:
            watcher.terminate()
            watcher.wait()
        print("watch: inotifywait stopped; looking at the files once a second instead")
    else:
        print("watch: no inotifywait (Debian package inotify-tools: make setup); "
              "looking at the files once a second instead")
    before = snapshot(folders)
    while True:
        time.sleep(1)
        now = snapshot(folders)
        changed = {path for path in set(now) | set(before) if now.get(path) != before.get(path)}
        before = now
        if changed:
            yield changed


def current_exercise(exercises: list[Exercise]) -> Exercise:
    """The exercise the learner is on: of those whose start files they have
    edited, the one edited last; if none, the first still to do."""
    def edited(exercise: Exercise) -> list[Path]:
        return [exercise.folder / f for f, blob in exercise.starts().items()
                if (exercise.folder / f).is_file() and blob_id((exercise.folder / f).read_bytes()) != blob]
    begun = [(max(p.stat().st_mtime for p in edited(e)), e) for e in exercises if edited(e)]
    if begun:
        return max(begun, key=lambda pair: pair[0])[1]
    return next((e for e in exercises if e.marked()), exercises[0])


def command_watch(target: str | None) -> int:
    if target and not Path(target).is_dir():
        exercises = [find(target)]
    else:
        exercises = within(Path(target or COURSE))
    if not exercises:
        print("no exercises to watch here")
        return 1
    exercise = current_exercise(exercises)
    folders = [e.folder for e in exercises]
    owner = {e.folder: e for e in exercises}
    print(f"watch: checking {exercise.name} now, then whichever exercise's file changes "
          f"({len(exercises)} watched); Ctrl-C stops")
    try:
        command_check(exercise.name)
        for paths in changed_files(folders):
            for path in sorted(paths):
                changed = next((owner[f] for f in owner if f in path.parents), None)
                if changed is not None:
                    break
            else:
                continue
            print(f"\nwatch: {path.relative_to(COURSE)} changed: make exercises EX={changed.name}")
            command_check(changed.name)
    except KeyboardInterrupt:
        print("\nwatch: stopped")
    return 0


# --- the proof, for make check -------------------------------------------

def pristine(exercise: Exercise, file: str) -> tuple[bytes | None, str]:
    """The start FILE as the course gives it, and a note if it came from
    git because the file in the folder is no longer it (the learner's work)."""
    blob = exercise.starts()[file]
    path = exercise.folder / file
    data = path.read_bytes() if path.is_file() else b""
    if blob and blob_id(data) == blob:
        return data, ""
    if not blob:
        return None, f"checks.sh records no blob id for {file}: run 'make exercise-starts'"
    found = subprocess.run(["git", "-C", str(COURSE), "cat-file", "blob", blob], capture_output=True)
    if found.returncode != 0:
        return None, (f"{file} is not the start the exercise records (git blob {blob[:12]}), "
                      "and that start is not in this clone's git history")
    return found.stdout, (f"{file} is not the start checks.sh records (edited since: your work, or "
                          f"an author's who must run 'make exercise-starts'); proved the recorded start, "
                          f"git blob {blob[:12]}")


def files_under(folder: Path, skip: tuple[str, ...] = ()) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()
                  and not {"build", "__pycache__"} & set(p.relative_to(folder).parts)
                  and not any(p.relative_to(folder).parts[0] == s for s in skip))


@functools.cache
def tool_versions() -> str:
    """The versions of the course's packages (common/setup/packages)."""
    packages = [line.split()[0] for line in read(COURSE / "common" / "setup" / "packages").splitlines()
                if line.strip() and not line.startswith("#")]
    try:
        asked = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${Version}\n", *packages],
                               capture_output=True, text=True)
        return asked.stdout + sys.version
    except OSError:
        return "no dpkg " + str(time.time())  # unknown tools: never reuse a proof


@functools.cache
def digest_of(folder: Path, skip: tuple[str, ...] = ()) -> bytes:
    """One digest of every file under FOLDER (their names and contents)."""
    digest = hashlib.sha256()
    for path in files_under(folder, skip):
        digest.update(f"{path.relative_to(COURSE)}\n".encode() + path.read_bytes())
    return digest.digest()


def board() -> str:
    """The board the checks run on: BOARD, else common/mk/board.mk's default."""
    default = re.search(r"^BOARD \?= *(\S+)", read(COURSE / "common" / "mk" / "board.mk"), re.MULTILINE)
    return os.environ.get("BOARD") or (default.group(1) if default else "")


def proof_key(exercise: Exercise, kind: str, starts: dict[str, bytes]) -> str:
    digest = hashlib.sha256(f"{kind}\n{board()}\n{tool_versions()}\n".encode())
    digest.update(digest_of(COURSE / "common") + digest_of(exercise.folder.parent.parent, ("exercises",)))
    for path in files_under(exercise.folder):
        if path.relative_to(exercise.folder).as_posix() not in starts:
            digest.update(f"{path.relative_to(COURSE)}\n".encode() + path.read_bytes())
    for file, data in sorted(starts.items()):
        digest.update(f"start {file}\n".encode() + data)
    return digest.hexdigest()


def sync(source: dict[str, bytes], target: Path) -> None:
    """Make TARGET hold exactly SOURCE (relative name -> content) besides
    its build/, writing only what changed, so make rebuilds only that."""
    for name, data in source.items():
        path = target / name
        if not path.is_file() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    for path in files_under(target):
        if path.relative_to(target).as_posix() not in source:
            path.unlink()


class Slot:
    """At most one proof per core at a time, across the processes of a run."""

    def __enter__(self):
        state = os.environ.get("CHECK_STATE")
        self.handle = None
        if not state:
            return self
        slots = [Path(state) / f"exercise-slot-{n}" for n in range(os.cpu_count() or 2)]
        for path in slots:  # a free slot if there is one,
            handle = open(path, "w")
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self.handle = handle
                return self
            except BlockingIOError:
                handle.close()
        self.handle = open(slots[os.getpid() % len(slots)], "w")  # else wait for one
        fcntl.flock(self.handle, fcntl.LOCK_EX)
        return self

    def __exit__(self, *_):
        if self.handle:
            self.handle.close()


def explain(expected: str, got: str, hint: str) -> int:
    print(f"expected: {expected}\ngot:      {got}\nhint:     {hint}")
    return 1


def indented(text: str) -> str:
    return "\n".join("  | " + line for line in text.rstrip("\n").splitlines())


@dataclass
class Proof:
    """What one proof takes: the files it puts over the start, and its key."""
    exercise: Exercise
    kind: str
    files: dict[str, bytes]
    notes: list[str]
    key: str

    @property
    def proven(self) -> Path:
        return SCRATCH / "proven" / f"{self.exercise.lesson}-{self.exercise.name}-{self.kind}"

    @property
    def verdicts(self) -> Path:
        """The solution's check-by-check verdicts, kept with its proof."""
        return self.proven.with_name(self.proven.name + ".verdicts")

    def remembered(self) -> bool:
        # A solution proved before its verdicts were kept is proved again.
        return read(self.proven) == self.key and (self.kind != "solution" or self.verdicts.is_file())

    def share_verdicts(self) -> None:
        """Into this run's results, each check of the solution's run under the
        exercise's folder (NN_lesson/exercises/NAME): the claims ledger can
        then name an exercise's check as it names a lesson's."""
        state = os.environ.get("CHECK_STATE")
        if self.kind != "solution" or not state or not self.verdicts.is_file():
            return
        where = self.exercise.folder.relative_to(COURSE)
        rows = [line.split(" ", 1) for line in read(self.verdicts).splitlines() if " " in line]
        with open(Path(state) / "results", "a") as results:
            results.write("".join(f"{verdict}\t{where}\t{name}\n" for verdict, name in rows))

    def remembered_notes(self) -> list[str]:
        return self.notes + [f"proved before with these very inputs and tools (kept in {self.proven.relative_to(COURSE)})"]


def prepare(exercise: Exercise, kind: str) -> Proof | int:
    """The proof of KIND, or (having said why) the status to end with."""
    where = exercise.folder.relative_to(COURSE)
    starts, notes = {}, []
    for file in exercise.starts():
        data, why = pristine(exercise, file)
        if data is None:
            print(f"not checked: {why}")
            return NOT_CHECKED
        if why:
            notes.append(why)
        starts[file] = data
    if not starts:
        return explain(f"'# exercise-start: FILE BLOB' lines in {where}/checks.sh", "none",
                       "name each file the learner edits there, then run 'make exercise-starts'")
    if kind == "start":
        unmarked = [f for f, data in starts.items() if MARKER.encode() not in data]
        if unmarked:
            return explain(f"every start file to carry the line '{MARKER}'", f"{', '.join(unmarked)} does not",
                           "without it, a fresh clone counts the exercise as done or failing instead of to do")
        files = {f: b"".join(line for line in data.splitlines(keepends=True) if MARKER.encode() not in line)
                 for f, data in starts.items()}
    else:
        files = {}
        for file in starts:
            answer = exercise.folder / "solution" / file
            if not answer.is_file():
                return explain(f"{where}/solution/{file}: the model answer for every start file", "no such file",
                               "solution/ holds one file for each '# exercise-start:' line of checks.sh")
            files[file] = answer.read_bytes()
    return Proof(exercise, kind, files, notes, proof_key(exercise, kind, starts))


def command_plan(state: str) -> int:
    """What make check's tests/exercises needs, worked out in one process
    and written into the folder STATE: `names`, one exercise a line;
    `proof-NAME-KIND`, the notes of each proof remembered with these very
    inputs (it need not run again); `audit` and `audit.status`; `texts`,
    the exercises' texts; `progress`, unless the learner has exercises to
    check."""
    folder, exercises = Path(state), all_exercises()
    for exercise in exercises:
        for kind in ("start", "solution"):
            with contextlib.redirect_stdout(io.StringIO()):
                proof = prepare(exercise, kind)
            if isinstance(proof, Proof) and proof.remembered():
                proof.share_verdicts()
                lines = "".join(f"note: {note}\n" for note in proof.remembered_notes())
                (folder / f"proof-{exercise.name}-{kind}").write_text(lines)
    (folder / "names").write_text("".join(f"{e.name}\n" for e in exercises))
    problems, summary = audit(exercises)
    (folder / "audit").write_text("\n".join(problems) or summary)
    (folder / "audit.status").write_text("1" if problems else "0")
    (folder / "texts").write_text("".join(f"{e.folder / name}\n" for e in exercises for name in ("README.md", "hints.md")))
    if not any(not e.marked() for e in exercises):
        (folder / "progress").write_text(f"exercises: 0 of {len(exercises)} done (make exercises)\n")
    return 0


def command_prove(name: str, kind: str) -> int:
    exercise = find(name)
    where = exercise.folder.relative_to(COURSE)
    proof = prepare(exercise, kind)
    if not isinstance(proof, Proof):
        return proof
    if proof.remembered():
        proof.share_verdicts()
        print("".join(f"note: {note}\n" for note in proof.remembered_notes()), end="")
        return 0
    for note in proof.notes:
        print(f"note: {note}")
    # One copy per exercise, for both proofs, one after the other: the
    # second rebuilds only what differs (the start files).
    scratch = SCRATCH / f"{exercise.lesson}-{exercise.name}"
    copy = {p.relative_to(exercise.folder).as_posix(): p.read_bytes()
            for p in files_under(exercise.folder, skip=("solution",))}
    copy.update(proof.files)
    SCRATCH.mkdir(parents=True, exist_ok=True)
    with open(SCRATCH / f"{exercise.lesson}-{exercise.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        sync(copy, scratch)
        with Slot():
            outcome = run_checks(scratch)
        # What make exercises would say of it (the same functions decide).
        state = state_of(Exercise(scratch), outcome)
    passed, failed, skipped = outcome.counts()
    if kind == "start":
        if failed == 0:
            print(indented(outcome.output))
            return explain(f"the start of {exercise.name}, its marker removed, to fail its checks",
                           f"{passed} passed, {failed} failed (above)",
                           f"the start already does what the exercise asks: leave the learner's work out of "
                           f"{', '.join(proof.files)}")
        shown = "\n".join(outcome.failures())
        missing = [text for text in exercise.header("start-fails-with") if text not in shown]
        if missing or not exercise.header("start-fails-with"):
            print(indented(outcome.output))
            return explain(f"the start's failing checks to say: {missing[0] if missing else '(a start-fails-with line)'}",
                           "they say something else (above)",
                           f"the start fails for another reason than the exercise intends: fix its start files, "
                           f"or the '# start-fails-with:' lines of {where}/checks.sh")
        if state != "failing":
            return explain("make exercises to list the start, marker removed, as failing", state,
                           "see state_of() in common/check/exercises.py")
        said = "; ".join(" ".join(text.split()) for text in exercise.header("start-fails-with"))
        print(f"note: with its marker it is to do; without, {failed} of {passed + failed} checks fail, "
              f"and make exercises says why: {said}")
    else:
        # Each verdict ("PASS name", the runner's lines at column 0), kept and
        # shared whether the solution passed or not: the ledger names the check.
        proof.verdicts.parent.mkdir(parents=True, exist_ok=True)
        verdicts = re.findall(r"^((?:PASS|FAIL|SKIP) .+)$", outcome.output, re.MULTILINE)
        proof.verdicts.write_text("".join(line + "\n" for line in verdicts))
        proof.share_verdicts()
        if outcome.status != 0 or failed:
            print(indented(outcome.output))
            return explain(f"{where}/solution/ to pass every check", f"{passed} passed, {failed} failed (above)",
                           f"fix the model answer in {where}/solution/, or the checks in {where}/checks.sh")
        if state != "done":
            return explain("make exercises to list the solution as done", state,
                           "see state_of() in common/check/exercises.py")
        print(f"note: {passed} checks pass{f', {skipped} not checked here' if skipped else ''}: "
              f"make exercises would list it as done")
    proof.proven.parent.mkdir(parents=True, exist_ok=True)
    proof.proven.write_text(proof.key)
    return 0


# --- what a learner needs is there ----------------------------------------

README_SECTIONS = ["## Goal", "## Read first", "## Done when", "## Check it"]


def check_names(exercise: Exercise) -> list[str]:
    text = read(exercise.folder / "checks.sh")
    return re.findall(r'^(?:check|check_in_background) +"([^"]+)"', text, re.MULTILINE)


def problems_of(exercise: Exercise) -> list[str]:
    where = exercise.folder.relative_to(COURSE)
    readme, problems = read(exercise.folder / "README.md"), []
    if not readme.startswith("# "):
        problems.append(f"{where}/README.md must begin with '# ' and the title: what the learner builds")
    for heading in README_SECTIONS:
        if not re.search(rf"^{re.escape(heading)}\s*$", readme, re.MULTILINE):
            problems.append(f"{where}/README.md has no '{heading}' section")
    done = " ".join(readme.split("## Done when", 1)[-1].split("\n## ", 1)[0].split())
    for name in check_names(exercise):
        if name not in done:
            problems.append(f"{where}/README.md's 'Done when' does not name its check '{name}'")
    if f"make exercises EX={exercise.name}" not in readme.split("## Check it", 1)[-1]:
        problems.append(f"{where}/README.md's 'Check it' does not give the command 'make exercises EX={exercise.name}'")
    numbers = re.findall(r"^## Hint (\d+)\s*$", read(exercise.folder / "hints.md"), re.MULTILINE)
    if len(numbers) < 2 or numbers != [str(n) for n in range(1, len(numbers) + 1)]:
        problems.append(f"{where}/hints.md must hold '## Hint 1', '## Hint 2', ... (at least two, in order); it has {numbers}")
    if not exercise.starts():
        problems.append(f"{where}/checks.sh names no '# exercise-start: FILE' the learner edits")
    if not exercise.header("start-fails-with"):
        problems.append(f"{where}/checks.sh has no '# start-fails-with: TEXT' line")
    answers = {p.relative_to(exercise.folder / "solution").as_posix() for p in files_under(exercise.folder / "solution")}
    for file in exercise.starts():
        if not (exercise.folder / file).is_file():
            problems.append(f"{where}/{file}, a start file, does not exist")
        if file not in answers:
            problems.append(f"{where}/solution/{file} is missing: the model answer has one file for each start file")
    for extra in sorted(answers - set(exercise.starts())):
        problems.append(f"{where}/solution/{extra} answers no start file (no '# exercise-start: {extra}' line)")
    if not (exercise.folder / "Makefile").is_file():
        problems.append(f"{where} has no Makefile")
    return problems


def lesson_text(lesson: str) -> Path | None:
    found = sorted((COURSE / "lessons").glob(f"{lesson[:2]}-*.md"))
    return found[0] if found else None


def lesson_problems(lesson: str, exercises: list[Exercise]) -> list[str]:
    """A lesson with exercises ends with an Exercises section linking each."""
    text_path = lesson_text(lesson)
    if text_path is None:
        return [f"no lessons/{lesson[:2]}-*.md for {lesson}'s exercises"]
    where, text = text_path.relative_to(COURSE), text_path.read_text()
    headings = re.findall(r"^## (.*)$", text, re.MULTILINE)
    if not headings or headings[-1].strip() != "Exercises":
        return [f"{where} must end with an '## Exercises' section (its last heading is '{headings[-1] if headings else ''}')"]
    section = text.rsplit("\n## Exercises", 1)[1]
    linked = set(re.findall(rf"\(\.\./{re.escape(lesson)}/exercises/([^/)]+)/?(?:README\.md)?\)", section))
    problems = [f"{where}'s Exercises section does not link {lesson}/exercises/{e.name}/" for e in exercises
                if e.name not in linked]
    problems += [f"{where}'s Exercises section links {lesson}/exercises/{name}/, which is no exercise" for name in
                 sorted(linked - {e.name for e in exercises})]
    if "make exercises" not in section:
        problems.append(f"{where}'s Exercises section does not say how to start: 'make exercises'")
    return problems


# The texts that say which lessons end with exercises: "Lessons 01, 02 and
# 06 end with exercises".
SAYING_WHICH = ["README.md", "lessons/00-setup.md"]


def which_lessons_said(text: str) -> set[str] | None:
    found = re.search(r"Lessons ((?:\d\d(?:,| and|)\s*)+)end with exercises", " ".join(text.split()))
    return set(re.findall(r"\d\d", found.group(1))) if found else None


def audit(exercises: list[Exercise]) -> tuple[list[str], str]:
    """What is missing, for a learner, from the exercises and their lessons."""
    problems = []
    having = {e.lesson[:2] for e in exercises}
    for name in SAYING_WHICH:
        said = which_lessons_said(read(COURSE / name))
        if said != having:
            problems.append(f"{name} must say 'Lessons {', '.join(sorted(having))} end with exercises'"
                            f" (it names {', '.join(sorted(said)) if said else 'none'})")
    names = [e.name for e in exercises]
    problems += [f"two exercises are named {n}: EX= must name one" for n in sorted({n for n in names if names.count(n) > 1})]
    for exercise in exercises:
        problems += problems_of(exercise)
    for lesson in sorted({e.lesson for e in exercises}):
        problems += lesson_problems(lesson, [e for e in exercises if e.lesson == lesson])
    lessons = len({e.lesson for e in exercises})
    return problems, (f"{len(exercises)} exercises in {lessons} lesson{'s' if lessons != 1 else ''}, "
                      "each with its README, hints, solution and checks")


def command_audit() -> int:
    problems, summary = audit(all_exercises())
    print("\n".join(problems) or summary)
    return 1 if problems else 0


def command_record(name: str | None) -> int:
    for exercise in [find(name)] if name else all_exercises():
        checks = exercise.folder / "checks.sh"
        text = checks.read_text()
        for file in exercise.starts():
            blob = blob_id((exercise.folder / file).read_bytes())
            text = re.sub(rf"^# exercise-start: {re.escape(file)}( .*)?$", f"# exercise-start: {file} {blob}",
                          text, flags=re.MULTILINE)
        if text != checks.read_text():
            checks.write_text(text)
            print(f"recorded the start files of {exercise.folder.relative_to(COURSE)}")
    return 0


def main(argv: list[str]) -> int:
    command, args = (argv[0], argv[1:]) if argv else ("", [])
    if command == "list":
        return command_list(Path(args[0]) if args else COURSE)
    if command == "check" and args:
        return command_check(args[0])
    if command == "hint" and args:
        return command_hint(args[0], args[1] if len(args) > 1 and args[1] else None)
    if command == "watch":
        return command_watch(args[0] if args else None)
    if command == "progress":
        return command_progress()
    if command == "plan" and args:
        return command_plan(args[0])
    if command == "prove" and len(args) == 2 and args[1] in ("start", "solution"):
        return command_prove(*args)
    if command == "record":
        return command_record(args[0] if args else None)
    if command == "audit":
        return command_audit()

    print(__doc__)
    return 2


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `make exercises | head`: end quietly
    sys.exit(main(sys.argv[1:]))
