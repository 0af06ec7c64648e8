#!/usr/bin/env python3
"""Keeps the lesson text honest: code in lessons/*.md is the real code.

In a lesson, every fenced block (except shell commands to type) follows a
marker that says where its text comes from:

  <!-- excerpt: common/runtime/panic.cpp -->        the whole file
  <!-- excerpt: 01_skeleton/reset.cpp#name -->      the lines between a line
                                                    containing "excerpt: name"
                                                    and one containing
                                                    "end excerpt"
  <!-- transcript: 01_skeleton/lm3s6965evb/panic-backtrace -->
                                                    what a check recorded for that
                                                    board, in 01_skeleton/build/
                                                    transcripts/lm3s6965evb/
  <!-- illustration: why it is not real code -->    shown, not checked (rare)

A transcript is the output of a command the learner can type: a check ran
it (learner_runs in common/check/lib.sh), and kept the prompt and the
command as its first line, e.g. "02_linker$ make debug GDB_BATCH=gdb/at-main.gdb".
The block must begin with that line, exactly, on every toolchain: the
command the text shows is the one that printed what it shows.

A transcript marker may name its essential lines:
  <!-- transcript: 03_volatile/lm3s6965evb/build-x; essential: "'++'", "cc1plus" -->
On the toolchain the texts were recorded with (toolchain.RECORDED) every
block must match exactly. On another one, a transcript's essential lines
(all its lines, unless the marker names some) must appear in the fresh
transcript in order, with only what depends on the toolchain masked
(toolchain.essential): a changed word still fails; a moved address does not.
Every lesson says which toolchain its outputs were recorded with.

An excerpt of a file the learner changed (git says so) is "not checked",
with how to see and undo the change: expected while experimenting, never a
reason to rewrite the text. Other differences fail; the hint speaks first
to a learner who changed files, and names `make docs` (a course author's
tool) only when no file is changed.

Relative links ([text](path)) must lead to files that exist. A transcript
is compared only if a check of this run recorded it and passed (see
runstate.py); otherwise its block is "not checked", with the reason. The
paragraph before a transcript must not speak of the other board only.

A transcript recorded by a folder that runs after the lessons (tests/board,
"# check-after: lessons") names it, and is compared by that folder's own
check, not by the lesson's:
  <!-- transcript: 06_debugging/ek-lm3s6965/board-session; compared-by: "tests/board" -->

  docs.py check FILE.md...    fail on any difference, and say where
  docs.py check --compared-by FOLDER FILE.md...
                              only the blocks FOLDER compares; "not checked"
                              if none could be (their checks did not run)
  docs.py update FILE.md...   rewrite the blocks from their sources
"""
import re
import subprocess
import sys
from pathlib import Path

import functools

import runstate
import toolchain

COURSE = Path(__file__).resolve().parents[2]
BOARDS = sorted(path.stem for path in (COURSE / "common" / "boards").glob("*.mk"))
# How the text speaks of each emulated board (a transcript comes from one).
BOARD_WORDS = {
    "lm3s6965evb": ("lm3s6965", "cortex-m3", "stellaris", "default board"),
    "microbit": ("micro:bit", "microbit", "nrf51", "cortex-m0"),
    "ek-lm3s6965": ("ek-lm3s6965", "emulated board", "openocd"),
}
MARKER = re.compile(r"^<!-- (excerpt|transcript|illustration): (.+?) -->\s*$")
FENCE = re.compile(r"^(```+)(\S*)\s*$")
FREE_LANGUAGES = {"sh", "shell", "console", "bash"}
# The first line of a transcript recorded by running what a learner types:
# the folder it ran in, "$ ", the command.
PROMPT = re.compile(r"^[\w./-]+\$ \S")
# What a check worked out itself (a failure it explains, a listing it
# distilled) says so in its first line: the command that shows it is
# `make check` in that folder (lib.sh's keep_transcript).
CHECK_SAYS = re.compile(r'^[\w./-]+\$ make check  # the check ".+" shows:$')


class DocError(Exception):
    pass


class NotChecked(Exception):
    pass


class Skipped(Exception):
    """Its check could not run here: a note, not a reason to skip the rest."""


