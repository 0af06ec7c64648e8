#!/usr/bin/env python3
"""common/README.md's table of check commands says what lib.sh does.

Every command named in the table's first column must be a function of
common/check/lib.sh, and the options the table gives it (--name) must be
exactly the options the function takes (its `case` patterns, and those of
gdb_session for the commands that hand their options on to it). Every
function lib.sh's checks call as a command is in the table too.

  reference.py [README]    print each difference; exit 1 if there is one
                           (README: another text to hold against lib.sh)
"""
import re
import sys
from pathlib import Path

COURSE = Path(__file__).resolve().parents[2]
LIB = COURSE / "common" / "check" / "lib.sh"
README = COURSE / "common" / "README.md"


def functions(text: str) -> dict[str, str]:
    """name -> body, for every `name() {` ... `}` in a shell file."""
    found = {}
    for match in re.finditer(r"^([a-z_]+)\(\) \{\n(.*?)^\}", text, re.MULTILINE | re.DOTALL):
        found[match.group(1)] = match.group(2)
    one_line = re.finditer(r"^([a-z_]+)\(\) \{ (.*) \}$", text, re.MULTILINE)
    found.update({m.group(1): m.group(2) for m in one_line})
    return found


def options(name: str, bodies: dict[str, str]) -> set[str]:
    body = bodies[name]
    taken = set(re.findall(r"^\s+(--[a-z-]+)\)", body, re.MULTILINE))
    if 'gdb_session "${args[@]}"' in body:
        taken |= options("gdb_session", bodies)
    return taken


def documented(readme: Path) -> dict[str, set[str]]:
    """command -> options, from the table of the README's "Checks" section."""
    section = readme.read_text().split("## Checks", 1)[1].split("\n## ", 1)[0]
    table = {}
    for row in re.findall(r"^\| (`.*?`) \|", section, re.MULTILINE):
        for cell in re.findall(r"`([^`]+)`", row):
            words = cell.split()
            table[words[0]] = set(re.findall(r"--[a-z-]+", cell))
    return table


def used_as_commands(bodies: dict[str, str]) -> set[str]:
    """lib.sh functions that some checks.sh calls as a check's command."""
    used = set()
    for checks in COURSE.glob("**/checks.sh"):
        if "build" in checks.parts:
            continue
        text = checks.read_text()
        for name in re.findall(r'^(?:check|check_in_background) +"[^"]*" +\\?\s*(?:on_board +\S+ +)?([a-z_]+)', text, re.MULTILINE):
            if name in bodies:
                used.add(name)
    return used


def main() -> int:
    bodies = functions(LIB.read_text())
    table = documented(Path(sys.argv[1]) if len(sys.argv) > 1 else README)
    problems = [f"the README does not document {name}, which checks use as a command"
                for name in sorted(used_as_commands(bodies) - set(table))]
    for name, shown in table.items():
        if name not in bodies:
            problems.append(f"the README documents {name}, which common/check/lib.sh does not define")
            continue
        real = options(name, bodies)
        for option in sorted(real - shown):
            problems.append(f"the README: {name} takes {option} (lib.sh), but the table does not say so")
        for option in sorted(shown - real):
            problems.append(f"the README: {name} shows {option}, which lib.sh's {name} does not take")
    print("\n".join(problems) or f"ok: {len(table)} commands, options as lib.sh takes them")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
