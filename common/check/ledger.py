#!/usr/bin/env python3
"""The claims ledger: every sentence of the text that states a fact says what proves it.

A sentence is a claim when it carries a number, a hex value, a register or
instruction name, or a file:line. Each claim carries a marker, an HTML
comment (invisible on GitHub) written right after the sentence:

  <!-- checked: FOLDER: NAME -->    the check of FOLDER whose name is, or
                                    begins with, NAME proves it
  <!-- from: FOLDER/BOARD/NAME -->  its numbers come from that transcript:
                                    each one appears in it (on the toolchain
                                    the text was recorded with)
  <!-- silicon: REFERENCE -->       it holds on the chip, where QEMU cannot
                                    show it; REFERENCE cites the document
  <!-- document: REFERENCE -->      it holds by a cited document (datasheet,
                                    architecture manual), nothing to run

A sentence may carry several. The docs check never backs a claim: it only
says that a block is what the code is.

  ledger.py check TEXT...   in a run of the checks: every claim is marked,
                            and what each marker names passed in this run
  ledger.py list TEXT...    each claim, where it is, and its markers
  ledger.py totals          the totals over the texts checked in this run
  ledger.py check-each DIR TEXT...
                            check, each TEXT on its own, in one process (a
                            run has a few dozen texts): the K-th TEXT's output
                            into DIR/K.out, its exit status into DIR/K.status
"""
import contextlib
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import docs
import runstate
import toolchain

COURSE = Path(__file__).resolve().parents[2]
MARKER = re.compile(r"<!--\s*(checked|from|silicon|document):\s*(.*?)\s*-->")
BLOCK_MARKER = re.compile(r"^<!-- (excerpt|transcript|illustration):")
FENCE = re.compile(r"^(```+)")

# What makes a sentence a claim.
HEX = re.compile(r"\b0x[0-9a-fA-F][0-9a-fA-F_']*\b")
NUMBER = re.compile(r"(?<![\w.\-/+'])\d[\d,']*(?:\.\d+)?(?![\w'])")
FILE_LINE = re.compile(r"\b[\w./-]+\.(?:cpp|hpp|h|ld|md|py|sh|gdb|mk|S|s|txt):\d+")
CODE = re.compile(r"`([^`]+)`")
REGISTER_IN_CODE = re.compile(r"^[A-Z][A-Z0-9_]{2,}(?:[.\[][\w.\[\]]*)?$")
# Bare words that are registers (a word in capitals is not, by itself).
REGISTER_WORD = re.compile(r"\b(?:PC|LR|SP|MSP|PSP|PRIMASK|BASEPRI|FAULTMASK|xPSR|[A-Z]{2,}[0-9][A-Z0-9]*|"
                           r"[A-Z]{3,}(?:SR|CR|AR|DR|IM|IS|EN|SEL)[A-Z0-9]*)\b")
NOT_REGISTERS = {"UART0", "UART1", "UART2", "TIMER0", "TIMER1", "TIMER2", "GPIOA", "PL011", "PL061",
                 "LM3S6965", "EK", "STM32F103", "NRF51", "ARMV7", "ARMV6", "USB", "ADIV5", "JTAG",
                 "CMSIS", "SVD", "QEMU", "ASCII", "POSIX", "GPIO"}
# The linker script's own words, not registers.
LINKER_WORDS = {"SECTIONS", "MEMORY", "NOLOAD", "KEEP", "ASSERT", "PHDRS", "ALIGN", "ORIGIN", "LENGTH", "PROVIDE",
                "ENTRY", "RWE", "FILEHDR", "PT_LOAD", "LOADADDR", "ADDR", "SIZEOF", "NOCROSSREFS"}
INSTRUCTIONS = {"ldr", "ldrb", "ldrh", "ldrd", "str", "strb", "strh", "strd", "ldrex", "strex", "ldm", "stm",
                "push", "pop", "bkpt", "wfi", "wfe", "sev", "cpsid", "cpsie", "dsb", "isb", "dmb", "svc", "udf",
                "bl", "blx", "bx", "b", "beq", "bne", "cbz", "cbnz", "mov", "movs", "movw", "movt", "add", "adds",
                "sub", "subs", "cmp", "nop", "msr", "mrs", "orr", "orrs", "and", "ands", "lsl", "lsls", "mul",
                "muls", "sdiv", "udiv", "ldmia", "stmia", "it"}
