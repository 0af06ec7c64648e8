"""The core behind the emulated probe: QEMU, through its GDB stub.

GDB's remote serial protocol (the GDB manual, appendix E, "GDB Remote Serial
Protocol"): packets `$data#checksum`, answered the same way. QEMU's stub is
all-stop: while the CPU runs it only listens for an interrupt (byte 0x03),
and it says when the CPU has stopped with a stop reply (`T05...`).

QemuCore gives the debug block (cortex_m3.py) what it needs: registers by
name, memory, breakpoints and watchpoints, run, step, halt and reset. QEMU
names its registers in target.xml; those of the M-profile system
(msp, psp, primask, basepri, faultmask, control) come with QEMU 8.1 and
later, and without them the probe cannot answer a debugger (see
`MissingRegisters`).
"""
import re
import select
import socket
import time

from cortex_m3 import Stop

SYSTEM_REGISTERS = ("msp", "psp", "primask", "basepri", "faultmask", "control")
# Memory that reading twice cannot change (LM3S6965 data sheet, table 2-4,
# "Memory map": flash, then SRAM): read 256 bytes at a time while the core
# is halted. Peripheral registers are read exactly as asked: reading one
# may change it (a UART's data register gives the next byte).
CACHED = ((0x00000000, 0x00040000), (0x20000000, 0x20010000))
BLOCK = 256
# Qqemu.sstep flags (QEMU's gdbstub): step, and without interrupts or timers.
SSTEP_ENABLE, SSTEP_NOIRQ, SSTEP_NOTIMER = 0x1, 0x2, 0x4


class MissingRegisters(Exception):
    pass


class Disconnected(Exception):
    """QEMU's stub went away: the emulated chip has stopped (QEMU exited)."""


def checksum(data: bytes) -> bytes:
    return b"%02x" % (sum(data) & 0xFF)


def unescape(data: bytes) -> bytes:
    """Run-length encoding (`X*n`) and escapes (`}` then byte ^ 0x20)."""
    out = bytearray()
    i = 0
    while i < len(data):
        byte = data[i]
        if byte == 0x7D:
            out.append(data[i + 1] ^ 0x20)
            i += 2
        elif byte == 0x2A and out:
            out.extend(out[-1:] * (data[i + 1] - 29))
            i += 2
        else:
            out.append(byte)
            i += 1
    return bytes(out)


