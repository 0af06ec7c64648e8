"""The JTAG-DP against ADIv5 (ARM IHI 0031), chapters 2 and 3, through the
TAP as a probe drives it."""
import unittest

from fakes import JtagDriver
from jtag_dp import (ACK_OK_FAULT, CDBGPWRUPACK, CDBGPWRUPREQ, CSYSPWRUPACK, CSYSPWRUPREQ, IR_APACC, IR_BYPASS,
                     IR_DPACC, IR_IDCODE, LM3S6965_IDCODE, STICKYERR, JtagDebugPort)
from jtag_tap import TapController

CTRL_STAT, SELECT, RDBUFF = 0x4, 0x8, 0xC


class OneRegisterAp:
    """An AP whose register 0xFC holds 0x12345678 and whose 0x0C fails."""

    def __init__(self):
        self.writes = []

    def read(self, register):
        if register == 0x0C:
            return 0, False
        return (0x12345678 if register == 0xFC else register), True

    def write(self, register, value):
        self.writes.append((register, value))
        return register != 0x0C


def debug_port(aps=None):
    ap = OneRegisterAp()
    port = JtagDebugPort(lambda apsel: ap if apsel == 0 else None)
    return port, JtagDriver(TapController(port)), ap


class Identification(unittest.TestCase):
    def test_idcode_is_selected_after_reset(self):
        _, jtag, _ = debug_port()
        self.assertEqual(jtag.dr(0, 32), LM3S6965_IDCODE)

    def test_idcode_instruction(self):
        _, jtag, _ = debug_port()
        jtag.ir(IR_BYPASS)
        jtag.ir(IR_IDCODE)
        self.assertEqual(jtag.dr(0, 32), LM3S6965_IDCODE)

    def test_bypass_is_one_bit_that_captures_zero(self):
        _, jtag, _ = debug_port()
        jtag.ir(IR_BYPASS)
        # 3.2 / IEEE 1149.1 10.1: a zero, then TDI delayed by one bit.
        self.assertEqual(jtag.dr(0b1011, 5), 0b10110)

    def test_unused_instructions_act_as_bypass(self):
        _, jtag, _ = debug_port()
        jtag.ir(0b0000)
        self.assertEqual(jtag.dr(0b1, 2), 0b10)

    def test_ir_captures_0001(self):
        _, jtag, _ = debug_port()
        self.assertEqual(jtag.ir(IR_DPACC), 0b0001)


class DebugPortRegisters(unittest.TestCase):
    def test_power_up_requests_are_acknowledged(self):
        _, jtag, _ = debug_port()
        jtag.access(IR_DPACC, False, CTRL_STAT, CDBGPWRUPREQ | CSYSPWRUPREQ)
        jtag.access(IR_DPACC, True, CTRL_STAT)
        value, ack = jtag.access(IR_DPACC, True, RDBUFF)
        self.assertEqual(value & 0xF0000000, CDBGPWRUPREQ | CDBGPWRUPACK | CSYSPWRUPREQ | CSYSPWRUPACK)
        self.assertEqual(ack, ACK_OK_FAULT)

    def test_a_read_result_comes_with_the_next_scan(self):
        # 3.4.3: the data captured by a scan is the result of the previous read.
        _, jtag, _ = debug_port()
        jtag.access(IR_DPACC, False, SELECT, 0x000000F0)
        first, _ = jtag.access(IR_DPACC, True, SELECT)
        second, _ = jtag.access(IR_DPACC, True, RDBUFF)
        self.assertNotEqual(first, 0xF0)
        self.assertEqual(second, 0xF0)

    def test_rdbuff_reads_as_zero(self):
        _, jtag, _ = debug_port()
        jtag.access(IR_DPACC, True, RDBUFF)
        self.assertEqual(jtag.access(IR_DPACC, True, RDBUFF)[0], 0)

    def test_select_chooses_the_ap_register_bank(self):
        _, jtag, _ = debug_port()
        jtag.access(IR_DPACC, False, SELECT, 0x000000F0)  # APSEL 0, bank 0xF
        jtag.access(IR_APACC, True, 0xC)  # 0xFC: IDR
        self.assertEqual(jtag.access(IR_DPACC, True, RDBUFF)[0], 0x12345678)

    def test_an_ap_that_is_not_there_reads_zero(self):
        _, jtag, _ = debug_port()
        jtag.access(IR_DPACC, False, SELECT, 0x010000F0)  # APSEL 1
        jtag.access(IR_APACC, True, 0xC)
        self.assertEqual(jtag.access(IR_DPACC, True, RDBUFF)[0], 0)

    def test_a_failed_transfer_sets_stickyerr_until_written_1(self):
        # 2.3.2: STICKYERR is set by a failed AP transaction; on a JTAG-DP,
        # writing 1 to it clears it.
        _, jtag, _ = debug_port()
        jtag.access(IR_DPACC, False, SELECT, 0)
        jtag.access(IR_APACC, False, 0xC, 5)  # register 0x0C fails
        jtag.access(IR_DPACC, True, CTRL_STAT)
        self.assertTrue(jtag.access(IR_DPACC, True, RDBUFF)[0] & STICKYERR)
        jtag.access(IR_DPACC, False, CTRL_STAT, STICKYERR)
        jtag.access(IR_DPACC, True, CTRL_STAT)
        self.assertFalse(jtag.access(IR_DPACC, True, RDBUFF)[0] & STICKYERR)

    def test_ap_writes_reach_the_ap(self):
        _, jtag, ap = debug_port()
        jtag.access(IR_DPACC, False, SELECT, 0x00000010)
        jtag.access(IR_APACC, False, 0x4, 0xCAFE)
        self.assertEqual(ap.writes, [(0x14, 0xCAFE)])


if __name__ == "__main__":
    unittest.main()
