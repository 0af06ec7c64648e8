"""The probe's layers against what the real OpenOCD sent a probe.

tests/probe/recordings/ holds two sessions of OpenOCD 0.12 with the
emulated board (made by recordings/record, OpenOCD's output beside each):
every byte OpenOCD sent and every answer it got and accepted. Replayed here
through the remote_bitbang wires, the TAP, the JTAG-DP and the AHB-AP onto
a core that holds what QEMU held, the layers must give OpenOCD's bytes the
very same answers, and do to the core what OpenOCD meant: write the values
its commands wrote, program the words it programmed.
"""
import gzip
import os
import unittest

from fakes import FakeCore  # first: it finds common/probe
from cortex_m3 import CortexM3Debug
from jtag_dp import JtagDebugPort
from jtag_tap import TapController
from lm3s6965 import FlashController
from mem_ap import MemAccessPort
from remote_bitbang import Wires

RECORDINGS = os.path.join(os.path.dirname(__file__), "recordings")
# What QEMU 10.0's lm3s6965evb held when the sessions were recorded (as it
# answered its GDB stub): CPUID, the system controller's DID0, DID1, DC0,
# DC1, RCC, PLLCFG and RCC2, and the core's registers at a blank reset.
QEMU_WORDS = {0xE000ED00: 0x410FC231, 0x400FE000: 0x10010002, 0x400FE004: 0x1073402E,
              0x400FE008: 0x00FF007F, 0x400FE010: 0x001133FF, 0x400FE060: 0x078E3AC0,
              0x400FE064: 0x00001902, 0x400FE070: 0x07802810}
QEMU_REGISTERS = {"sp": 0xFFFFFFFC, "msp": 0xFFFFFFFC, "lr": 0xFFFFFFFF, "pc": 0xFFFFFFFE,
                  "xpsr": 0x41000000}


def chunks(name):
    """('>', bytes OpenOCD sent) and ('<', the answers it read), in order."""
    with gzip.open(os.path.join(RECORDINGS, name + ".bitbang.gz")) as recording:
        data = recording.read()
    at = 0
    while at < len(data):
        length = int.from_bytes(data[at + 1:at + 5], "little")
        yield chr(data[at]), data[at + 5:at + 5 + length]
        at += 5 + length


class Replay:
    def __init__(self, name):
        self.core = FakeCore()
        for address, word in QEMU_WORDS.items():
            self.core.memory.update(zip(range(address, address + 4), word.to_bytes(4, "little")))
        self.core.memory.update({address: 0xFF for address in range(0x400)})  # erased flash
        self.core.registers.update(QEMU_REGISTERS)
        self.debug = CortexM3Debug(self.core)
        self.flash = FlashController(self.core, self.debug)
        self.debug.chip = self.flash
        access_port = MemAccessPort(self.debug)
        wires = Wires(TapController(JtagDebugPort(lambda apsel: access_port if apsel == 0 else None)))
        self.answers, self.recorded = bytearray(), bytearray()
        for direction, data in chunks(name):
            if direction == ">":
                self.answers += wires.feed(data)[0]
            else:
                self.recorded += data

    def first_difference(self):
        for at, (ours, theirs) in enumerate(zip(self.answers, self.recorded)):
            if ours != theirs:
                return f"answer {at} of {len(self.recorded)}: the probe said {chr(ours)}, the recording {chr(theirs)}"
        if len(self.answers) != len(self.recorded):
            return f"{len(self.answers)} answers, the recording has {len(self.recorded)}"
        return None

    def word(self, address):
        return int.from_bytes(self.core.read_memory(address, 4), "little")


class MemorySession(unittest.TestCase):
    """init; mww, mdw; mwh, mdh; mwb, mdb; mdw DID0 DID1; mdw CPUID."""

    @classmethod
    def setUpClass(cls):
        cls.replay = Replay("memory")

    def test_every_answer_is_the_one_openocd_got(self):
        self.assertIsNone(self.replay.first_difference())

    def test_the_idcode_openocd_found(self):
        with open(os.path.join(RECORDINGS, "memory.txt")) as output:
            self.assertIn("tap/device found: 0x3ba00477", output.read())

    def test_the_writes_reached_memory_on_their_lanes(self):
        core = self.replay.core
        self.assertEqual(self.replay.word(0x20000000), 0x12345678)
        self.assertEqual(core.read_memory(0x20000006, 2), b"\xef\xbe")
        self.assertEqual(core.read_memory(0x20000008, 4), b"\x00\xab\x00\x00")

    def test_what_openocd_printed_is_what_the_core_held(self):
        with open(os.path.join(RECORDINGS, "memory.txt")) as output:
            text = output.read()
        self.assertIn("0x400fe000: 10010002 1073402e", text)
        self.assertIn("0xe000ed00: 410fc231", text)
        self.assertIn("Cortex-M3 r0p1 processor detected", text)


class FlashSession(unittest.TestCase):
    """init; halt; flash write_image erase (16 bytes at 0); verify_image."""

    @classmethod
    def setUpClass(cls):
        cls.replay = Replay("flash")

    def test_every_answer_is_the_one_openocd_got(self):
        self.assertIsNone(self.replay.first_difference())

    def test_one_page_erased_and_programmed_whole(self):
        # flash write_image erase pads the image to the end of its page
        # with 0xFF (OpenOCD's flash.c) and programs every word of it.
        self.assertEqual(self.replay.flash.pages_erased, 1)
        self.assertEqual(self.replay.flash.words_programmed, 256)

    def test_the_image_is_in_flash(self):
        self.assertEqual(self.replay.core.read_memory(0, 16), bytes(range(1, 17)))
        self.assertEqual(self.replay.word(16), 0xFFFFFFFF)

    def test_openocd_verified_it(self):
        with open(os.path.join(RECORDINGS, "flash.txt")) as output:
            self.assertIn("verified 16 bytes", output.read())


if __name__ == "__main__":
    unittest.main()
