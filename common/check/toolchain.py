#!/usr/bin/env python3
"""Which toolchain the lessons' outputs were recorded with, and what of an
output does not depend on it.

The texts show what GCC, QEMU and GDB printed on the course's reference
toolchain (RECORDED). On that toolchain a transcript must match the text
byte for byte. On any other supported one, addresses, sizes, line numbers,
installation paths, register choices and a few extra diagnostic lines
differ: there the essential part is compared, and that is still exact.

  essential(line)  the line with what depends on the toolchain masked:
                   numbers, hex values, GCC's paths, section offsets,
                   register names, runs of spaces
  missing(shown, real, only)
                   the first line of the text (or of its lines containing
                   one of ONLY) whose essential form is not in the
                   transcript, in order; None if all are

  COURSE_COMPARE=essential (or exact) in the environment compares as on
  another toolchain (or as on the recorded one), wherever this runs.

  toolchain.py same-picture COMMITTED FRESH
                   exit 0 if the two SVG pictures are the same (on the
                   reference toolchain) or the same but for what depends on
                   the toolchain (elsewhere); else print the first
                   difference and exit 1
"""
import functools
import json
import os
import re
import subprocess
import sys
from pathlib import Path

# The toolchain every output in lessons/*.md was recorded with (Debian 12).
RECORDED = {"GCC": "12.2.1", "QEMU": "7.2", "GDB": "13.1"}
RECORDED_SENTENCE = "recorded with GCC 12.2.1, QEMU 7.2 and GDB 13.1"


def _version(command: list[str], pattern: str) -> str:
    try:
        text = subprocess.run(command, capture_output=True, text=True, check=False).stdout
    except OSError:
        return "none"
    found = re.search(pattern, text, re.MULTILINE)
    return found.group(1) if found else "unknown"


@functools.cache
def current() -> dict[str, str]:
    # Asked once per run of the checks (kept in its state folder): the
    # tools do not change while the checks run.
    kept = Path(os.environ["CHECK_STATE"]) / "toolchain.json" if os.environ.get("CHECK_STATE") else None
    if kept and kept.is_file():
        return json.loads(kept.read_text())
    versions = _ask_the_tools()
    if kept:
        partial = kept.with_suffix(f".{os.getpid()}")
        partial.write_text(json.dumps(versions))
        partial.replace(kept)
    return versions


def _ask_the_tools() -> dict[str, str]:
    gcc = _version(["arm-none-eabi-gcc", "-dumpversion"], r"(\d+\.\d+\.\d+)")
    qemu = _version(["qemu-system-arm", "--version"], r"version (\d+\.\d+)")
    gdb = _version(["gdb-multiarch", "--version"], r"^GNU gdb .*?(\d+\.\d+)\s*$")
    return {"GCC": gcc, "QEMU": qemu, "GDB": gdb}


def is_reference() -> bool:
    # COURSE_COMPARE=essential / exact: compare as on another toolchain, or
    # as on the recorded one, wherever this runs (the machinery tests prove
    # both rules on every toolchain this way).
    forced = os.environ.get("COURSE_COMPARE")
    if forced in ("essential", "exact"):
        return forced == "exact"
    return current() == RECORDED


def describe(versions: dict[str, str]) -> str:
    return ", ".join(f"{name} {version}" for name, version in versions.items())


MASKS = [
    (re.compile(r"^\S*/arm-none-eabi/bin/ld: "), ""),  # the linker's install path
    (re.compile(r"/usr/lib/gcc/arm-none-eabi/[\d.]+/"), "<gcc>/"),
    (re.compile(r"/usr/include/newlib/c\+\+/[\d.]+/"), "<libstdc++>/"),
    (re.compile(r"/build/\S*?/libgcc/"), "<libgcc-source>/"),
    (re.compile(r":\([^)\s]*\+0x[0-9a-fA-F]+\):"), ":"),  # newer ld adds (.section+offset)
    (re.compile(r"0x[0-9a-fA-F]+"), "0x#"),
    (re.compile(r"\b[0-9a-f]*\d[0-9a-f]*:"), "#:"),  # objdump's addresses
    (re.compile(r"\b[0-9a-f]*\d[0-9a-f]*\b"), "#"),  # bare hex: objdump -h's columns, size's hex
    (re.compile(r"\d+"), "#"),
    (re.compile(r"\s+"), " "),
]


def essential(line: str) -> str:
    for pattern, replacement in MASKS:
        line = pattern.sub(replacement, line)
    return line.strip()


def missing(shown: list[str], real: list[str], only: list[str]) -> str | None:
    wanted = [line for line in shown if line.strip() and (not only or any(word in line for word in only))]
    have = [essential(line) for line in real]
    position = 0
    for line in wanted:
        form = essential(line)
        while position < len(have) and have[position] != form:
            position += 1
        if position == len(have):
            return line
        position += 1
    return None


def same_picture(committed: Path, fresh: Path) -> str | None:
    a, b = committed.read_text().splitlines(), fresh.read_text().splitlines()
    if a == b:
        return None
    if not is_reference():
        a, b = [essential(line) for line in a], [essential(line) for line in b]
        if a == b:
            return None
    k = next(k for k in range(max(len(a), len(b))) if k >= len(a) or k >= len(b) or a[k] != b[k])
    return (f"first difference at line {k + 1}:\n"
            f"    committed: {a[k] if k < len(a) else '(ends)'}\n"
            f"    this build: {b[k] if k < len(b) else '(ends)'}")


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "same-picture":
        difference = same_picture(Path(sys.argv[2]), Path(sys.argv[3]))
        if difference:
            print(difference)
            return 1
        if not is_reference():
            print(f"note: the same picture but for addresses and registers ({RECORDED_SENTENCE}; "
                  f"this machine has {describe(current())})")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
