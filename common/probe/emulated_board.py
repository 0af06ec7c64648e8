"""The emulated EK-LM3S6965: QEMU's lm3s6965evb with blank flash, and what
the real board's FTDI chip gives a PC: a JTAG probe and a serial port.

  python3 emulated_board.py DIR [--corrupt-flash-word ADDRESS] [--record FILE]

Everything lives in DIR (made by common/probe/board, which starts and stops
this process):
  probe.sock     the JTAG probe: OpenOCD's remote_bitbang, on a Unix socket
  serial         the board's serial port: a link to a pseudo-terminal
  uart.log       every byte the UART sent (for the checks)
  board.log      what happened: sessions, flash words written, what is not modelled
  ready          written once all of it is up
QEMU's own sockets (its GDB stub, its UART) are Unix sockets in DIR too:
nothing here listens on a network port.

A flash written through the probe stays written until the board stops, as
on a real board; QEMU is started with every flash byte 0xFF (erased), so
what runs is what OpenOCD wrote.
"""
import argparse
import os
import select
import signal
import socket
import subprocess
import sys
import time
import tty

from cortex_m3 import CortexM3Debug
from jtag_dp import JtagDebugPort
from jtag_tap import TapController
from lm3s6965 import FLASH_SIZE, FlashController
from mem_ap import MemAccessPort
from qemu_gdbstub import Disconnected, GdbStub, MissingRegisters, QemuCore
from remote_bitbang import Wires


