#!/usr/bin/env python3
"""Where a firmware that never ended is, and what its NVIC holds: asked of
QEMU through its monitor socket when qemu-run's timeout has come, then QEMU
is told to quit. A hang is then diagnosed from the state it hangs in
(common/check/lib.sh, diagnose_run), not guessed.

    qemu-state.py SOCKET STATE-FILE

STATE-FILE gets one line per fact, each a name and hexadecimal words:
    pc 0x000002de           the CPU's R15 (after a WFI: the next instruction)
    xpsr 0x61000000         its IPSR field is the exception being handled
    nvic-enabled W0 W1      ISER0, ISER1 (0xE000E100): one bit per interrupt
    nvic-pending W0 W1      ISPR0, ISPR1 (0xE000E200)
(ARMv7-M ARM B3.4.4; ARMv6-M B3.4 has only the first word of each.)
Nothing is written when QEMU has already gone: it ended on its own.
The human monitor (HMP), not QMP: a QMP socket costs QEMU CPU time on every
run (measured), and this is asked once, at the end.
"""
import os
import re
import socket
import sys

# The words to read, each at its System Control Space address.
WORDS = {
    "nvic-enabled": (0xE000E100, 0xE000E104),
    "nvic-pending": (0xE000E200, 0xE000E204),
}


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


def main() -> int:
    path, state = sys.argv[1], sys.argv[2]
    try:
        monitor = Monitor(path)
        registers = monitor.ask("info registers")
        lines = []
        for name, pattern in (("pc", r"R15=([0-9a-fA-F]{8})"), ("xpsr", r"XPSR=([0-9a-fA-F]{8})")):
            found = re.search(pattern, registers)
            lines.append(f"{name} 0x{found.group(1).lower() if found else '00000000'}")
        for name, addresses in WORDS.items():
            lines.append(" ".join([name] + [word_at(monitor, address) for address in addresses]))
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
