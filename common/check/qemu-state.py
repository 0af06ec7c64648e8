#!/usr/bin/env python3
"""Where a firmware that never ended is, and what its NVIC holds: asked of
QEMU through its monitor socket when qemu-run's timeout has come, then QEMU
is told to quit. A hang is then diagnosed from the state it hangs in
(common/check/lib.sh, diagnose_run), not guessed.

    qemu-state.py SOCKET STATE-FILE
    qemu-state.py --until-stuck SECONDS QEMU-MESSAGES SOCKET STATE-FILE

STATE-FILE gets one line per fact, each a name and hexadecimal words:
    pc 0x000002de           the CPU's R15 (after a WFI: the next instruction)
    xpsr 0x61000000         its IPSR field is the exception being handled
    nvic-enabled W0 W1      ISER0, ISER1 (0xE000E100): one bit per interrupt
    nvic-pending W0 W1      ISPR0, ISPR1 (0xE000E200)
    stuck yes               (--until-stuck, when that ended the run)
(ARMv7-M ARM B3.4.4; ARMv6-M B3.4 has only the first word of each.)
Nothing is written when QEMU has already gone: it ended on its own.

--until-stuck asks from the start, every tenth of a second, and ends the run
as soon as the firmware is stuck for good, or after SECONDS (then as
without it). Stuck for good, under -icount, when all three hold:
  - QEMU said so of its clock: "icount sleep disabled and no active timers"
    in QEMU-MESSAGES (its stderr) means the CPU went idle with no timer
    armed, and virtual time stood still: no timer can wake it.
  - the CPU sleeps in WFI (the instruction before the PC is one).
  - an interrupt is pending that the NVIC does not enable, and none that it
    does: WFI wakes for an enabled one only (ARMv7-M ARM B1.5.19).
Only input from outside could still wake it, through an enabled interrupt;
so this is for a firmware whose input raises the interrupt that is pending
(a flood that enabled the wrong number): the state then is the one a
timeout would find, sooner, and whatever the host's load.
The human monitor (HMP), not QMP: a QMP socket costs QEMU CPU time on every
run (measured), and this is asked once, at the end (but for --until-stuck).
"""
import os
import re
import socket
import sys
import time

# The words to read, each at its System Control Space address.
WORDS = {
    "nvic-enabled": (0xE000E100, 0xE000E104),
    "nvic-pending": (0xE000E200, 0xE000E204),
}
# QEMU's word, once per run, that the CPU went idle with no timer armed
# (QEMU 7.2 source, softmmu/icount.c, icount_start_warp_timer).
NO_TIMERS = "icount sleep disabled and no active timers"
# WFI in Thumb: encoding T1 (16 bits), and T2 (32 bits, two halfwords), which
# ARMv7-M has and ARMv6-M not (each manual's WFI instruction page).
WFI_T1, WFI_T2 = 0xBF30, (0xF3AF, 0x8003)


class Monitor:
    PROMPT = b"(qemu) "

    def __init__(self, path: str):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(10)
        self.sock.connect(path)
        self._until_prompt()  # the greeting

    def _until_prompt(self) -> str:
        received = b""
        while not received.endswith(self.PROMPT):
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("QEMU closed its monitor socket")
            received += chunk
        return received.decode(errors="replace")

    def ask(self, command: str) -> str:
        # What comes back starts with the command echoed (with line-editing
        # escapes); the answers below never match inside it.
        self.sock.sendall(command.encode() + b"\n")
        return self._until_prompt()

    def quit(self) -> None:
        # Stay connected until QEMU closes the socket: a client that went
        # away at once sometimes took its unread "quit" with it (tried), and
        # QEMU ran on to qemu-run's backstop.
        self.sock.sendall(b"quit\n")
        while self.sock.recv(65536):
            pass


def word_at(monitor: Monitor, address: int) -> str:
    # "xp" prints e.g. "00000000e000e100: 0x00000020"; a word QEMU cannot
    # read (ISER1 on an ARMv6-M) prints an error instead: say 0.
    found = re.search(r"[0-9a-fA-F]{8}:\s*(0x[0-9a-fA-F]+)", monitor.ask(f"xp /1wx {address:#x}"))
    return found.group(1) if found else "0x00000000"


def halfword_at(monitor: Monitor, address: int) -> int:
    found = re.search(r"[0-9a-fA-F]{8}:\s*(0x[0-9a-fA-F]+)", monitor.ask(f"xp /1hx {address:#x}"))
    return int(found.group(1), 16) if found else -1


def facts(monitor: Monitor) -> list[str]:
    """The state's lines: pc, xpsr, then each of WORDS."""
    registers = monitor.ask("info registers")
    lines = []
    for name, pattern in (("pc", r"R15=([0-9a-fA-F]{8})"), ("xpsr", r"XPSR=([0-9a-fA-F]{8})")):
        found = re.search(pattern, registers)
        lines.append(f"{name} 0x{found.group(1).lower() if found else '00000000'}")
    for name, addresses in WORDS.items():
        lines.append(" ".join([name] + [word_at(monitor, address) for address in addresses]))
    return lines


def stuck(monitor: Monitor, lines: list[str], messages: str) -> bool:
    """The three conditions of --until-stuck (above), on the state LINES."""
    try:
        with open(messages, errors="replace") as said:
            if NO_TIMERS not in said.read():
                return False
    except OSError:
        return False
    value = {line.split()[0]: [int(word, 16) for word in line.split()[1:]] for line in lines}
    pc = value["pc"][0]
    asleep = halfword_at(monitor, pc - 2) == WFI_T1 or (
        halfword_at(monitor, pc - 4), halfword_at(monitor, pc - 2)) == WFI_T2
    pairs = list(zip(value["nvic-enabled"], value["nvic-pending"]))
    waiting = any(pending & ~enabled for enabled, pending in pairs)
    taken = any(pending & enabled for enabled, pending in pairs)
    return asleep and waiting and not taken


def connect(path: str, deadline: float) -> Monitor:
    # QEMU makes the socket as it starts: until then, try again.
    while True:
        try:
            return Monitor(path)
        except (FileNotFoundError, ConnectionRefusedError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def main() -> int:
    arguments = sys.argv[1:]
    until_stuck = arguments[:1] == ["--until-stuck"]
    if until_stuck:
        deadline = time.monotonic() + float(arguments[1])
        messages, arguments = arguments[2], arguments[3:]
    path, state = arguments
    try:
        if until_stuck:
            monitor = connect(path, deadline)
            while True:
                lines = facts(monitor)
                if stuck(monitor, lines, messages):
                    lines.append("stuck yes")
                    break
                if time.monotonic() > deadline:
                    lines = facts(monitor)  # as at the timeout
                    break
                time.sleep(0.1)
        else:
            monitor = Monitor(path)
            lines = facts(monitor)
    except (OSError, ConnectionError):
        return 0  # QEMU ended by itself meanwhile: nothing to say
    with open(state + ".new", "w") as out:
        out.write("\n".join(lines) + "\n")
    os.replace(state + ".new", state)  # whole, before QEMU is told to go
    try:
        monitor.quit()
    except OSError:
        pass  # it has gone already
    return 0


if __name__ == "__main__":
    sys.exit(main())
