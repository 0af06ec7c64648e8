#!/usr/bin/env python3
"""Draw the memory map of a built firmware as an SVG picture.

    memory_map.py firmware.elf firmware.map out.svg

The regions (FLASH, RAM) come from the map file's "Memory Configuration";
the sections from `arm-none-eabi-objdump -h`. Boxes are not to scale (a
4 KiB stack and 200 KiB of free flash could not both be read): each box
says its addresses and size. The output depends only on the build, so a
check can compare it with the committed picture.
"""
import re
import subprocess
import sys
from pathlib import Path

BOX_HEIGHT, COLUMN_WIDTH, GAP, TOP = 34, 300, 60, 50
COLOURS = {"code": "#cfe2f3", "data": "#fce5cd", "zero": "#d9ead3", "stack": "#f4cccc", "free": "#ffffff", "load": "#fff2cc"}


def regions(map_file: Path) -> dict:
    text = map_file.read_text()
    block = text.split("Memory Configuration", 1)[1].split("Linker script and memory map", 1)[0]
    found = {}
    for name, origin, length in re.findall(r"^(\w+)\s+(0x[0-9a-f]+)\s+(0x[0-9a-f]+)", block, re.M):
        if name != "*default*":
            found[name] = (int(origin, 16), int(length, 16))
    return found


def sections(elf: Path) -> list:
    out = subprocess.run(["arm-none-eabi-objdump", "-h", str(elf)], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    result = []
    for i, line in enumerate(lines):
        m = re.match(r"\s*\d+\s+(\S+)\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if m and "ALLOC" in lines[i + 1]:
            result.append({"name": m.group(1), "size": int(m.group(2), 16), "vma": int(m.group(3), 16),
                           "lma": int(m.group(4), 16), "flags": lines[i + 1]})
    return result


def kind(section: dict) -> str:
    name = section["name"]
    if name == ".stack":
        return "stack"
    if name in (".bss", ".noinit"):
        return "zero"
    if name == ".data":
        return "data"
    return "code"


def boxes_for(region: tuple, parts: list) -> list:
    """Boxes from the region's top address down: used parts and the free gaps between them."""
    start, length = region
    boxes, cursor = [], start
    for part in sorted(parts, key=lambda p: p["at"]):
        if part["size"] == 0:
            continue
        if part["at"] > cursor:
            boxes.append({"label": "free", "at": cursor, "size": part["at"] - cursor, "kind": "free"})
        boxes.append(part)
        cursor = part["at"] + part["size"]
    if cursor < start + length:
        boxes.append({"label": "free", "at": cursor, "size": start + length - cursor, "kind": "free"})
    return list(reversed(boxes))


def svg_column(x: int, title: str, region: tuple, boxes: list) -> list:
    out = [f'<text x="{x + COLUMN_WIDTH // 2}" y="{TOP - 22}" class="title">{title}: {region[1] // 1024} KiB at 0x{region[0]:08x}</text>']
    for i, box in enumerate(boxes):
        y = TOP + i * BOX_HEIGHT
        out.append(f'<rect x="{x}" y="{y}" width="{COLUMN_WIDTH}" height="{BOX_HEIGHT}" fill="{COLOURS[box["kind"]]}" stroke="#444"/>')
        out.append(f'<text x="{x + 8}" y="{y + 14}" class="name">{box["label"]}</text>')
        out.append(f'<text x="{x + 8}" y="{y + 28}" class="detail">0x{box["at"]:08x}–0x{box["at"] + box["size"]:08x}, {box["size"]} bytes</text>')
    return out


def main() -> int:
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    elf, map_file, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    memory = regions(map_file)
    flash, ram = memory["FLASH"], memory["RAM"]
    flash_parts, ram_parts = [], []
    for s in sections(elf):
        part = {"label": s["name"], "at": s["vma"], "size": s["size"], "kind": kind(s)}
        if flash[0] <= s["vma"] < flash[0] + flash[1]:
            flash_parts.append(part)
        elif ram[0] <= s["vma"] < ram[0] + ram[1]:
            ram_parts.append(part)
            if "LOAD" in s["flags"] and s["lma"] != s["vma"]:
                flash_parts.append({"label": f'{s["name"]} initial values (copied to RAM by startup)', "at": s["lma"], "size": s["size"], "kind": "load"})
    flash_boxes, ram_boxes = boxes_for(flash, flash_parts), boxes_for(ram, ram_parts)
    height = TOP + max(len(flash_boxes), len(ram_boxes)) * BOX_HEIGHT + 30
    width = 2 * COLUMN_WIDTH + 3 * GAP
    body = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
            "<style>.title{font:bold 14px sans-serif;text-anchor:middle}.name{font:bold 12px monospace}"
            ".detail{font:11px monospace;fill:#333}.note{font:italic 11px sans-serif;fill:#555}</style>",
            f'<rect width="{width}" height="{height}" fill="white"/>']
    body += svg_column(GAP, "FLASH", flash, flash_boxes)
    body += svg_column(2 * GAP + COLUMN_WIDTH, "RAM", ram, ram_boxes)
    body.append(f'<text x="{GAP}" y="{height - 10}" class="note">High addresses at the top. Boxes are not to scale; each gives its addresses and size. Generated from {elf.name} by common/tools/memory_map.py.</text>')
    body.append("</svg>")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(body) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