# Words with digits that name things rather than state facts.
NAMES = re.compile(r"C\+\+\d+|Debian \d+|[Ll]essons? \d+(?:\s*(?:[–-]|to|and)\s*\d+)?|[Cc]hapter \d+|"
                   r"[Ss]tep \d+|[Ii]ssue #?\d+|[Hh]int \d+")
# Protected from the sentence splitter.
ABBREVIATIONS = re.compile(r"\b(e\.g|i\.e|etc|vs|cf|approx)\.")


@dataclass
class Claim:
    text: str
    line: int
    markers: list[tuple[str, str]] = field(default_factory=list)
    why: str = ""


def units(lines: list[str]):
    """(first line number, text) of each paragraph, list item and table row
    outside code blocks, headings and the markers of code blocks."""
    unit, start, fence = [], 0, None
    for number, line in enumerate(lines, 1):
        if fence:
            if line.startswith(fence) and not line.strip("`"):
                fence = None
            continue
        opened = FENCE.match(line)
        stripped = line.strip()
        new_item = re.match(r"^\s*(?:[-*]|\d+\.)\s+", line) or stripped.startswith("|")
        if opened or not stripped or stripped.startswith("#") or BLOCK_MARKER.match(stripped) or new_item:
            if unit:
                yield start, " ".join(unit)
            unit = []
            if opened:
                fence = opened.group(1)
                continue
            if not stripped or stripped.startswith("#") or BLOCK_MARKER.match(stripped):
                continue
            if re.match(r"^\|[\s:|-]+\|$", stripped):
                continue  # a table's header rule
            line = re.sub(r"^\s*(?:[-*]|\d+\.)\s+", "", line)
        if not unit:
            start = number
        unit.append(line.strip())
    if unit:
        yield start, " ".join(unit)


def sentences(start: int, text: str) -> list[Claim]:
    """Split a unit into sentences; a marker belongs to the sentence it follows."""
    markers = MARKER.findall(text)
    slots = iter(markers)
    text = MARKER.sub("\x00", text)
    text = ABBREVIATIONS.sub(lambda m: m.group(1).replace(".", "\x01") + "\x01", text)
    pieces = re.split(r"(?<=[.!?])[\"')\]*_]*\s+(?=[A-Z`\[(*\x00\"])", text)
    claims: list[Claim] = []
    for piece in pieces:
        lead = re.match(r"^[\s\x00]*", piece).group(0)
        if claims and "\x00" in lead:
            claims[-1].markers += [next(slots) for _ in range(lead.count("\x00"))]
            piece = piece[len(lead):]
        own = [next(slots) for _ in range(piece.count("\x00"))]
        body = piece.replace("\x00", " ").replace("\x01", ".").strip()
        if body:
            claims.append(Claim(body, start, own))
        elif claims:
            claims[-1].markers += own
    return claims


def why_a_claim(sentence: str) -> str:
    """What makes SENTENCE state a fact, or "" if it states none."""
    if toolchain.RECORDED_SENTENCE in sentence:
        return ""  # the docs check holds it
    text = re.sub(r"\]\([^)]*\)", "]", sentence)  # link targets
    text = re.sub(r"https?://\S+", "", text)
    for code in CODE.findall(text):
        word = code.split()[0] if code.split() else ""
        name = code.split(".")[0].split("[")[0]
        if REGISTER_IN_CODE.match(code) and name not in NOT_REGISTERS and name not in LINKER_WORDS:
            return f"names the register `{code}`"
        if word.lower() in INSTRUCTIONS and (len(code.split()) > 1 or word == code):
            return f"names the instruction `{code}`"
    if found := FILE_LINE.search(text):
        return f"points at {found.group(0)}"
    if found := HEX.search(text):
        return f"carries the value {found.group(0)}"
    plain = NAMES.sub(" ", CODE.sub(lambda m: " " if "/" in m.group(1) or "_" in m.group(1) else m.group(0), text))
    if found := NUMBER.search(plain):
        return f"carries the number {found.group(0)}"
    for word in REGISTER_WORD.findall(CODE.sub(" ", text)):
        if word.upper() not in NOT_REGISTERS and not re.match(r"^[A-Z]+[0-9]+$", word) or word in ("PC", "LR", "SP"):
            return f"names the register {word}"
    return ""


