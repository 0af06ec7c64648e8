#!/usr/bin/env python3
"""Feed bytes into an emulated UART: connect to QEMU's serial port (a Unix
socket QEMU listens on), send everything, and stay connected until QEMU
closes it, so no byte is cut off. What the guest sends back is saved.

    feed-serial.py SOCKET FILE ECHO-FILE [TIMEOUT]
"""
import threading
import os
import socket
import sys
import time


def main() -> int:
    path, data_file, echo_file = sys.argv[1], sys.argv[2], sys.argv[3]
    deadline = time.monotonic() + (float(sys.argv[4]) if len(sys.argv) > 4 else 30)
    data = open(data_file, "rb").read()
    while not os.path.exists(path):
        if time.monotonic() > deadline:
            print(f"feed-serial: QEMU never opened {path}", file=sys.stderr)
            return 1
        time.sleep(0.01)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as port:
        port.connect(path)
        echo = bytearray()

        def collect():
            port.settimeout(max(0.1, deadline - time.monotonic()))
            try:
                while chunk := port.recv(65536):
                    echo.extend(chunk)
            except (socket.timeout, ConnectionResetError, OSError):
                pass

        reader = threading.Thread(target=collect)
        reader.start()
        port.sendall(data)  # as fast as QEMU takes them
        reader.join()
    with open(echo_file, "wb") as out:
        out.write(echo)
    return 0


if __name__ == "__main__":
    sys.exit(main())