class Board:
    def __init__(self, directory, corrupt_word=None, record=None):
        self.directory = directory
        self.log_file = open(self.path("board.log"), "a", buffering=1)
        self.record = open(record, "wb") if record else None
        self.corrupt_word = corrupt_word
        self.qemu = None
        self.powered = False
        self.uart = None
        self.terminal = None
        self.openocd = None

    def path(self, name):
        return os.path.join(self.directory, name)

    def log(self, text):
        self.log_file.write(f"{text}\n")

    # --- power on ----------------------------------------------------------
    def start_qemu(self):
        erased = self.path("erased-flash.bin")
        with open(erased, "wb") as blank:
            blank.write(b"\xff" * FLASH_SIZE)
        command = [
            "qemu-system-arm", "-machine", "lm3s6965evb", "-display", "none", "-monitor", "none",
            # Held halted at reset until the probe lets it run.
            "-S", "-gdb", f"unix:{self.path('qemu-gdb.sock')},server=on,wait=off",
            # Every flash byte erased, as a new chip's: OpenOCD writes the program.
            "-device", f"loader,file={erased},addr=0",
            "-chardev", f"socket,id=uart,path={self.path('qemu-uart.sock')},server=on,wait=off",
            "-serial", "chardev:uart",
            # Deterministic time (as the course's QEMU checks): about 15 MHz.
            "-icount", "shift=6,align=off,sleep=off",
        ]
        self.qemu = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                     stdout=open(self.path("qemu.log"), "w"), stderr=subprocess.STDOUT)
        gdb = self.connect(self.path("qemu-gdb.sock"))
        self.uart = self.connect(self.path("qemu-uart.sock"))
        self.powered = True
        return GdbStub(gdb)

    def connect(self, path):
        """QEMU's socket, once QEMU has made it (it exits on error)."""
        while True:
            if self.qemu.poll() is not None:
                raise SystemExit(f"QEMU exited: {open(self.path('qemu.log')).read().strip()}")
            try:
                connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                connection.connect(path)
                return connection
            except (FileNotFoundError, ConnectionRefusedError):
                connection.close()
                time.sleep(0.01)

    def build(self, stub):
        self.core = QemuCore(stub, self.log)
        self.debug = CortexM3Debug(self.core, log=self.log)
        self.flash = FlashController(self.core, self.debug, self.log, self.corrupt_word)
        self.debug.chip = self.flash
        port = JtagDebugPort(lambda apsel: self.access_port if apsel == 0 else None, log=self.log)
        self.access_port = MemAccessPort(self.debug)
        self.tap = TapController(port)
        self.wires = Wires(self.tap, powered=lambda: self.powered, log=self.log)

    def open_terminal(self):
        """The board's serial port, as the PC sees it: a pseudo-terminal
        (what /dev/ttyUSB1 is for the real board's FTDI chip)."""
        try:
            master, slave = os.openpty()
        except OSError as error:
            self.log(f"no serial port: this system has no pseudo-terminals ({error}); mount devpts on /dev/pts")
            return
        tty.setraw(master)
        # Never wait for a terminal that reads slowly: a USB serial port
        # drops what its buffer cannot hold, and so does this one.
        os.set_blocking(master, False)
        name = os.ttyname(slave)
        os.close(slave)  # only a terminal program keeps it open
        link = self.path("serial")
        if os.path.lexists(link):
            os.remove(link)
        os.symlink(name, link)
        self.terminal = master
        self.log(f"serial port: {name}")

    # --- running -----------------------------------------------------------
    def serve(self):
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(self.path("probe.sock"))
        listener.listen(1)
        with open(self.path("ready"), "w") as ready:
            ready.write(f"{os.getpid()}\n")
        self.uart_log = open(self.path("uart.log"), "ab", buffering=0)
        self.core.stub.meanwhile = (self.uart, self.from_uart)
        # Like every QEMU the course starts, this one has a time limit: a
        # board nobody switched off goes off by itself (make gdbserver's is a
        # day too; the checks give theirs ten minutes).
        lifetime = float(os.environ.get("EMULATED_BOARD_LIFETIME", 86400))
        deadline = time.monotonic() + lifetime
        while time.monotonic() < deadline:
            watched = [listener] + [s for s in (self.openocd, self.uart) if s is not None]
            # A pseudo-terminal nobody has open reads as hung up, always
            # "readable": watch it only while a terminal program has it,
            # and look four times a second for one that opens it.
            listening = self.terminal is not None and self.terminal_open()
            if listening:
                watched.append(self.terminal)
            # A running core's stop (a breakpoint, a bkpt) arrives as QEMU's
            # stop reply, whether or not a debugger is there to ask.
            running = self.powered and self.core.running
            if running:
                watched.append(self.core.stub.socket)
            readable = select.select(watched, [], [], 1.0 if listening or self.terminal is None else 0.25)[0]
            if not readable and self.powered and self.qemu.poll() is not None:
                self.power_lost()  # QEMU gone while nobody asked anything of it
            if listener in readable:
                self.accept(listener)
            if self.openocd is not None and self.openocd in readable:
                self.from_openocd()
            if self.uart is not None and self.uart in readable:
                self.from_uart()
            if self.terminal is not None and self.terminal in readable:
                self.from_terminal()
            if running and self.core.stub.socket in readable:
                self.core_stopped()
        self.log(f"switched off after {lifetime:.0f} s, its time limit (EMULATED_BOARD_LIFETIME)")

    def accept(self, listener):
        connection, _ = listener.accept()
        if self.openocd is not None:
            # One probe, one user: a second OpenOCD finds it busy.
            connection.close()
            self.log("a second OpenOCD tried to connect while one is connected: refused")
            return
        self.openocd = connection
        self.session_start = (self.flash.words_programmed, self.flash.pages_erased, self.debug.bkpt_halts)
        self.log("OpenOCD connected")

    def from_openocd(self):
        data = self.openocd.recv(65536)
        quit = not data
        if data:
            if self.record:
                self.record.write(b">" + len(data).to_bytes(4, "little") + data)
            try:
                answers, quit = self.wires.feed(data)
            except Disconnected as error:
                self.power_lost(str(error))
                answers, quit = self.wires.feed(data)
            if answers:
                if self.record:
                    self.record.write(b"<" + len(answers).to_bytes(4, "little") + answers)
                try:
                    self.openocd.sendall(answers)
                except OSError:
                    quit = True
        if quit:
            self.openocd.close()
            self.openocd = None
            words = self.flash.words_programmed - self.session_start[0]
            pages = self.flash.pages_erased - self.session_start[1]
            try:
                state = f"; the core {self.core_state()}" if self.powered else ""
            except Disconnected as error:
                self.power_lost(str(error))
                state = ""
            bkpts = self.debug.bkpt_halts - self.session_start[2]
            self.log(f"OpenOCD disconnected: this session erased {pages} flash pages and programmed {words} flash words, "
                     f"the core halted {bkpts} times on a bkpt instruction{state}")

    def from_uart(self):
        data = self.uart.recv(4096)
        if not data:
            self.uart = None
            self.core.stub.meanwhile = None
            return
        self.uart_log.write(data)
        if self.terminal is not None and self.terminal_open():
            try:
                os.write(self.terminal, data)
            except BlockingIOError:
                pass

    def terminal_open(self):
        """Whether a terminal program has the serial port open. As on a real
        USB serial port, what the board sends while none has is lost."""
        poller = select.poll()
        poller.register(self.terminal, select.POLLOUT)
        return not any(events & select.POLLHUP for _, events in poller.poll(0))

    def from_terminal(self):
        try:
            data = os.read(self.terminal, 4096)
        except OSError:
            data = b""  # EIO: nobody has the port open; EAGAIN: nothing yet
        if data and self.uart is not None:
            self.uart.sendall(data)

    def core_stopped(self):
        try:
            stop = self.core.poll()
            if stop is None:
                return
            self.debug.on_stop(stop)
            if self.openocd is None:
                self.log(f"with no debugger attached, the core {self.core_state()}")
        except Disconnected as error:
            self.power_lost(str(error))

    def core_state(self):
        """Where the core is, in words, for the log."""
        if self.debug.locked_up:
            return "is locked up (it ran erased flash)"
        if not self.debug.halted:
            return "runs"
        pc = self.core.pc()
        instruction = int.from_bytes(self.core.read_memory(pc, 2) or b"\0\0", "little")
        semihosting = " (bkpt 0xab: a semihosting call, which no debugger answers)" if instruction == 0xBEAB else ""
        return f"halted at {pc:#010x}{semihosting}"

    def power_lost(self, why=""):
        if not self.powered:
            return
        self.powered = False
        message = open(self.path("qemu.log")).read().strip().splitlines()
        self.log(f"the target has stopped: QEMU exited{': ' + message[0] if message else ''} {why}".rstrip())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--corrupt-flash-word", type=lambda text: int(text, 0))
    parser.add_argument("--record")
    options = parser.parse_args()
    # Switched off (common/probe/board off): QEMU goes too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    board = Board(options.directory, options.corrupt_flash_word, options.record)
    try:
        stub = board.start_qemu()
        board.build(stub)
    except MissingRegisters as missing:
        version = subprocess.run(["qemu-system-arm", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
        board.log(f"QEMU's GDB stub shows no {missing} ({version}): the probe needs QEMU 8.1 or later")
        board.qemu.kill()
        sys.exit(3)
    board.open_terminal()
    try:
        board.serve()
    finally:
        if board.qemu.poll() is None:
            board.qemu.kill()
            board.qemu.wait()
        times = os.times()
        board.log(f"switched off: the probe used {times.user + times.system:.2f} s of CPU, "
                  f"QEMU {times.children_user + times.children_system:.2f} s")
        tally = os.environ.get("EMULATED_BOARD_TALLY")  # for measuring the checks' cost
        if tally:
            with open(tally, "a") as out:
                out.write(f"{times.user + times.system:.2f} {times.children_user + times.children_system:.2f}\n")


if __name__ == "__main__":
    main()
