"""Doubles for the probe's layers: a core that records what it is asked,
and a memory bus, in place of QEMU."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "common", "probe"))

from cortex_m3 import Stop  # noqa: E402


class FakeBus:
    """A memory map of bytes; addresses in `faulty` answer with a bus error."""

    def __init__(self, faulty=()):
        self.memory = {}
        self.faulty = set(faulty)
        self.accesses = []

    def read(self, address, size):
        self.accesses.append(("read", address, size))
        if address in self.faulty:
            return 0, False
        return int.from_bytes(bytes(self.memory.get(address + i, 0) for i in range(size)), "little"), True

    def write(self, address, size, value):
        self.accesses.append(("write", address, size, value))
        if address in self.faulty:
            return False
        for i, byte in enumerate(value.to_bytes(size, "little")):
            self.memory[address + i] = byte
        return True


class FakeCore:
    """QemuCore's interface. `stops` are the stops it will report, in order,
    when it runs (None: it keeps running)."""

    def __init__(self):
        self.memory = {}
        self.registers = {name: 0 for name in
                          [f"r{n}" for n in range(13)] + ["sp", "lr", "pc", "xpsr", "msp", "psp",
                                                          "primask", "basepri", "faultmask", "control"]}
        self.calls = []
        self.running = False
        self.stops = []
        self.breakpoints = set()
        self.watchpoints = set()

    def read_memory(self, address, length):
        if address >= 0xF0000000:
            return None  # no memory there: QEMU's stub answers an error
        return bytes(self.memory.get(address + i, 0) for i in range(length))

    def write_memory(self, address, data):
        self.calls.append(("write_memory", address, bytes(data)))
        for i, byte in enumerate(data):
            self.memory[address + i] = byte
        return True

    def program(self, address, data):
        self.calls.append(("program", address, bytes(data)))
        for i, byte in enumerate(data):
            self.memory[address + i] = byte

    def read_register(self, name):
        self.calls.append(("read_register", name))
        return self.registers[name]

    def write_register(self, name, value):
        self.calls.append(("write_register", name, value))
        self.registers[name] = value

    def pc(self):
        return self.registers["pc"] & ~1

    def set_breakpoints(self, addresses):
        self.breakpoints = set(addresses)

    def set_watchpoints(self, watchpoints):
        self.watchpoints = set(watchpoints)

    def resume(self):
        self.calls.append(("resume",))
        self.running = True

    def poll(self):
        return self.wait(0)

    def wait(self, timeout):
        if self.running and self.stops:
            stop = self.stops.pop(0)
            if stop is not None:
                self.running = False
                return stop
        return None

    def halt(self):
        self.calls.append(("halt",))
        self.running = False
        return Stop("halted")

    def step(self, mask_interrupts):
        self.calls.append(("step", mask_interrupts))
        self.registers["pc"] += 2
        return Stop("halted")

    def reset(self):
        self.calls.append(("reset",))

    def did(self, name):
        return [call for call in self.calls if call[0] == name]


class JtagDriver:
    """What a probe does with the TAP's wires, as OpenOCD's bitbang driver
    does: reset, then scans that start and end in Run-Test/Idle."""

    def __init__(self, tap):
        self.tap = tap
        for _ in range(5):
            tap.clock(1, 0)
        tap.clock(0, 0)

    def scan(self, path_in, value, length):
        for tms in path_in:
            self.tap.clock(tms, 0)
        out = 0
        for n in range(length):
            out |= self.tap.tdo() << n
            self.tap.clock(int(n == length - 1), (value >> n) & 1)
        self.tap.clock(1, 0)  # Exit1 -> Update
        self.tap.clock(0, 0)  # Update -> Run-Test/Idle
        return out

    def ir(self, value):
        return self.scan((1, 1, 0, 0), value, 4)

    def dr(self, value, length):
        return self.scan((1, 0, 0), value, length)

    def access(self, instruction, read, address, data=0):
        """One DPACC/APACC scan; returns (captured value, ACK)."""
        self.ir(instruction)
        out = self.dr((data << 3) | ((address >> 2) << 1) | int(read), 35)
        return out >> 3, out & 0x7
