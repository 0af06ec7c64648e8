"""The TAP controller against IEEE 1149.1-2013, figure 6-1 and 6.1.1."""
import unittest

import fakes  # noqa: F401  (puts common/probe on the path)
from jtag_tap import State, TapController

# Figure 6-1, read edge by edge: (state, TMS, next state), all 32 edges.
FIGURE_6_1 = """
Test-Logic-Reset 0 Run-Test/Idle      Test-Logic-Reset 1 Test-Logic-Reset
Run-Test/Idle    0 Run-Test/Idle      Run-Test/Idle    1 Select-DR-Scan
Select-DR-Scan   0 Capture-DR         Select-DR-Scan   1 Select-IR-Scan
Capture-DR       0 Shift-DR           Capture-DR       1 Exit1-DR
Shift-DR         0 Shift-DR           Shift-DR         1 Exit1-DR
Exit1-DR         0 Pause-DR           Exit1-DR         1 Update-DR
Pause-DR         0 Pause-DR           Pause-DR         1 Exit2-DR
Exit2-DR         0 Shift-DR           Exit2-DR         1 Update-DR
Update-DR        0 Run-Test/Idle      Update-DR        1 Select-DR-Scan
Select-IR-Scan   0 Capture-IR         Select-IR-Scan   1 Test-Logic-Reset
Capture-IR       0 Shift-IR           Capture-IR       1 Exit1-IR
Shift-IR         0 Shift-IR           Shift-IR         1 Exit1-IR
Exit1-IR         0 Pause-IR           Exit1-IR         1 Update-IR
Pause-IR         0 Pause-IR           Pause-IR         1 Exit2-IR
Exit2-IR         0 Shift-IR           Exit2-IR         1 Update-IR
Update-IR        0 Run-Test/Idle      Update-IR        1 Select-DR-Scan
"""
EDGES = [tuple(line.split()[i:i + 3]) for line in FIGURE_6_1.strip().splitlines() for i in (0, 3)]
# The shortest TMS path from Test-Logic-Reset to each state (figure 6-1).
PATH_FROM_RESET = {
    "Test-Logic-Reset": "", "Run-Test/Idle": "0", "Select-DR-Scan": "01", "Capture-DR": "010",
    "Shift-DR": "0100", "Exit1-DR": "0101", "Pause-DR": "01010", "Exit2-DR": "010101",
    "Update-DR": "01011", "Select-IR-Scan": "011", "Capture-IR": "0110", "Shift-IR": "01100",
    "Exit1-IR": "01101", "Pause-IR": "011010", "Exit2-IR": "0110101", "Update-IR": "011011",
}


class Register:
    """A debug port with one data register of a chosen length: records what
    it is asked and updated with."""

    ir_length = 4
    ir_capture = 0b0001

    def __init__(self, length=8, captured=0):
        self.length, self.captured = length, captured
        self.events = []

    def reset(self):
        self.events.append("reset")

    def dr_length(self):
        return self.length

    def dr_capture(self):
        self.events.append("capture-dr")
        return self.captured

    def dr_update(self, value):
        self.events.append(("update-dr", value))

    def ir_update(self, value):
        self.events.append(("update-ir", value))


def walk(tap, tms_bits, tdi=0):
    for bit in tms_bits:
        tap.clock(int(bit), tdi)


def shift(tap, value, length):
    """From Shift-xR: shift LENGTH bits of VALUE in (TMS 1 on the last),
    returning the bits TDO gave, sampled before each rising edge."""
    out = 0
    for n in range(length):
        out |= tap.tdo() << n
        tap.clock(int(n == length - 1), (value >> n) & 1)
    return out


class StateDiagram(unittest.TestCase):
    def test_sixteen_states_and_32_edges(self):
        self.assertEqual(len(State), 16)
        self.assertEqual(len(EDGES), 32)
        self.assertEqual({edge[0] for edge in EDGES}, {state.value for state in State})

    def test_every_edge_of_figure_6_1(self):
        for state, tms, after in EDGES:
            with self.subTest(state=state, tms=tms):
                tap = TapController(Register())
                walk(tap, PATH_FROM_RESET[state])
                self.assertEqual(tap.state.value, state)
                tap.clock(int(tms), 0)
                self.assertEqual(tap.state.value, after)

    def test_five_tms_high_reach_reset_from_anywhere(self):
        # 6.1.1.1 a): the controller is designed so that five rising edges
        # with TMS high reach Test-Logic-Reset from any state.
        for state in PATH_FROM_RESET:
            tap = TapController(Register())
            walk(tap, PATH_FROM_RESET[state] + "11111")
            self.assertEqual(tap.state, State.TEST_LOGIC_RESET, state)

    def test_trst_resets_at_once(self):
        port = Register()
        tap = TapController(port)
        walk(tap, PATH_FROM_RESET["Shift-DR"])
        tap.trst()
        self.assertEqual(tap.state, State.TEST_LOGIC_RESET)
        self.assertEqual(port.events.count("reset"), 2)


class Shifting(unittest.TestCase):
    def test_ir_captures_its_pattern_and_updates_with_what_was_shifted(self):
        port = Register()
        tap = TapController(port)
        walk(tap, PATH_FROM_RESET["Shift-IR"])
        # 7.1.1 d): the two bits nearest TDO capture 01.
        self.assertEqual(shift(tap, 0b1010, 4), 0b0001)
        tap.clock(1, 0)  # Exit1-IR -> Update-IR
        self.assertEqual(port.events[-1], ("update-ir", 0b1010))

    def test_dr_shifts_least_significant_bit_first(self):
        port = Register(length=8, captured=0xA5)
        tap = TapController(port)
        walk(tap, PATH_FROM_RESET["Shift-DR"])
        self.assertEqual(shift(tap, 0x3C, 8), 0xA5)
        walk(tap, "10")  # Update-DR, then Run-Test/Idle
        self.assertEqual(port.events[-1], ("update-dr", 0x3C))
        self.assertEqual(tap.state, State.RUN_TEST_IDLE)

    def test_pause_keeps_the_register(self):
        # 6.1.1.1 h): Pause-DR holds the shift register as it is.
        port = Register(length=8, captured=0xF0)
        tap = TapController(port)
        walk(tap, PATH_FROM_RESET["Shift-DR"])
        low = shift(tap, 0, 4)  # leaves Shift-DR for Exit1-DR on the fourth
        walk(tap, "0001")  # Pause-DR three times, then Exit2-DR
        tap.clock(0, 0)  # back to Shift-DR
        high = shift(tap, 0, 4)
        self.assertEqual((high << 4) | low, 0xF0)

    def test_tdo_is_not_driven_outside_the_shift_states(self):
        tap = TapController(Register(captured=0))
        walk(tap, PATH_FROM_RESET["Pause-DR"])
        self.assertEqual(tap.tdo(), 1)  # a pulled-up line


if __name__ == "__main__":
    unittest.main()
