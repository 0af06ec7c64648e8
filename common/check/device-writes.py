#!/usr/bin/env python3
"""What a firmware that printed nothing wrote to devices, and so where to
look first: read from a QEMU trace of every write to a device's register
(qemu-run --trace; its memory_region_ops_write events), and said
against the chip's UART0 (common/chips/CHIP/diagnosis.sh). The causes are
numbered as in diagnosis.sh: 1 the clock, 2 the enable bits, 3 the base
address.

    device-writes.py TRACE UART0_BASE UART0_DATA_OFFSET
"""
import re
import sys

# e.g. "memory_region_ops_write cpu 0 mr 0x55... addr 0x4000d030 value 0x0
# size 4 name 'pl011'": the address is the register's own, the name the
# device's (QEMU 7.2 and 10 write it alike).
WRITE = re.compile(r"memory_region_ops_write .*addr (0x[0-9a-f]+) .*name '([^']*)'")
PAGE = ~0xFFF  # every device of both chips sits in a 4 KiB page of its own


def main() -> int:
    trace, base, data = sys.argv[1], int(sys.argv[2], 16), int(sys.argv[3], 16)
    devices: dict[tuple[str, int], int] = {}
    uart = sent = 0
    with open(trace, errors="replace") as lines:
        for line in lines:
            found = WRITE.search(line)
            if not found:
                continue
            address, name = int(found.group(1), 16), found.group(2)
            if address & PAGE == base:
                uart += 1
                sent += address == base + data
            else:
                devices[(name, address & PAGE)] = devices.get((name, address & PAGE), 0) + 1
    others = ", ".join(f"{name} at 0x{page:08X} ({count})" for (name, page), count in sorted(
        devices.items(), key=lambda item: item[0][1]))
    print("What QEMU saw, running it again with every write to a device traced:")
    if uart == 0 and devices:
        print(f"  no write at all to UART0 (0x{base:08X}); writes to: {others}")
        print("  so look at 3 first: its base address")
    elif uart == 0:
        print("  no write to any device: the firmware never reached the code that starts the UART")
    elif sent == 0:
        print(f"  {uart} writes to UART0, none of them a byte to send: is the code that prints reached?")
    else:
        print(f"  {uart} writes to UART0, {sent} of them bytes to send, and none came out")
        print("  so look at 1 and 2 first: the UART took the bytes and did not send them")
    return 0


if __name__ == "__main__":
    sys.exit(main())