def claims_of(path: Path) -> list[Claim]:
    found = []
    for start, text in units(path.read_text().splitlines()):
        for claim in sentences(start, text):
            claim.why = why_a_claim(claim.text)
            if claim.why or claim.markers:
                found.append(claim)
    return found


# --- checking against this run ----------------------------------------------

def results() -> list[tuple[str, str, str]]:
    return [tuple(row) for row in runstate._rows("results")]


def folders_in_run() -> set[str]:
    """The folders the runner was given, and those whose checks a check ran
    for them: an exercise's (NN_lesson/exercises/NAME), whose solution's
    verdicts tests/exercises records under that name (exercises.py)."""
    state = os.environ.get("CHECK_STATE")
    path = Path(state) / "folders" if state else None
    given = set(path.read_text().split()) if path and path.is_file() else set()
    return given | {where for _, where, _ in results()}


def numbers_in(text: str) -> set[str]:
    found = {n.replace(",", "").replace("'", "").replace("_", "") for n in NUMBER.findall(NAMES.sub(" ", text))}
    return found | {h.lower().replace("_", "").replace("'", "") for h in HEX.findall(text)}


def verdict(kind: str, value: str, claim: Claim, rows, ran) -> tuple[str, str]:
    """("checked" | "cited" | "not checked" | "problem", why)"""
    if kind in ("silicon", "document"):
        if len(value) < 8:
            return "problem", f"'{kind}:' needs a reference a reader can look up (document and section), got '{value}'"
        return "cited", ""
    if kind == "from":
        try:
            path = docs.transcript_file(value)
        except docs.DocError as error:
            return "problem", str(error)
        status, why = runstate.freshness(path)
        if status == "missing":
            return "problem", why
        if status != "fresh":
            return "not checked", why
        missing = numbers_in(claim.text) - numbers_in(path.read_text())
        if not missing:
            return "checked", ""
        if toolchain.is_reference():
            return "problem", (f"the sentence says {', '.join(sorted(missing))}, which its transcript {value} "
                               "does not show: the text is out of date, or names the wrong transcript")
        return "not checked", (f"its numbers were {toolchain.RECORDED_SENTENCE}; this machine has "
                               f"{toolchain.describe(toolchain.current())}")
    folder, _, name = value.partition(":")
    folder, name = folder.strip(), " ".join(name.split())
    if not name:
        return "problem", f"'checked: {value}' must be FOLDER: NAME of a check"
    if folder == "tests/docs" or "text matches the code" in name:
        return "problem", "the docs check only compares blocks with the code: it cannot back a claim"
    if folder not in ran:
        return "not checked", f"{folder}'s checks did not run in this run (make check runs them all)"
    matches = {(status, check) for status, where, check in rows if where == folder
               and (" ".join(check.split()) == name or " ".join(check.split()).startswith(name))}
    if not matches:
        return "problem", f"no check of {folder} is named '{name}' (a renamed or removed check?)"
    if len({check for _, check in matches}) > 1:
        return "problem", f"'{name}' names {len(matches)} checks of {folder}: give more of the name"
    status, check = matches.pop()
    if status == "FAIL":
        return "problem", f"its check '{check}' ({folder}) failed in this run, so nothing backs this claim"
    if status == "SKIP":
        return "not checked", f"its check '{check}' ({folder}) was not checked in this run"
    return "checked", ""


def short(text: str) -> str:
    return text if len(text) <= 110 else text[:107] + "..."


