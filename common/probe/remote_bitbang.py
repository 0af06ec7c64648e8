"""OpenOCD's remote_bitbang protocol: the JTAG wires as characters.

OpenOCD 0.12, src/jtag/drivers/remote_bitbang.c, and its manual (section
"remote_bitbang"): one byte per change of the wires the probe drives, and
one byte when it samples the wire it reads.

  '0'..'7'  set TCK, TMS, TDI to the bits 2, 1, 0 of (byte - '0')
  'R'       read TDO: answer '0' or '1'
  'r'..'u'  set TRST and SRST to the bits 1, 0 of (byte - 'r') (1: asserted)
  'B', 'b'  the probe's LED on, off
  'Q'       the probe goes away

A rising TCK clocks the TAP (jtag_tap.py) with the TMS and TDI of that byte.
"""

from jtag_tap import NEXT_INDEX, ON_ENTRY, SHIFT_DR, SHIFT_IR

READ, QUIT = ord("R"), ord("Q")
RESETS = range(ord("r"), ord("v"))
# For each byte '0'..'7': (TCK, TMS, TDI).
WIRES = {ord("0") + n: (n >> 2, (n >> 1) & 1, n & 1) for n in range(8)}


class Wires:
    def __init__(self, tap, powered=lambda: True, log=None):
        """powered(): whether the target answers. A target without power
        does not drive TDO, which the probe's pull-up reads as 1."""
        self.tap = tap
        self.powered = powered
        self.log = log or (lambda *_: None)
        self.tck = 0
        self.said_srst = False

    def feed(self, data: bytes):
        """The bytes OpenOCD sent; returns (the answers, whether it quit)."""
        answers = bytearray()
        tap = self.tap
        tck = self.tck
        powered = self.powered()
        # The TAP's state and shift register, held in locals while bytes
        # come (jtag_tap.TapController.clock, unrolled: OpenOCD sends some
        # hundred thousand edges to program a few kilobytes of flash).
        index, shifting, top = tap.index, tap.shifting, tap.length - 1
        for byte in data:
            wires = WIRES.get(byte)
            if wires is not None:
                if wires[0] and not tck and powered:
                    if index == SHIFT_DR or index == SHIFT_IR:
                        shifting = (shifting >> 1) | (wires[2] << top)
                    index = NEXT_INDEX[index][wires[1]]
                    if ON_ENTRY[index]:
                        tap.index, tap.shifting = index, shifting
                        tap.enter(ON_ENTRY[index])
                        index, shifting, top = tap.index, tap.shifting, tap.length - 1
                tck = wires[0]
            elif byte == READ:
                if not powered:
                    answers.append(49)
                elif index == SHIFT_DR or index == SHIFT_IR:
                    answers.append(48 + (shifting & 1))
                else:
                    answers.append(49)
            elif byte in RESETS:
                tap.index, tap.shifting = index, shifting
                self.reset(byte - ord("r"))
                index, shifting = tap.index, tap.shifting
            elif byte == QUIT:
                tap.index, tap.shifting = index, shifting
                self.tck = tck
                return bytes(answers), True
        tap.index, tap.shifting = index, shifting
        self.tck = tck
        return bytes(answers), False

    def reset(self, lines):
        if lines & 2:
            self.tap.trst()
        if lines & 1 and not self.said_srst:
            self.said_srst = True
            self.log("not modelled: SRST (the emulated board has no reset line; use 'cortex_m reset_config sysresetreq')")
