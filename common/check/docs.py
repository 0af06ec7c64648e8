#!/usr/bin/env python3
"""Keeps the lesson text honest: code in lessons/*.md is the real code.

In a lesson, every fenced block (except shell commands to type) follows a
marker that says where its text comes from:

  <!-- excerpt: common/runtime/panic.cpp -->        the whole file
  <!-- excerpt: 01_skeleton/reset.cpp#name -->      the lines between a line
                                                    containing "excerpt: name"
                                                    and one containing
                                                    "end excerpt"
  <!-- transcript: 01_skeleton/panic-backtrace -->  what a check recorded in
                                                    01_skeleton/build/transcripts/
  <!-- illustration: why it is not real code -->    shown, not checked (rare)

Relative links ([text](path)) must lead to files that exist.

  docs.py check FILE.md...    fail on any difference, and say where
  docs.py update FILE.md...   rewrite the blocks from their sources
"""
import re
import sys
from pathlib import Path

COURSE = Path(__file__).resolve().parents[2]
MARKER = re.compile(r"^<!-- (excerpt|transcript|illustration): (.+?) -->\s*$")
FENCE = re.compile(r"^(```+)(\S*)\s*$")
FREE_LANGUAGES = {"sh", "shell", "console", "bash"}


class DocError(Exception):
    pass


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
    lesson, _, name = where.rpartition("/")
    path = COURSE / lesson / "build" / "transcripts" / f"{name}.txt"
    if not path.is_file():
        raise DocError(f"no transcript {path.relative_to(COURSE)} yet: run 'make -C {lesson} check' first")
    return path.read_text().splitlines()


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


def process(md: Path, update: bool) -> list[str]:
    problems, out = broken_links(md), []
    lines = md.read_text().splitlines()
    i, marker = 0, None
    while i < len(lines):
        line = lines[i]
        found = MARKER.match(line)
        if found:
            marker = (found.group(1), found.group(2), i + 1)
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
        elif marker[0] != "illustration":
            try:
                real = source_of(marker[0], marker[1])
                if normalise(shown) != normalise(real):
                    replacement = normalise(real)
                    if not update:
                        a, b = normalise(shown), normalise(real)
                        k = next((k for k in range(max(len(a), len(b))) if k >= len(a) or k >= len(b) or a[k] != b[k]), 0)
                        problems.append(
                            f"{where}: the block shown differs from its {marker[0]} {marker[1]}, first at its line {k + 1}:\n"
                            f"    text:   {a[k] if k < len(a) else '(ends)'}\n"
                            f"    source: {b[k] if k < len(b) else '(ends)'}")
            except DocError as error:
                problems.append(f"{where}: {error}")
        out.extend(replacement)
        out.append(lines[close])
        marker = None
        i = close + 1
    if update and out != lines:
        md.write_text("\n".join(out) + "\n")
        print(f"updated {md.relative_to(COURSE)}")
    return problems


def main() -> int:
    if len(sys.argv) < 3 or sys.argv[1] not in ("check", "update"):
        print(__doc__)
        return 2
    problems = []
    for name in sys.argv[2:]:
        md = Path(name).resolve()
        if not md.is_file():
            problems.append(f"no such lesson text: {name}")
            continue
        problems += process(md, sys.argv[1] == "update")
    for problem in problems:
        print(problem)
    if problems and sys.argv[1] == "check":
        print("hint: the text and the code have drifted apart; fix the text, or run 'make docs' to copy the code into it, then reread the prose around it")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