def check(paths: list[Path]) -> int:
    rows, ran = results(), folders_in_run()
    problems, unchecked = [], []
    totals = {"claims": 0, "checked": 0, "cited": 0, "not checked": 0}
    for path in paths:
        where = path.relative_to(COURSE)
        for claim in claims_of(path):
            totals["claims"] += 1
            if not claim.markers:
                problems.append(f"{where}:{claim.line}: this sentence {claim.why}, but names nothing that proves it:\n"
                                f"    \"{short(claim.text)}\"")
                continue
            outcomes = [verdict(kind, value, claim, rows, ran) for kind, value in claim.markers]
            bad = [why for outcome, why in outcomes if outcome == "problem"]
            problems += [f"{where}:{claim.line}: {why}:\n    \"{short(claim.text)}\"" for why in bad]
            kinds = {outcome for outcome, _ in outcomes}
            if bad:
                continue
            if "checked" in kinds:
                totals["checked"] += 1
            elif "not checked" in kinds:
                totals["not checked"] += 1
                unchecked += [f"{where}:{claim.line}: {why}" for outcome, why in outcomes if outcome == "not checked"]
            else:
                totals["cited"] += 1
    state = os.environ.get("CHECK_STATE")
    if state:
        with open(Path(state) / "ledger", "a") as kept:
            kept.write(" ".join(str(totals[k]) for k in ("claims", "checked", "cited", "not checked")) + "\n")
    for line in problems:
        print(line)
    if problems:
        print("hint: after the sentence, add <!-- checked: FOLDER: check name --> (a check that proves it), "
              "<!-- from: FOLDER/BOARD/NAME --> (a transcript that shows its numbers), or <!-- silicon: DOCUMENT, "
              "SECTION --> / <!-- document: DOCUMENT, SECTION -->; or reword it (see common/check/ledger.py)")
        return 1
    summary = (f"{totals['claims']} claims: {totals['checked']} checked, {totals['cited']} on silicon or in "
               f"documents only, {totals['not checked']} not checked")
    if unchecked:
        print(f"not checked: {totals['not checked']} of {summary}")
        for line in unchecked[:5]:
            print(f"  {line}")
        if len(unchecked) > 5:
            print(f"  ... and {len(unchecked) - 5} more")
        return runstate.NOT_CHECKED
    print(f"note: {summary}")
    return 0


def check_each(out_dir: Path, paths: list[Path]) -> int:
    for k, path in enumerate(paths):
        with open(out_dir / f"{k}.out", "w") as out, contextlib.redirect_stdout(out):
            status = check([path])
        (out_dir / f"{k}.status").write_text(f"{status}\n")
    return 0


def totals() -> int:
    state = os.environ.get("CHECK_STATE")
    path = Path(state) / "ledger" if state else None
    if not path or not path.is_file():
        return 0
    sums = [0, 0, 0, 0]
    for row in path.read_text().split("\n"):
        for k, value in enumerate(row.split()):
            sums[k] += int(value)
    print(f"ledger: {sums[0]} claims in the text: {sums[1]} checked in this run, {sums[2]} on silicon or in "
          f"documents only, {sums[3]} not checked")
    return 0


def list_claims(paths: list[Path]) -> int:
    for path in paths:
        for claim in claims_of(path):
            marks = "; ".join(f"{kind}: {value}" for kind, value in claim.markers) or f"UNMARKED ({claim.why})"
            print(f"{path.relative_to(COURSE)}:{claim.line}: {short(claim.text)}\n    -> {marks}")
    return 0


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("check", "list", "totals", "check-each"):
        print(__doc__)
        return 2
    if sys.argv[1] == "totals":
        return totals()
    out_dir = None
    if sys.argv[1] == "check-each":
        if len(sys.argv) < 3 or not Path(sys.argv[2]).is_dir():
            print(__doc__)
            return 2
        out_dir = Path(sys.argv.pop(2))
    paths = [Path(name).resolve() for name in sys.argv[2:]]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        print(f"no such text: {', '.join(missing)}")
        return 1
    if out_dir:
        return check_each(out_dir, paths)
    return check(paths) if sys.argv[1] == "check" else list_claims(paths)


if __name__ == "__main__":
    sys.exit(main())
