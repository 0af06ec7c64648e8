#!/usr/bin/env python3
"""Read a board's serial port, as a terminal would, until a text arrives.

  read-serial.py PORT BAUD READY-FILE UNTIL...

Opens PORT (raw, 8N1 at BAUD), then writes READY-FILE: what the board sends
from then on is kept; what it sent before is lost, as with any terminal.
Prints what arrives as it arrives, and exits 0 once one of the UNTIL texts
has; exits 1 at end of input. The caller bounds how long it waits.
"""
import os
import sys
import termios
import tty

port, baud, ready, *until = sys.argv[1:]
fd = os.open(port, os.O_RDWR | os.O_NOCTTY)
tty.setraw(fd)
attributes = termios.tcgetattr(fd)
speed = getattr(termios, f"B{baud}")
attributes[4] = attributes[5] = speed
termios.tcsetattr(fd, termios.TCSANOW, attributes)
with open(ready, "w"):
    pass
seen = b""
while not any(text.encode() in seen for text in until):
    try:
        data = os.read(fd, 4096)
    except OSError:
        data = b""
    if not data:
        sys.exit(1)
    seen += data
    sys.stdout.buffer.write(data)  # as it comes: a caller that stops waiting keeps it
    sys.stdout.flush()