class GdbStub:
    """One connection to QEMU's stub, in no-acknowledgement mode."""

    def __init__(self, connection: socket.socket):
        self.socket = connection
        self.buffer = b""
        # (socket, callback): what must go on being read while this waits
        # for QEMU. QEMU's UART writes block QEMU until they are read: a
        # program printing while the probe waits on the stub would
        # otherwise stop both.
        self.meanwhile = None
        self.socket.sendall(b"+")
        self.request(b"qSupported:xmlRegisters=arm")
        if self.request(b"QStartNoAckMode") == b"OK":
            self.acks = False
        else:
            self.acks = True

    acks = True

    def send(self, data: bytes):
        try:
            self.socket.sendall(b"$" + data + b"#" + checksum(data))
        except OSError as error:
            raise Disconnected(str(error))

    def receive(self, timeout=None) -> bytes | None:
        """The next packet; None if none came within TIMEOUT seconds."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            start = self.buffer.find(b"$")
            end = self.buffer.find(b"#", start)
            if start >= 0 and end >= 0 and len(self.buffer) >= end + 3:
                packet = self.buffer[start + 1:end]
                self.buffer = self.buffer[end + 3:]
                if self.acks:
                    self.socket.sendall(b"+")
                return unescape(packet)
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            watched = [self.socket] + ([self.meanwhile[0]] if self.meanwhile else [])
            readable = select.select(watched, [], [], wait)[0]
            if not readable:
                return None
            if self.meanwhile and self.meanwhile[0] in readable:
                self.meanwhile[1]()
            if self.socket not in readable:
                continue
            try:
                chunk = self.socket.recv(65536)
            except OSError as error:
                raise Disconnected(str(error))
            if not chunk:
                raise Disconnected("QEMU closed its GDB stub")
            self.buffer = (self.buffer + chunk).lstrip(b"+")

    def request(self, data: bytes) -> bytes:
        self.send(data)
        return self.receive()

    def interrupt(self):
        try:
            self.socket.sendall(b"\x03")
        except OSError as error:
            raise Disconnected(str(error))


def stop_of(reply: bytes) -> Stop:
    """A stop reply: T05 with `watch:`, `rwatch:` or `awatch:` is a
    watchpoint; T05 alone a breakpoint or a finished step; T02 (SIGINT) the
    interrupt we asked for."""
    text = reply.decode()
    found = re.search(r"(?:^|;)(?:r|a)?watch:([0-9a-fA-F]+);", text)
    if found:
        return Stop("watchpoint", int(found.group(1), 16))
    if text.startswith("T05") or text.startswith("S05"):
        return Stop("breakpoint")
    if text[:1] in ("W", "X"):
        raise Disconnected(f"QEMU's guest ended ({text})")
    return Stop("halted")


class QemuCore:
    def __init__(self, stub: GdbStub, log=None):
        self.stub = stub
        self.unwritten = []  # (address, bytes) programmed into flash, not yet sent
        self.log = log or (lambda *_: None)
        self.running = False
        self.pending_stop = None  # a stop that came while we paused the core
        self.registers = self.register_numbers()
        self.cache = {}
        self.memory = {}  # block address -> bytes, while halted
        self.breakpoints = set()
        self.watchpoints = set()
        self.sstep = None

    # --- every packet to QEMU goes through these two ------------------------
    def request(self, packet):
        self.write_programmed()
        return self.stub.request(packet)

    def send(self, packet):
        self.write_programmed()
        self.stub.send(packet)

    def program(self, address, data):
        """Flash the flash controller has programmed: sent to QEMU with the
        next packet, runs joined (one packet per run, not one per word)."""
        if self.running:
            self.write_memory(address, data)
            return
        for block in range(address & ~(BLOCK - 1), address + len(data), BLOCK):
            self.memory.pop(block, None)
        # A run is sent as one M packet: at most 1 KB, 2 KB of hex, inside
        # the 4 KB PacketSize QEMU's stub announces.
        if self.unwritten and self.unwritten[-1][0] + len(self.unwritten[-1][1]) == address \
                and len(self.unwritten[-1][1]) + len(data) <= 1024:
            start, before = self.unwritten[-1]
            self.unwritten[-1] = (start, before + data)
        else:
            self.unwritten.append((address, bytes(data)))

    def write_programmed(self):
        while self.unwritten:
            address, data = self.unwritten.pop(0)
            reply = self.stub.request(b"M%x,%x:%s" % (address, len(data), data.hex().encode()))
            if reply != b"OK":
                self.log(f"QEMU refused to write {len(data)} bytes of flash at {address:#010x}: {reply.decode()}")

    def register_numbers(self):
        """Register name -> number, from target.xml and what it includes."""
        numbers, pending, number = {}, ["target.xml"], 0
        while pending:
            name = pending.pop(0)
            text = self.read_feature(name)
            pending.extend(re.findall(r'<xi:include href="([^"]+)"', text))
            for attributes in re.findall(r"<reg ([^>]*)>", text):
                found = dict(re.findall(r'(\w+)="([^"]*)"', attributes))
                number = int(found["regnum"]) if "regnum" in found else number
                numbers[found["name"]] = number
                number += 1
        missing = [name for name in SYSTEM_REGISTERS if name not in numbers]
        if missing:
            raise MissingRegisters(", ".join(missing))
        return numbers

    def read_feature(self, name):
        text, offset = b"", 0
        while True:
            reply = self.request(b"qXfer:features:read:%s:%x,fff" % (name.encode(), offset))
            text += reply[1:]
            offset += len(reply) - 1
            if reply[:1] != b"m":
                return text.decode()

    # --- while stopped -----------------------------------------------------
    def paused(self):
        """Stop a running core for a moment (the probe reads memory while it
        runs, as an AHB-AP does without halting it). Returns whether it must
        be started again."""
        if not self.running:
            return False
        stop = self.halt()
        if stop.reason != "halted":
            self.pending_stop = stop  # it stopped by itself meanwhile
            return False
        return True

    def resume_after(self, was_running):
        if was_running:
            self.resume()

    def read_register(self, name):
        if name not in self.cache:
            reply = self.request(b"p%x" % self.registers[name])
            self.cache[name] = int.from_bytes(bytes.fromhex(reply.decode()), "little")
        return self.cache[name]

    def write_register(self, name, value):
        data = (value & 0xFFFFFFFF).to_bytes(4, "little").hex().encode()
        self.request(b"P%x=%s" % (self.registers[name], data))
        self.cache.pop(name, None)
        if name in ("sp", "msp", "psp", "control"):
            self.cache.clear()  # one of them is another's view

    def pc(self):
        return self.read_register("pc") & ~1

    def read_memory(self, address, length):
        block = address & ~(BLOCK - 1)
        if not self.running and address + length <= block + BLOCK and any(
                start <= address < end for start, end in CACHED):
            if block not in self.memory:
                reply = self.request(b"m%x,%x" % (block, BLOCK))
                if reply[:1] == b"E" or len(reply) != 2 * BLOCK:
                    return None
                self.memory[block] = bytes.fromhex(reply.decode())
            return self.memory[block][address - block:address - block + length]
        was_running = self.paused()
        reply = self.request(b"m%x,%x" % (address, length))
        self.resume_after(was_running)
        if reply[:1] == b"E" or len(reply) != 2 * length:
            return None
        return bytes.fromhex(reply.decode())

    def write_memory(self, address, data):
        for block in range(address & ~(BLOCK - 1), address + len(data), BLOCK):
            self.memory.pop(block, None)
        was_running = self.paused()
        reply = self.request(b"M%x,%x:%s" % (address, len(data), data.hex().encode()))
        self.resume_after(was_running)
        return reply == b"OK"

    def set_breakpoints(self, addresses):
        self.update(set(addresses), self.breakpoints, lambda a, on: b"%s1,%x,2" % (b"Z" if on else b"z", a))
        self.breakpoints = set(addresses)

    def set_watchpoints(self, watchpoints):
        kinds = {"write": 2, "read": 3, "access": 4}
        self.update(set(watchpoints), self.watchpoints,
                    lambda w, on: b"%s%d,%x,%x" % (b"Z" if on else b"z", kinds[w[0]], w[1], w[2]))
        self.watchpoints = set(watchpoints)

    def update(self, wanted, installed, packet):
        if wanted == installed:
            return
        was_running = self.paused()
        for item in installed - wanted:
            self.request(packet(item, False))
        for item in wanted - installed:
            if self.request(packet(item, True)) != b"OK":
                self.log(f"QEMU refused {packet(item, True).decode()}")
        self.resume_after(was_running)

    # --- run control -------------------------------------------------------
    def forget(self):
        """The core runs, or has reset: what was read may have changed."""
        self.cache.clear()
        self.memory.clear()

    def resume(self):
        self.forget()
        if self.pending_stop:
            return  # it has stopped already: poll() will say so
        self.send(b"c")
        self.running = True

    def poll(self):
        return self.wait(0)

    def wait(self, timeout):
        if self.pending_stop:
            stop, self.pending_stop = self.pending_stop, None
            self.running = False
            return stop
        if not self.running:
            return None
        reply = self.stub.receive(timeout)
        if reply is None:
            return None
        self.running = False
        self.forget()
        return stop_of(reply)

    def halt(self):
        if not self.running:
            stop, self.pending_stop = self.pending_stop or Stop("halted"), None
            return stop
        self.stub.interrupt()
        # The CPU may have stopped by itself just before: then that stop
        # reply comes, and no second one for the interrupt.
        stop = stop_of(self.stub.receive())
        self.running = False
        self.forget()
        return stop

    def step(self, mask_interrupts):
        # Masked, it steps as QEMU steps for GDB (no interrupt, no timer
        # moves), so a session through the probe stops where one on QEMU does.
        flags = SSTEP_ENABLE | (SSTEP_NOIRQ | SSTEP_NOTIMER if mask_interrupts else 0)
        if flags != self.sstep:
            self.request(b"Qqemu.sstep=%x" % flags)
            self.sstep = flags
        before = self.pc()
        self.forget()
        stop = stop_of(self.request(b"s"))
        if stop.reason == "breakpoint" and not (self.pc() == before and before in self.breakpoints):
            # QEMU says T05 for a finished step too; a breakpoint is a step
            # that did not move off the breakpoint's address.
            stop = Stop("halted")
        return stop

    def reset(self):
        """A system reset: QEMU's `system_reset` (the monitor command, through
        the stub's qRcmd). The CPU stays stopped and loads SP and PC from the
        vector table in flash, as the real reset does."""
        self.request(b"qRcmd," + b"system_reset".hex().encode())
        self.forget()