def region(path: Path, name: str) -> list[str]:
    lines = path.read_text().splitlines()
    start = [i for i, line in enumerate(lines) if re.search(rf"excerpt: {re.escape(name)}(?=\s|\*/|$)", line)]
    if len(start) != 1:
        raise DocError(f"{path.relative_to(COURSE)} has {len(start)} lines marking 'excerpt: {name}' (need exactly one)")
    for end in range(start[0] + 1, len(lines)):
        if "end excerpt" in lines[end]:
            return lines[start[0] + 1:end]
    raise DocError(f"{path.relative_to(COURSE)}: 'excerpt: {name}' has no 'end excerpt' line")


def source_of(kind: str, where: str) -> list[str]:
    if kind == "excerpt":
        file, _, name = where.partition("#")
        path = COURSE / file
        if not path.is_file():
            raise DocError(f"excerpt names {file}, which does not exist")
        lines = region(path, name) if name else path.read_text().splitlines()
        return [line for line in lines if not re.search(r"\b(excerpt: |end excerpt)", line)]
    path = transcript_file(where)
    if runstate.in_a_run():
        status, why = runstate.freshness(path)
        if status == "not checked":
            raise NotChecked(why)
        if status == "skipped":
            raise Skipped(why)
        if status == "missing":
            raise DocError(why)
    elif not path.is_file():
        lesson = where.split("/")[0]
        raise DocError(f"no transcript {path.relative_to(COURSE)} yet: run 'make -C {lesson} check' first")
    return path.read_text().splitlines()


def transcript_file(where: str) -> Path:
    """FOLDER/BOARD/NAME -> FOLDER/build/transcripts/BOARD/NAME.txt"""
    parts = where.split("/")
    if len(parts) < 3 or parts[-2] not in BOARDS:
        raise DocError(f"transcript marker '{where}' must name its board: FOLDER/BOARD/NAME, BOARD one of {' '.join(BOARDS)}")
    return COURSE.joinpath(*parts[:-2], "build", "transcripts", parts[-2], parts[-1] + ".txt")


def wrong_board(where: str, paragraph: str) -> str | None:
    """The text before a transcript speaks only of another board."""
    board = where.split("/")[-2]
    text = paragraph.lower()
    own = any(word in text for word in BOARD_WORDS.get(board, ()))
    others = [other for other, words in BOARD_WORDS.items() if other != board and any(w in text for w in words)]
    if others and not own:
        return f"the paragraph above speaks of {others[0]}, but this transcript is {board}'s: show {others[0]}'s, or say which board this is"
    return None


def command_not_shown(shown: list[str], real: list[str]) -> str | None:
    """The block does not begin with the command that printed its transcript."""
    if not real or not (PROMPT.match(real[0]) or CHECK_SAYS.match(real[0])):
        return ("this output was not recorded from a command the text gives: record it with learner_runs "
                "(common/check/lib.sh), or keep_transcript inside a named check, and begin the block with its first line")
    if not shown or shown[0].rstrip() != real[0].rstrip():
        return (f"the block must begin with the command that printed it, exactly:\n"
                f"    command: {real[0]}\n"
                f"    text:    {shown[0] if shown else '(an empty block)'}")
    return None


