"""The LM3S6965's flash controller against its data sheet (DS-LM3S6965,
chapter 8, "Internal Memory": FMA, FMD, FMC and its write key, FCRIS,
FCMISC)."""
import unittest

from fakes import FakeCore  # first: it finds common/probe
from cortex_m3 import CortexM3Debug
from lm3s6965 import FCMISC, FCRIS, FMA, FMC, FMD, USECRL, FlashController

WRKEY = 0xA442 << 16
WRITE, ERASE, MERASE = 1, 2, 4


class Flash(unittest.TestCase):
    def setUp(self):
        self.core = FakeCore()
        self.core.memory.update({a: 0xFF for a in range(0x800)})
        self.debug = CortexM3Debug(self.core)
        self.flash = FlashController(self.core, self.debug)
        self.debug.chip = self.flash

    def write(self, address, value):
        self.assertTrue(self.debug.write(address, 4, value))

    def read(self, address):
        return self.debug.read(address, 4)[0]

    def program(self, address, word):
        self.write(FMA, address)
        self.write(FMD, word)
        self.write(FMC, WRKEY | WRITE)

    def word(self, address):
        return int.from_bytes(self.core.read_memory(address, 4), "little")

    def test_a_word_programmed(self):
        self.program(0x400, 0x12345678)
        self.assertEqual(self.word(0x400), 0x12345678)
        self.assertEqual(self.flash.words_programmed, 1)

    def test_the_command_bit_reads_0_when_done(self):
        self.program(0x400, 0)
        self.assertEqual(self.read(FMC) & WRITE, 0)

    def test_no_key_no_write(self):
        # FMC: "the WRKEY field must be 0xA442 for the write to have effect".
        self.write(FMA, 0x400)
        self.write(FMD, 0)
        self.write(FMC, WRITE)
        self.assertEqual(self.word(0x400), 0xFFFFFFFF)

    def test_programming_only_clears_bits(self):
        self.program(0x400, 0xFFFF0000)
        self.program(0x400, 0x0000FFFF)
        self.assertEqual(self.word(0x400), 0)

    def test_page_erase(self):
        self.program(0x404, 0)
        self.write(FMA, 0x7FC)  # any address in the 1 KB page
        self.write(FMC, WRKEY | ERASE)
        self.assertEqual(self.word(0x404), 0xFFFFFFFF)
        self.assertEqual(self.flash.pages_erased, 1)

    def test_mass_erase_erases_every_page(self):
        self.write(FMC, WRKEY | MERASE)
        self.assertEqual(self.flash.pages_erased, 256)

    def test_programming_done_raises_pris_until_cleared(self):
        self.program(0x400, 0)
        self.assertEqual(self.read(FCRIS) & 2, 2)
        self.write(FCMISC, 2)
        self.assertEqual(self.read(FCRIS) & 2, 0)

    def test_usecrl_resets_to_0x31(self):
        self.assertEqual(self.read(USECRL), 0x31)

    def test_a_plain_store_to_flash_is_a_bus_error(self):
        self.assertFalse(self.debug.write(0x400, 4, 0))

    def test_a_bkpt_programmed_into_flash_stops_the_core(self):
        self.program(0x400, 0xBEAB4770)  # bx lr; bkpt 0xab
        self.assertEqual(self.core.breakpoints, {0x402})

    def test_commit_is_not_modelled_and_says_so(self):
        said = []
        self.flash.log = said.append
        self.write(FMC, WRKEY | 8)  # COMT: commit the protection registers
        self.assertTrue(said and "COMT" in said[0])

    def test_the_corrupting_test_hook_flips_one_bit(self):
        self.flash.corrupt_word = 0x400
        self.program(0x400, 0x12345678)
        self.assertEqual(self.word(0x400), 0x12345679)


if __name__ == "__main__":
    unittest.main()
