#!/usr/bin/env python3
"""What a firmware did with its GPIO pins, read from a QEMU trace of its
register accesses (qemu-run --trace; its memory_region_ops_write events):
the pins' levels replayed write by write through the chip's GPIO registers.
QEMU has nothing on the pins; these are what the board would carry.

    pins.py shift-register TRACE CHIP DATA CLOCK LATCH
        a 74HC595 on those pins: on each rising edge of the clock its shift
        stage takes the data pin in at Q0's end, on each rising edge of the
        latch its outputs show the shift stage (NXP 74HC595 datasheet,
        section 7). Prints every value the outputs took, latch after latch,
        as two hex digits each (bit n is Qn), on one line; nothing if the
        latch never rose.
    pins.py levels TRACE CHIP PIN
        the levels the firmware drove PIN to, as 0s and 1s on one line, a
        write that left the level as it was not counted: the pin's
        waveform, without its timing.

CHIP is lm3s6965 (the pins are port F's: PF<n>) or nrf51 (port P0's).
"""
import re
import sys

WRITE = re.compile(r"memory_region_ops_write .*addr (0x[0-9a-f]+) value (0x[0-9a-f]+)")


def lm3s6965_levels(address: int, value: int, levels: dict[int, bool]) -> None:
    """GPIO port F, a PL061: a write to GPIODATA at offset m << 2 changes
    only the pins set in m (LM3S6965 datasheet 8.2.1.2, the masked data
    address); GPIODATA is offsets 0x000 to 0x3fc."""
    port_f = 0x4002_5000
    if port_f <= address < port_f + 0x400:
        mask = ((address - port_f) >> 2) & 0xFF
        for pin in range(8):
            if mask & (1 << pin):
                levels[pin] = bool(value & (1 << pin))


def nrf51_levels(address: int, value: int, levels: dict[int, bool]) -> None:
    """GPIO port P0: OUT at 0x504 sets every pin, OUTSET (0x508) raises the
    pins written as 1, OUTCLR (0x50c) lowers them (nRF51 Reference Manual
    v3.0, "GPIO")."""
    gpio = 0x5000_0000
    for pin in range(32):
        bit = 1 << pin
        if address == gpio + 0x504:
            levels[pin] = bool(value & bit)
        elif address == gpio + 0x508 and value & bit:
            levels[pin] = True
        elif address == gpio + 0x50C and value & bit:
            levels[pin] = False


def replay(trace: str, chip: str):
    """Yield the pins' levels (pin -> level) after each write, and before it."""
    apply = {"lm3s6965": lm3s6965_levels, "nrf51": nrf51_levels}[chip]
    levels: dict[int, bool] = {}
    with open(trace, errors="replace") as lines:
        for line in lines:
            found = WRITE.search(line)
            if found:
                before = dict(levels)
                apply(int(found.group(1), 16), int(found.group(2), 16), levels)
                yield before, levels


def shift_register(trace: str, chip: str, data: int, clock: int, latch: int) -> str:
    shift_stage, shown = 0, []
    for before, levels in replay(trace, chip):
        if levels.get(clock, False) and not before.get(clock, False):
            shift_stage = ((shift_stage << 1) | int(levels.get(data, False))) & 0xFF
        if levels.get(latch, False) and not before.get(latch, False):
            shown.append(shift_stage)
    return " ".join(f"{value:02x}" for value in shown)


def waveform(trace: str, chip: str, pin: int) -> str:
    driven = ""
    for before, levels in replay(trace, chip):
        if pin in levels and (pin not in before or levels[pin] != before[pin]):
            driven += "1" if levels[pin] else "0"
    return driven


def main() -> int:
    command, trace, chip = sys.argv[1:4]
    pins = [int(pin) for pin in sys.argv[4:]]
    if command == "shift-register" and len(pins) == 3:
        print(shift_register(trace, chip, *pins))
    elif command == "levels" and len(pins) == 1:
        print(waveform(trace, chip, pins[0]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
