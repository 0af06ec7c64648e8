"""The ARM JTAG Debug Port (JTAG-DP) of a Cortex-M3: ADIv5, ARM IHI 0031.

Behind the TAP (jtag_tap.py) sit a 4-bit instruction register and the scan
chains it selects (IHI 0031 chapter 3, "The JTAG Debug Port"):

  IR 0b1000 ABORT    35 bits  write DAPABORT
  IR 0b1010 DPACC    35 bits  the DP's registers
  IR 0b1011 APACC    35 bits  the access port's registers
  IR 0b1110 IDCODE   32 bits  the DP's identification
  IR 0b1111 BYPASS    1 bit   (and every other value: 3.2)

A DPACC or APACC scan carries RnW in bit 0, A[3:2] in bits 2:1 and the value
in bits 34:3. What it captures is the previous read's result in bits 34:3
and an acknowledgement in bits 2:0 (3.4.3): OK/FAULT (0b010), since this
port finishes every access before the next scan, and never WAIT (0b001).
"""

IR_ABORT = 0b1000
IR_DPACC = 0b1010
IR_APACC = 0b1011
IR_IDCODE = 0b1110
IR_BYPASS = 0b1111

ACK_OK_FAULT = 0b010

# DP registers by A[3:2] (IHI 0031 2.3): 0x0 is reserved on a JTAG-DP of
# ADIv5.0 (DPv0, the Cortex-M3's), 0xC is RDBUFF.
DP_CTRL_STAT = 0x4
DP_SELECT = 0x8
DP_RDBUFF = 0xC

# CTRL/STAT (2.3.2). The power-up acknowledgements follow their requests:
# the emulated chip's debug and system domains are always powered.
CSYSPWRUPACK = 1 << 31
CSYSPWRUPREQ = 1 << 30
CDBGPWRUPACK = 1 << 29
CDBGPWRUPREQ = 1 << 28
CDBGRSTACK = 1 << 27
CDBGRSTREQ = 1 << 26
READOK = 1 << 6
STICKYERR = 1 << 5
STICKYCMP = 1 << 4
STICKYORUN = 1 << 1
STICKY_BITS = STICKYERR | STICKYCMP | STICKYORUN
# The bits a debugger may write: ORUNDETECT, TRNMODE, MASKLANE, TRNCNT and
# the four requests.
CTRL_STAT_WRITABLE = 0x1 | 0xC | 0xF00 | 0xFFF000 | CDBGRSTREQ | CDBGPWRUPREQ | CSYSPWRUPREQ

# IDCODE of the LM3S6965's JTAG-DP (Stellaris Fury, Cortex-M3 r1p2:
# OpenOCD's target/stellaris.cfg lists 0x3ba00477).
LM3S6965_IDCODE = 0x3BA00477


class JtagDebugPort:
    """The DP. `access_port(apsel)` gives the AP at APSEL (None: no AP there);
    an AP has read(address) -> (value, ok) and write(address, value) -> ok,
    address being APBANKSEL:A[3:2] (an offset 0x00 to 0xFC)."""

    ir_length = 4
    ir_capture = 0b0001  # 3.2: the IR captures 0b0001 (IEEE 1149.1's x1 pattern)

    def __init__(self, access_port, idcode=LM3S6965_IDCODE, log=None):
        self.access_port = access_port
        self.idcode = idcode
        self.log = log or (lambda *_: None)
        self.ctrl_stat = 0
        self.select = 0
        self.read_result = 0  # what the next DPACC/APACC capture returns
        self.ir = IR_IDCODE

    # --- seen by the TAP ---------------------------------------------------
    def reset(self):
        # Test-Logic-Reset selects IDCODE (3.2). The DP's registers keep
        # their values: only a power-on reset clears them.
        self.ir = IR_IDCODE

    def ir_update(self, value):
        self.ir = value & 0xF

    def dr_length(self):
        if self.ir == IR_IDCODE:
            return 32
        if self.ir in (IR_ABORT, IR_DPACC, IR_APACC):
            return 35
        return 1

    def dr_capture(self):
        if self.ir == IR_IDCODE:
            return self.idcode
        if self.ir in (IR_DPACC, IR_APACC, IR_ABORT):
            return (self.read_result << 3) | ACK_OK_FAULT
        return 0  # BYPASS captures 0 (IEEE 1149.1 10.1.1)

    def dr_update(self, value):
        if self.ir not in (IR_DPACC, IR_APACC, IR_ABORT):
            return
        read = bool(value & 1)
        address = (value & 0x6) << 1
        data = (value >> 3) & 0xFFFFFFFF
        if self.ir == IR_ABORT:
            self.abort(data)
        elif self.ir == IR_DPACC:
            self.dp_access(read, address, data)
        else:
            self.ap_access(read, address, data)

    # --- the registers -----------------------------------------------------
    def abort(self, data):
        # DAPABORT (bit 0) cancels an AP access still in progress (2.3.1):
        # this port has none, every access finished within its scan.
        self.log(f"DP ABORT {data:#x}")

    def dp_access(self, read, address, data):
        if read:
            if address == DP_CTRL_STAT:
                self.read_result = self.ctrl_stat
            elif address == DP_SELECT:
                self.read_result = self.select
            elif address == DP_RDBUFF:
                # 2.3.5: on a JTAG-DP, RDBUFF reads as zero; reading it is
                # how a debugger collects the previous read's result, which
                # this scan's capture has already returned.
                self.read_result = 0
            else:
                self.read_result = 0
            return
        if address == DP_CTRL_STAT:
            # Sticky flags are cleared by writing 1 to them (JTAG-DP, 2.3.2).
            sticky = self.ctrl_stat & STICKY_BITS & ~data
            value = (data & CTRL_STAT_WRITABLE) | sticky
            if value & CDBGPWRUPREQ:
                value |= CDBGPWRUPACK
            if value & CSYSPWRUPREQ:
                value |= CSYSPWRUPACK
            if value & CDBGRSTREQ:
                value |= CDBGRSTACK
            self.ctrl_stat = value
        elif address == DP_SELECT:
            self.select = data

    def ap_access(self, read, address, data):
        apsel = self.select >> 24
        register = (self.select & 0xF0) | address
        port = self.access_port(apsel)
        if port is None:
            # No AP at this APSEL: reads return zero, writes are ignored
            # (2.6: a debugger finds APs by their IDR, zero meaning none).
            self.read_result = 0
            return
        if read:
            value, ok = port.read(register)
            self.read_result = value if ok else 0
            self.ctrl_stat = (self.ctrl_stat | READOK) if ok else (self.ctrl_stat & ~READOK)
        else:
            ok = port.write(register, data)
        if not ok:
            # A failed transfer on the memory bus sets STICKYERR (2.3.2,
            # 7.2.1): the debugger finds out by reading CTRL/STAT.
            self.ctrl_stat |= STICKYERR
