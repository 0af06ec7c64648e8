#!/usr/bin/env python3
"""Feed bytes into an emulated UART: connect to QEMU's serial port (a Unix
socket QEMU listens on), send everything, and stay connected until QEMU
closes it, so no byte is cut off. What the guest sends back is saved.

    feed-serial.py SOCKET FILE ECHO-FILE [TIMEOUT [READY]]

With READY, nothing is sent until the guest has sent the line READY (the
firmware says its UART is configured: what RTS does on a real link); that
line is not part of the echo. Without it, a byte sent before the firmware has set up
its UART may be lost (QEMU's PL011 drops it when the FIFO is enabled).
"""
import threading
import socket
import sys
import time


def main() -> int:
    path, data_file, echo_file = sys.argv[1], sys.argv[2], sys.argv[3]
    deadline = time.monotonic() + (float(sys.argv[4]) if len(sys.argv) > 4 else 30)
    data = open(data_file, "rb").read()
    ready = sys.argv[5].encode() if len(sys.argv) > 5 else b""
    if ready and not ready.endswith(b"\n"):
        ready += b"\n"  # READY is a line the guest sends
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as port:
        # QEMU creates the socket file, then listens on it: until it listens,
        # connecting is refused. Try again until it does (or QEMU gave up).
        while True:
            try:
                port.connect(path)
                break
            except (FileNotFoundError, ConnectionRefusedError):
                if time.monotonic() > deadline:
                    print(f"feed-serial: QEMU never listened on {path}", file=sys.stderr)
                    return 1
                time.sleep(0.01)
        echo = bytearray()

        started = threading.Event()

        def collect():
            port.settimeout(max(0.1, deadline - time.monotonic()))
            try:
                while chunk := port.recv(65536):
                    echo.extend(chunk)
                    if ready and not started.is_set() and len(echo) >= len(ready):
                        if echo.startswith(ready):
                            del echo[:len(ready)]
                        started.set()
            except (socket.timeout, ConnectionResetError, OSError):
                pass
            started.set()

        reader = threading.Thread(target=collect)
        reader.start()
        if ready:
            started.wait()
        port.sendall(data)  # as fast as QEMU takes them
        reader.join()
    with open(echo_file, "wb") as out:
        out.write(echo)
    return 0


if __name__ == "__main__":
    sys.exit(main())
