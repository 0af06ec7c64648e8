#!/usr/bin/env python3
"""What this run of the checks has produced, and whether it can be trusted.

common/check/run keeps one folder of state per run (CHECK_STATE):
  results    one line per finished check:  PASS|FAIL|SKIP <tab> folder <tab> name
  produced   one line per recorded output: path <tab> folder <tab> check name
A transcript or picture is "fresh" when a check of this run recorded it and
passed. Anything else is not evidence: a check that reads it says "not
checked" and why, never that the text drifted (one failure, one message).
One that was itself "not checked" here (a tool too old) is "skipped": the
docs check notes it and checks the rest.

  runstate.py transcript PATH    exit 0 if fresh; 77 (not checked) or 1
                                 (no check records it) with the reason
"""
import os
import sys
from pathlib import Path

COURSE = Path(__file__).resolve().parents[2]
NOT_CHECKED = 77  # the check runner's exit code for "not checked"


def _rows(name: str) -> list[list[str]]:
    state = os.environ.get("CHECK_STATE")
    path = Path(state) / name if state else None
    if path is None or not path.is_file():
        return []
    return [line.split("\t") for line in path.read_text().splitlines() if line.count("\t") == 2]


def in_a_run() -> bool:
    return bool(os.environ.get("CHECK_STATE"))


def freshness(path: Path) -> tuple[str, str]:
    """("fresh", "") if a passing check of this run recorded PATH;
    ("not checked", why) if a check that would have recorded it failed or did
    not run; ("missing", why) if its folder ran cleanly and never recorded it."""
    relative = str(path.resolve().relative_to(COURSE))
    results = {(folder, name): status for status, folder, name in _rows("results")}
    producers = [(folder, name) for where, folder, name in _rows("produced") if where == relative]
    if producers:
        failed = [name for folder, name in producers if results.get((folder, name)) != "PASS"]
        skipped = [name for folder, name in producers if results.get((folder, name)) == "SKIP"]
        if failed and failed == skipped:
            # Its check could not run here (and says why where it is
            # counted, as "not checked"): nothing failed, nothing to show.
            return "skipped", f"not checked here: the check '{skipped[-1]}' that records it was not checked"
        if failed:
            return "not checked", f"not checked: the check '{failed[-1]}' above failed, so what it recorded is no evidence"
        return "fresh", ""
    folder = _owning_folder(relative)
    ran = [(status, name) for (where, name), status in results.items() if where == folder]
    if not ran:
        return "not checked", f"not checked: {folder}'s checks did not run in this run (make check runs them all)"
    failed = [name for status, name in ran if status == "FAIL"]
    if failed:
        return "not checked", f"not checked: {relative} was not recorded, because the check '{failed[0]}' of {folder} failed"
    return "missing", f"no check of {folder} recorded {relative} in this run: the marker names something no check records"


def _owning_folder(relative: str) -> str:
    parts = relative.split("/")
    return "/".join(parts[: parts.index("build")]) if "build" in parts else parts[0]


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] != "transcript":
        print(__doc__)
        return 2
    if not in_a_run():
        return 0
    status, why = freshness(Path(sys.argv[2]))
    if status != "fresh":
        print(why)
    return {"fresh": 0, "not checked": NOT_CHECKED, "skipped": NOT_CHECKED}.get(status, 1)


if __name__ == "__main__":
    sys.exit(main())