@functools.cache
def edited_files() -> tuple[str, ...] | None:
    """The course's files that differ from git's copy (a learner's edits), or
    None when the course is not a git clone and nobody can tell."""
    try:
        status = subprocess.run(["git", "-C", str(COURSE), "diff", "--name-only", "--relative", "HEAD"],
                                capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if status.returncode != 0:
        return None
    return tuple(status.stdout.splitlines())


def learners_edit(where: str, source: str) -> str | None:
    """An excerpt differs because the learner changed its file: say so."""
    file = source.partition("#")[0]
    if file in (edited_files() or ()):
        return (f"your {file} differs from the listing in {where}: expected while you experiment; "
                f"'git diff {file}' shows your change, 'git checkout -- {file}' restores it")
    return None


def hint() -> str:
    """What to do about the differences left: a learner's changes first."""
    edited = edited_files()
    authors = ("for the course's authors: fix the text, or run 'make docs' to copy the code in, "
               "then reread the prose around it")
    if edited is None:
        return ("hint: if you changed a file these outputs come from, that is expected while you experiment: "
                f"the text shows the course's. Otherwise the course's own text and code disagree: {authors}")
    code = [file for file in edited if not file.startswith("lessons/")]
    if code:
        shown = ", ".join(code[:3]) + (", ..." if len(code) > 3 else "")
        return (f"hint: you changed {shown}: if the outputs above differ because of that, it is expected while "
                "you experiment: 'git diff' shows your changes, 'git checkout -- FILE' restores one")
    return f"hint: the course's own text and code disagree (not because of a file you changed): {authors}"


def normalise(lines: list[str]) -> list[str]:
    lines = [line.rstrip() for line in lines]
    while lines and not lines[-1]:
        lines.pop()
    return lines


LINK = re.compile(r"\]\(([^)\s#]+)(#[^)]*)?\)")


def broken_links(md: Path) -> list[str]:
    """Relative links that point at nothing: a renamed file must not leave the text behind."""
    problems = []
    for number, line in enumerate(md.read_text().splitlines(), 1):
        for target, _ in LINK.findall(line):
            if "://" in target or target.startswith("mailto:"):
                continue
            if not (md.parent / target).exists():
                problems.append(f"{md.relative_to(COURSE)}:{number}: link to {target}, which does not exist")
    return problems


def paragraph_before(lines: list[str], index: int) -> str:
    """The prose paragraph that ends just above line INDEX."""
    end = index
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    start = end
    while start > 0 and lines[start - 1].strip() and not lines[start - 1].startswith("```"):
        start -= 1
    return " ".join(lines[start:end])


def parse_marker(text: str) -> tuple[str, dict[str, list[str]]]:
    """'path; essential: "a", "b"' -> ('path', {'essential': ['a', 'b']})"""
    where, *options = [part.strip() for part in text.split(";")]
    parsed = {}
    for option in options:
        name, _, value = option.partition(":")
        parsed[name.strip()] = re.findall(r'"([^"]*)"', value)
    return where, parsed


toolchain_notes: list[str] = []
skipped_notes: list[str] = []
# check --compared-by FOLDER: the folder whose blocks this run compares
# (None: the lesson's own check, which leaves those blocks to FOLDER).
COMPARED_BY: str | None = None
compared_blocks: list[str] = []


def recorded_with(md: Path, lines: list[str]) -> list[str]:
    """A lesson that shows transcripts says which toolchain made them."""
    shows = any(MARKER.match(line) and "transcript:" in line for line in lines)
    if shows and toolchain.RECORDED_SENTENCE not in " ".join(lines):
        return [f"{md.relative_to(COURSE)}: shows transcripts but never says '{toolchain.RECORDED_SENTENCE}'"]
    return []


def drifted(where: str, marker: tuple, problem: str, problems: list[str], unchecked: list[str]) -> None:
    """A block differs from its source. An excerpt of a file the learner
    changed is "not checked", with how to see and undo the change; anything
    else is a failure (hint() says what to do)."""
    edit = learners_edit(where, marker[1]) if marker[0] == "excerpt" else None
    if edit:
        unchecked.append(f"not checked: {edit}")
    else:
        problems.append(f"{where}: {problem}")


def process(md: Path, update: bool, unchecked: list[str]) -> list[str]:
    lines = md.read_text().splitlines()
    problems, out = ([], []) if COMPARED_BY else (broken_links(md) + recorded_with(md, lines), [])
    i, marker = 0, None
    while i < len(lines):
        line = lines[i]
        found = MARKER.match(line)
        if found:
            marker = (found.group(1), *parse_marker(found.group(2)))
            if marker[0] == "transcript":
                try:
                    complaint = wrong_board(marker[1], paragraph_before(lines, i))
                    if "essential" in marker[2] and not marker[2]["essential"]:
                        complaint = "'essential:' names no line: give one or more \"quoted\" words"
                    if complaint:
                        problems.append(f"{md.relative_to(COURSE)}:{i + 1}: {complaint}")
                except DocError:
                    pass  # reported with the block
            out.append(line)
            i += 1
            continue
        fence = FENCE.match(line)
        if not fence:
            if line.strip():
                marker = None
            out.append(line)
            i += 1
            continue
        close = next((j for j in range(i + 1, len(lines)) if lines[j].startswith(fence.group(1)) and not lines[j].strip("`")), None)
        if close is None:
            problems.append(f"{md.name}:{i + 1}: code block never closed")
            break
        shown = lines[i + 1:close]
        out.append(line)
        replacement = shown
        where = f"{md.relative_to(COURSE)}:{i + 1}"
        if marker is None:
            if fence.group(2) not in FREE_LANGUAGES:
                problems.append(f"{where}: a ```{fence.group(2)} block with no <!-- excerpt: ... --> or <!-- transcript: ... --> marker above it, so nothing checks it")
        elif not update and (marker[2].get("compared-by") or [None])[0] != COMPARED_BY:
            if not COMPARED_BY:
                skipped_notes.append(f"{where}: is compared by {marker[2]['compared-by'][0]}'s own check, after the lessons")
        elif marker[0] != "illustration":
            try:
                real = source_of(marker[0], marker[1])
                if COMPARED_BY:
                    compared_blocks.append(where)
                unshown = command_not_shown(shown, real) if marker[0] == "transcript" else None
                if unshown and (not update or not PROMPT.match(real[0] if real else "")):
                    problems.append(f"{where}: {unshown}")
                elif marker[0] == "transcript" and not update and not toolchain.is_reference():
                    line = toolchain.missing(shown, real, marker[2].get("essential", []))
                    if line is not None:
                        drifted(where, marker, f"the block shown differs from its transcript {marker[1]} in more than what "
                                f"depends on the toolchain ({toolchain.RECORDED_SENTENCE}; this machine has "
                                f"{toolchain.describe(toolchain.current())}):\n"
                                f"    this line of the text is not in the transcript: {line}", problems, unchecked)
                    elif normalise(shown) != normalise(real):
                        toolchain_notes.append(where)
                elif normalise(shown) != normalise(real):
                    replacement = normalise(real)
                    if not update:
                        a, b = normalise(shown), normalise(real)
                        k = next((k for k in range(max(len(a), len(b))) if k >= len(a) or k >= len(b) or a[k] != b[k]), 0)
                        drifted(where, marker,
                                f"the block shown differs from its {marker[0]} {marker[1]}, first at its line {k + 1}:\n"
                                f"    text:   {a[k] if k < len(a) else '(ends)'}\n"
                                f"    source: {b[k] if k < len(b) else '(ends)'}", problems, unchecked)
            except DocError as error:
                if update and marker[0] == "transcript" and not transcript_file(marker[1]).is_file():
                    # make docs on a machine where that check cannot run
                    # (it says "not checked"): the block stays as it is.
                    print(f"{where}: kept as it is: {error}")
                else:
                    problems.append(f"{where}: {error}")
            except NotChecked as reason:
                unchecked.append(f"{where}: {reason}")
            except Skipped as reason:
                skipped_notes.append(f"{where}: {reason}")
        out.extend(replacement)
        out.append(lines[close])
        marker = None
        i = close + 1
    if update and out != lines:
        md.write_text("\n".join(out) + "\n")
        print(f"updated {md.relative_to(COURSE)}")
    return problems


def main() -> int:
    global COMPARED_BY
    if len(sys.argv) > 3 and sys.argv[1] == "check" and sys.argv[2] == "--compared-by":
        COMPARED_BY = sys.argv[3]
        del sys.argv[2:4]
    if len(sys.argv) < 3 or sys.argv[1] not in ("check", "update"):
        print(__doc__)
        return 2
    problems, unchecked = [], []
    for name in sys.argv[2:]:
        md = Path(name).resolve()
        if not md.is_file():
            problems.append(f"no such lesson text: {name}")
            continue
        problems += process(md, sys.argv[1] == "update", unchecked)
    for line in problems + unchecked:
        print(line)
    if skipped_notes and not problems:
        reasons: dict[str, list[str]] = {}
        for where, _, reason in (note.partition(": ") for note in skipped_notes):
            reasons.setdefault(reason, []).append(where)
        for reason, places in reasons.items():
            print(f"note: {len(places)} block(s) ({', '.join(places)}) {reason}")
    if toolchain_notes and not problems:
        print(f"note: {len(toolchain_notes)} block(s) differ only in what depends on the toolchain: the text was "
              f"{toolchain.RECORDED_SENTENCE}, this machine has {toolchain.describe(toolchain.current())}. "
              "Expected: nothing to fix.")
    if problems and sys.argv[1] == "check":
        print(hint())
    if problems:
        return 1
    if COMPARED_BY and not compared_blocks and not unchecked:
        print(f"not checked: no block compared by {COMPARED_BY} could be compared here (the checks that record them did not run)")
        return runstate.NOT_CHECKED
    if COMPARED_BY and compared_blocks:
        print(f"note: {len(compared_blocks)} block(s) compared: {', '.join(compared_blocks)}")
    return runstate.NOT_CHECKED if unchecked and sys.argv[1] == "check" else 0


if __name__ == "__main__":
    sys.exit(main())
