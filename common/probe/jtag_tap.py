"""The JTAG TAP controller: sixteen states, moved by TMS on each rising TCK.

IEEE 1149.1-2013, section 6.1 (the state diagram, figure 6-1) and 6.1.1 (what
each state does). The controller knows nothing about the chip behind it: the
data registers it shifts belong to the debug port (jtag_dp.py), which it asks
for a register's length and captured value, and to which it hands the value
shifted in when the scan is updated.
"""
from enum import Enum


class State(Enum):
    TEST_LOGIC_RESET = "Test-Logic-Reset"
    RUN_TEST_IDLE = "Run-Test/Idle"
    SELECT_DR_SCAN = "Select-DR-Scan"
    CAPTURE_DR = "Capture-DR"
    SHIFT_DR = "Shift-DR"
    EXIT1_DR = "Exit1-DR"
    PAUSE_DR = "Pause-DR"
    EXIT2_DR = "Exit2-DR"
    UPDATE_DR = "Update-DR"
    SELECT_IR_SCAN = "Select-IR-Scan"
    CAPTURE_IR = "Capture-IR"
    SHIFT_IR = "Shift-IR"
    EXIT1_IR = "Exit1-IR"
    PAUSE_IR = "Pause-IR"
    EXIT2_IR = "Exit2-IR"
    UPDATE_IR = "Update-IR"


S = State
# Figure 6-1: the state each state moves to on a rising TCK, for TMS = 0 and
# for TMS = 1.
NEXT = {
    S.TEST_LOGIC_RESET: (S.RUN_TEST_IDLE, S.TEST_LOGIC_RESET),
    S.RUN_TEST_IDLE: (S.RUN_TEST_IDLE, S.SELECT_DR_SCAN),
    S.SELECT_DR_SCAN: (S.CAPTURE_DR, S.SELECT_IR_SCAN),
    S.CAPTURE_DR: (S.SHIFT_DR, S.EXIT1_DR),
    S.SHIFT_DR: (S.SHIFT_DR, S.EXIT1_DR),
    S.EXIT1_DR: (S.PAUSE_DR, S.UPDATE_DR),
    S.PAUSE_DR: (S.PAUSE_DR, S.EXIT2_DR),
    S.EXIT2_DR: (S.SHIFT_DR, S.UPDATE_DR),
    S.UPDATE_DR: (S.RUN_TEST_IDLE, S.SELECT_DR_SCAN),
    S.SELECT_IR_SCAN: (S.CAPTURE_IR, S.TEST_LOGIC_RESET),
    S.CAPTURE_IR: (S.SHIFT_IR, S.EXIT1_IR),
    S.SHIFT_IR: (S.SHIFT_IR, S.EXIT1_IR),
    S.EXIT1_IR: (S.PAUSE_IR, S.UPDATE_IR),
    S.PAUSE_IR: (S.PAUSE_IR, S.EXIT2_IR),
    S.EXIT2_IR: (S.SHIFT_IR, S.UPDATE_IR),
    S.UPDATE_IR: (S.RUN_TEST_IDLE, S.SELECT_DR_SCAN),
}


# The same table by number (a state's index in State), for the inner loop.
ORDER = list(State)
NEXT_INDEX = [(ORDER.index(NEXT[state][0]), ORDER.index(NEXT[state][1])) for state in ORDER]
SHIFT_DR, SHIFT_IR = ORDER.index(State.SHIFT_DR), ORDER.index(State.SHIFT_IR)
CAPTURE_DR, CAPTURE_IR = ORDER.index(State.CAPTURE_DR), ORDER.index(State.CAPTURE_IR)
UPDATE_DR, UPDATE_IR = ORDER.index(State.UPDATE_DR), ORDER.index(State.UPDATE_IR)
RESET = ORDER.index(State.TEST_LOGIC_RESET)
# What entering a state does: 0 nothing, else one of these.
ON_ENTRY = [0] * len(ORDER)
ON_ENTRY[RESET], ON_ENTRY[CAPTURE_DR], ON_ENTRY[CAPTURE_IR] = 1, 2, 3
ON_ENTRY[UPDATE_DR], ON_ENTRY[UPDATE_IR] = 4, 5


class TapController:
    """One TAP. `port` is the debug port behind it, which provides:
      ir_length, ir_capture                    the instruction register
      reset()                                  Test-Logic-Reset was entered
      dr_length(), dr_capture()                the data register IR selects
      dr_update(value), ir_update(value)       a scan's value, at Update
    """

    def __init__(self, port):
        self.port = port
        self.index = RESET
        self.shifting = 0  # the register between TDI and TDO, bit 0 next out
        self.length = 0
        port.reset()

    @property
    def state(self) -> State:
        return ORDER[self.index]

    def tdo(self) -> int:
        """TDO as the probe samples it, with TCK low: the bit a Shift state
        puts out (6.1.1.1: TDO changes on the falling edge, so it shows the
        shift register's end after the last rising edge). Outside the
        Shift states TDO is not driven; a pulled-up line reads 1."""
        if self.index == SHIFT_DR or self.index == SHIFT_IR:
            return self.shifting & 1
        return 1

    def clock(self, tms: int, tdi: int) -> None:
        """One rising edge of TCK."""
        index = self.index
        if index == SHIFT_DR or index == SHIFT_IR:
            # 6.1.1.1 e), k): the register shifts one bit toward TDO, TDI
            # entering at the far end.
            self.shifting = (self.shifting >> 1) | (tdi << (self.length - 1))
        index = self.index = NEXT_INDEX[index][tms]
        entry = ON_ENTRY[index]
        if entry:
            self.enter(entry)

    def enter(self, entry):
        if entry == 1:
            self.port.reset()
        elif entry == 2:
            self.length = self.port.dr_length()
            self.shifting = self.port.dr_capture()
        elif entry == 3:
            self.length = self.port.ir_length
            self.shifting = self.port.ir_capture
        elif entry == 4:
            self.port.dr_update(self.shifting)
        else:
            self.port.ir_update(self.shifting)

    def trst(self) -> None:
        """The TRST* line (6.1, 6.3): the controller goes to Test-Logic-Reset
        at once, whatever the state."""
        self.index = RESET
        self.port.reset()
