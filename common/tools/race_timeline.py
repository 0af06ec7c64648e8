#!/usr/bin/env python3
"""Draw lesson 05's race as a timeline (SVG), from the real build and run.

    race_timeline.py firmware.elf race-output.txt out.svg

The instructions are main()'s and Tick_Handler()'s own read-add-write of
racy_count, taken from the ELF's disassembly; the count of lost updates is
the demo's output under -icount. The picture shows one lost update: the
handler runs between main's load and main's store.
"""
import re
import subprocess
import sys
from pathlib import Path


def read_modify_write(elf: str, function: str) -> list:
    """The first load / add #1 / store sequence in a function."""
    out = subprocess.run(["arm-none-eabi-objdump", "-d", "--no-show-raw-insn", f"--disassemble={function}", elf],
                         capture_output=True, text=True, check=True).stdout
    code = [re.sub(r"\s*@.*", "", line.split(":", 1)[1]).strip().replace("\t", " ")
            for line in out.splitlines() if re.match(r"^\s+[0-9a-f]+:", line)]
    for i in range(len(code) - 2):
        if code[i].startswith("ldr") and re.match(r"adds?\s+\w+, #1$", code[i + 1]) and code[i + 2].startswith("str"):
            return code[i:i + 3]
    raise SystemExit(f"race_timeline: no load/add/store in {function}")


def box(x, y, text, fill):
    return (f'<rect x="{x}" y="{y}" width="150" height="30" rx="4" fill="{fill}" stroke="#444"/>'
            f'<text x="{x + 75}" y="{y + 19}" class="code">{text}</text>')


def main() -> int:
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    elf, output, target = sys.argv[1], Path(sys.argv[2]).read_text(), Path(sys.argv[3])
    main_code = read_modify_write(elf, "main")
    handler_code = read_modify_write(elf, "Tick_Handler")
    lost = re.search(r"racy counter:\s+lost (\d+) of (\d+)", output)
    if not lost:
        raise SystemExit("race_timeline: no 'racy counter: lost N of M' line in the output")
    steps = [  # (lane, instruction, what it does to the value 41)
        ("main", main_code[0], "reads 41"),
        ("handler", handler_code[0], "reads 41"),
        ("handler", handler_code[1], "makes 42"),
        ("handler", handler_code[2], "writes 42"),
        ("main", main_code[1], "makes 42"),
        ("main", main_code[2], "writes 42: the handler's +1 is gone"),
    ]
    lanes = {"main": 70, "handler": 150}
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="260" viewBox="0 0 1080 260">',
             "<style>.code{font:12px monospace;text-anchor:middle}.lane{font:bold 13px sans-serif}"
             ".note{font:12px sans-serif;fill:#333}.title{font:bold 14px sans-serif}</style>",
             '<rect width="1080" height="260" fill="white"/>',
             '<text x="20" y="30" class="title">racy_count = racy_count + 1, in main() and in Tick_Handler(): one lost update</text>',
             f'<text x="20" y="{lanes["main"] + 20}" class="lane">main()</text>',
             f'<text x="20" y="{lanes["handler"] + 20}" class="lane">Tick_Handler()</text>',
             '<line x1="140" y1="230" x2="1060" y2="230" stroke="#888" marker-end="url(#arrow)"/>',
             '<defs><marker id="arrow" markerWidth="8" markerHeight="8" refX="7" refY="4" orient="auto">'
             '<path d="M0,0 L8,4 L0,8 z" fill="#888"/></marker></defs>',
             '<text x="1000" y="250" class="note">time</text>']
    for i, (lane, instruction, effect) in enumerate(steps):
        x = 150 + i * 152
        fill = "#cfe2f3" if lane == "main" else "#f4cccc"
        parts.append(box(x, lanes[lane], instruction, fill))
        parts.append(f'<text x="{x + 75}" y="{lanes[lane] + 46}" class="code">{effect}</text>')
    parts.append(f'<text x="20" y="215" class="note">Measured in QEMU (lm3s6965evb, -icount): the racy counter lost {lost.group(1)} '
                 f'of {lost.group(2)} updates. Instructions from the built firmware; drawn by common/tools/race_timeline.py.</text>')
    parts.append("</svg>")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(parts) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
