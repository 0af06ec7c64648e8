"""The remote_bitbang wires against OpenOCD 0.12's definition of them
(src/jtag/drivers/remote_bitbang.c: remote_bitbang_write, _sample, _reset,
_blink, _quit)."""
import unittest

import fakes  # noqa: F401  (puts common/probe on the path)
from jtag_tap import State, TapController
from remote_bitbang import Wires


class Port:
    ir_length, ir_capture = 4, 0b0001

    def __init__(self):
        self.resets = 0

    def reset(self):
        self.resets += 1

    def dr_length(self):
        return 8

    def dr_capture(self):
        return 0b10110101

    def dr_update(self, value):
        pass

    def ir_update(self, value):
        pass


def edge(tms, tdi=0):
    """One clock as OpenOCD's bitbang_scan sends it: TCK low, then high."""
    return b"%d%d" % ((tms << 1) | tdi, 4 | (tms << 1) | tdi)


class Protocol(unittest.TestCase):
    def setUp(self):
        self.port = Port()
        self.tap = TapController(self.port)
        self.wires = Wires(self.tap)

    def test_a_rising_tck_clocks_the_tap_with_that_byte_s_tms(self):
        # '0' + (tck << 2 | tms << 1 | tdi): '2' is TMS high, '6' TMS high with TCK.
        self.wires.feed(edge(0))
        self.assertEqual(self.tap.state, State.RUN_TEST_IDLE)
        self.wires.feed(b"2")  # TCK stays low: no edge
        self.assertEqual(self.tap.state, State.RUN_TEST_IDLE)
        self.wires.feed(b"6")
        self.assertEqual(self.tap.state, State.SELECT_DR_SCAN)

    def test_r_reads_tdo(self):
        self.wires.feed(edge(0) + edge(1) + edge(0) + edge(0))  # Shift-DR
        answers, _ = self.wires.feed(b"0R4" * 3)
        self.assertEqual(answers, b"101")  # 0b...101, least significant bit first

    def test_trst_resets_the_tap(self):
        # 'r' + (trst << 1 | srst): 't' asserts TRST.
        self.wires.feed(edge(0) + edge(1))
        self.wires.feed(b"t")
        self.assertEqual(self.tap.state, State.TEST_LOGIC_RESET)

    def test_srst_is_not_modelled_and_says_so(self):
        said = []
        wires = Wires(self.tap, log=said.append)
        wires.feed(b"s")
        self.assertTrue(said and "SRST" in said[0])

    def test_the_led_is_ignored_and_q_ends_the_session(self):
        answers, quit = self.wires.feed(b"BbQ")
        self.assertEqual((answers, quit), (b"", True))

    def test_a_target_without_power_reads_all_ones(self):
        wires = Wires(self.tap, powered=lambda: False)
        answers, _ = wires.feed(edge(0) + edge(1) + edge(0) + edge(0) + b"0R4" * 8)
        self.assertEqual(answers, b"11111111")
        self.assertEqual(self.tap.state, State.TEST_LOGIC_RESET)  # nothing clocked it


if __name__ == "__main__":
    unittest.main()
