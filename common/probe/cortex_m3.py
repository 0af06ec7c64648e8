"""The Cortex-M3's debug block, as the debug port sees it through the AHB-AP.

ARMv7-M Architecture Reference Manual (ARM DDI 0403E), chapter C1:

  0xE000ED0C AIRCR   SYSRESETREQ: a debugger resets the chip (B3.2.6)
  0xE000ED30 DFSR    why the core halted; write 1 to clear (C1.6.1)
  0xE000EDF0 DHCSR   halt, step, run; the core's debug state (C1.6.2)
  0xE000EDF4 DCRSR   select a core register and a direction (C1.6.3)
  0xE000EDF8 DCRDR   the register's value (C1.6.4)
  0xE000EDFC DEMCR   vector catch on reset (C1.6.5)
  0xE0001000 DWT     data watchpoints: 4 comparators (C1.8)
  0xE0002000 FPB     breakpoints in code: 6 comparators, 2 literal (C1.11)

The core behind it is QEMU, through `core` (see qemu_gdbstub.QemuCore for
what it provides): its registers, memory, breakpoints, watchpoints, run,
step, halt and reset. Everything else in the memory map is the core's own
memory (and peripherals), or the chip's (`chip`, e.g. the LM3S6965's flash
controller, which QEMU does not model).
"""

# --- DHCSR (C1.6.2) ----------------------------------------------------------
DBGKEY = 0xA05F << 16
C_DEBUGEN = 1 << 0
C_HALT = 1 << 1
C_STEP = 1 << 2
C_MASKINTS = 1 << 3
C_SNAPSTALL = 1 << 5
CONTROL_BITS = C_DEBUGEN | C_HALT | C_STEP | C_MASKINTS | C_SNAPSTALL
S_REGRDY = 1 << 16
S_HALT = 1 << 17
S_SLEEP = 1 << 18
S_LOCKUP = 1 << 19
S_RETIRE_ST = 1 << 24
S_RESET_ST = 1 << 25

# --- DCRSR (C1.6.3): REGSEL, and REGWnR -------------------------------------
REGWNR = 1 << 16
# REGSEL to the core's registers (table C1-5); 20 packs four special ones.
REGSEL_NAMES = {n: f"r{n}" for n in range(13)}
REGSEL_NAMES.update({13: "sp", 14: "lr", 15: "pc", 16: "xpsr", 17: "msp", 18: "psp"})
REGSEL_SPECIAL = 20  # CONTROL[31:24], FAULTMASK[23:16], BASEPRI[15:8], PRIMASK[7:0]
SPECIAL_FIELDS = (("control", 24), ("faultmask", 16), ("basepri", 8), ("primask", 0))

# --- DFSR (C1.6.1) -------------------------------------------------------------
DFSR_HALTED = 1 << 0
DFSR_BKPT = 1 << 1
DFSR_DWTTRAP = 1 << 2
DFSR_VCATCH = 1 << 3
DFSR_EXTERNAL = 1 << 4

# --- DEMCR (C1.6.5) ------------------------------------------------------------
VC_CORERESET = 1 << 0
DEMCR_WRITABLE = 0x010F07F1  # TRCENA, MON_*, VC_* (the M3 has no VC_SFERR)

# --- AIRCR (B3.2.6) ------------------------------------------------------------
VECTKEY = 0x05FA << 16
SYSRESETREQ = 1 << 2
VECTCLRACTIVE = 1 << 1
VECTRESET = 1 << 0

AIRCR = 0xE000ED0C
DFSR = 0xE000ED30
DHCSR = 0xE000EDF0
DCRSR = 0xE000EDF4
DCRDR = 0xE000EDF8
DEMCR = 0xE000EDFC
DWT_BASE = 0xE0001000
FPB_BASE = 0xE0002000

# --- FPB (C1.11): FP_CTRL, FP_REMAP, FP_COMP0-7 -------------------------------
FPB_CODE_COMPARATORS = 6
FPB_LITERAL_COMPARATORS = 2
FP_CTRL_KEY = 1 << 1
FP_CTRL_ENABLE = 1 << 0
# NUM_CODE[6:4] and NUM_LIT[11:8]; REV[31:28] = 0, flash patch version 1.
FP_CTRL_FIXED = (FPB_LITERAL_COMPARATORS << 8) | (FPB_CODE_COMPARATORS << 4)
FP_COMP_ENABLE = 1 << 0
FP_COMP_ADDRESS = 0x1FFFFFFC
FP_REPLACE_SHIFT = 30  # 00 remap, 01 breakpoint on the lower halfword, 10 upper, 11 both

# --- DWT (C1.8) -------------------------------------------------------------
DWT_COMPARATORS = 4
# NUMCOMP[31:28] = 4. NOTRCPKT, NOEXTTRIG, NOCYCCNT, NOPRFCNT (bits 27:24):
# this model has no trace packets, external triggers, cycle or profiling
# counters, and says so, as a DWT without them does (C1.8.7).
DWT_CTRL_VALUE = (DWT_COMPARATORS << 28) | (0xF << 24)
DWT_MATCHED = 1 << 24
DWT_FUNCTION_WRITABLE = 0x000FFFAF
# FUNCTION[3:0] with CYCMATCH and DATAVMATCH clear (table C1-21): a
# breakpoint on the PC, or a watchpoint on reads, writes, or both.
DWT_FUNCTION_PC = 0b0100
DWT_WATCH_KINDS = {0b0101: "read", 0b0110: "write", 0b0111: "access"}

BKPT_OPCODE = 0xBE00  # BKPT #imm8 is 0xBE00 | imm8 (A7.7.17)


class Stop:
    """Why a running core stopped: 'breakpoint', 'watchpoint' (address: the
    data address), 'halted' (a halt request or a finished step)."""

    def __init__(self, reason, address=None):
        self.reason = reason
        self.address = address

    def __repr__(self):
        return f"Stop({self.reason!r}, {self.address!r})"


class CortexM3Debug:
    """The debug registers, and the memory map the AHB-AP reaches.

    Run state: `halted` is what DHCSR.S_HALT says; `locked_up` what
    S_LOCKUP says. A core let run on erased flash, with an erased HardFault
    vector, faults and cannot take the fault: it locks up (B1.5.15). QEMU
    models no lockup (it stops, and the emulated chip with it), so the probe
    does: it does not start QEMU, and says S_LOCKUP until a debugger halts or
    resets the core. OpenOCD's "reset run" on a blank chip (C_HALT cleared
    a few milliseconds before AIRCR is written) runs into this.
    """

    def __init__(self, core, chip=None, log=None):
        self.core = core
        self.chip = chip
        self.log = log or (lambda *_: None)
        # The emulated chip powers up held at its reset vector (QEMU's -S),
        # as a debugger's "reset halt" leaves a real one: C_DEBUGEN and
        # C_HALT set, DFSR.VCATCH. (A real one powers up running whatever
        # its flash holds.)
        self.control = C_DEBUGEN | C_HALT  # DHCSR's C_ bits as last written
        self.halted = True
        self.locked_up = False
        self.retired = False
        self.was_reset = True  # the power-on reset
        self.dfsr = DFSR_VCATCH
        self.demcr = 0
        self.dcrdr = 0
        self.fp_enabled = False
        self.fp_comp = [0] * (FPB_CODE_COMPARATORS + FPB_LITERAL_COMPARATORS)
        self.dwt_comp = [0] * DWT_COMPARATORS
        self.dwt_mask = [0] * DWT_COMPARATORS
        self.dwt_function = [0] * DWT_COMPARATORS
        self.dwt_matched = [False] * DWT_COMPARATORS
        self.bkpt_sites = set()  # halfwords holding a BKPT instruction
        self.bkpt_halts = 0  # how often the core halted on one (semihosting calls, mostly)
        self.said = set()  # "not modelled" lines already logged

    # --- the memory map ----------------------------------------------------
    def read(self, address, size):
        if DWT_BASE <= address < FPB_BASE + 0x1000 or address in (DFSR, DHCSR, DCRSR, DCRDR, DEMCR):
            value = self.read_debug_register(address & ~3) >> (8 * (address & 3))
            return value & ((1 << (8 * size)) - 1), True
        if self.chip and self.chip.handles(address):
            return self.chip.read(address, size)
        data = self.core.read_memory(address, size)
        if data is None:
            return 0, False
        return int.from_bytes(data, "little"), True

    def write(self, address, size, value):
        if DWT_BASE <= address < FPB_BASE + 0x1000 or address in (DFSR, DHCSR, DCRSR, DCRDR, DEMCR):
            if size != 4:
                self.not_modelled(f"a {size}-byte write to debug register {address:#010x}")
                return True
            self.write_debug_register(address, value)
            return True
        if address == AIRCR and size == 4:
            return self.write_aircr(value)
        if self.chip and self.chip.handles(address):
            return self.chip.write(address, size, value)
        if self.chip and self.chip.refuses_write(address):
            return False
        data = value.to_bytes(size, "little")
        if not self.core.write_memory(address, data):
            return False
        self.code_written(address, data)
        return True

    def code_written(self, address, data):
        """Memory at ADDRESS now holds DATA (written by the debugger, or
        programmed into flash). A BKPT instruction halts a Cortex-M with
        halting debug enabled (C1.5.1); QEMU would raise a HardFault
        instead, so the server asks QEMU to stop at each one."""
        changed = False
        for offset in range(-(address & 1), len(data), 2):
            site = address + offset
            low = self.byte_at(site, address, data)
            high = self.byte_at(site + 1, address, data)
            if low is None or high is None:
                continue
            is_bkpt = ((high << 8) | low) & 0xFF00 == BKPT_OPCODE
            if is_bkpt != (site in self.bkpt_sites):
                changed = True
                (self.bkpt_sites.add if is_bkpt else self.bkpt_sites.discard)(site)
        if changed:
            self.install_breakpoints()

    def byte_at(self, address, start, data):
        if start <= address < start + len(data):
            return data[address - start]
        found = self.core.read_memory(address, 1)
        return found[0] if found else None

    # --- DHCSR, DCRSR, DCRDR, DEMCR, DFSR, FPB, DWT -------------------------
    def read_debug_register(self, address):
        if address == DHCSR:
            return self.read_dhcsr()
        if address == DCRSR:
            return 0  # write-only (C1.6.3)
        if address == DCRDR:
            return self.dcrdr
        if address == DEMCR:
            return self.demcr
        if address == DFSR:
            return self.dfsr
        if FPB_BASE <= address < FPB_BASE + 0x1000:
            return self.read_fpb(address - FPB_BASE)
        return self.read_dwt(address - DWT_BASE)

    def write_debug_register(self, address, value):
        if address == DHCSR:
            self.write_dhcsr(value)
        elif address == DCRSR:
            self.transfer_register(value)
        elif address == DCRDR:
            self.dcrdr = value
        elif address == DEMCR:
            self.demcr = value & DEMCR_WRITABLE
            if self.demcr & ~(VC_CORERESET | (1 << 24)) & 0x7F1:
                self.not_modelled("vector catch other than VC_CORERESET (DEMCR)", once=True)
        elif address == DFSR:
            self.dfsr &= ~value  # write 1 to clear
        elif FPB_BASE <= address < FPB_BASE + 0x1000:
            self.write_fpb(address - FPB_BASE, value)
        else:
            self.write_dwt(address - DWT_BASE, value)

    def read_dhcsr(self):
        if not self.halted and not self.locked_up:
            self.check_stopped(self.core.poll())
        value = self.control & CONTROL_BITS
        if self.halted:
            # A core that halts itself (breakpoint, watchpoint, step, vector
            # catch) sets C_HALT: the debugger restarts it by writing 0 there.
            value |= S_HALT | C_HALT
        elif self.locked_up:
            value = (value & ~C_HALT) | S_LOCKUP  # retiring nothing
        else:
            value &= ~C_HALT
            self.retired = True
        value |= S_REGRDY  # register transfers finish at once
        if self.retired:
            value |= S_RETIRE_ST
        if self.was_reset:
            value |= S_RESET_ST
        # S_RETIRE_ST and S_RESET_ST are sticky, cleared by this read.
        self.retired = False
        self.was_reset = False
        return value

    def write_dhcsr(self, value):
        if value & 0xFFFF0000 != DBGKEY:
            return  # C1.6.2: a write without the key is ignored
        self.control = value & CONTROL_BITS
        if not self.control & C_DEBUGEN:
            # Halting debug off: the core runs, and a BKPT is a fault again.
            self.install_breakpoints()
            if self.halted:
                self.start()
            return
        self.install_breakpoints()
        if self.halted and not self.control & C_HALT:
            if self.control & C_STEP:
                self.step()
            else:
                self.start()
        elif not self.halted and self.control & C_HALT:
            self.halt()

    def transfer_register(self, value):
        if not self.halted:
            self.not_modelled("a core register transfer while the core runs (UNPREDICTABLE, C1.6.3)")
            return
        regsel = value & 0x7F
        writing = bool(value & REGWNR)
        if regsel == REGSEL_SPECIAL:
            if writing:
                for name, shift in SPECIAL_FIELDS:
                    self.core.write_register(name, (self.dcrdr >> shift) & 0xFF)
            else:
                self.dcrdr = 0
                for name, shift in SPECIAL_FIELDS:
                    self.dcrdr |= (self.core.read_register(name) & 0xFF) << shift
            return
        name = REGSEL_NAMES.get(regsel)
        if name is None:
            self.not_modelled(f"DCRSR REGSEL {regsel} (reserved on a Cortex-M3 without FPU)")
            self.dcrdr = 0
        elif writing:
            self.core.write_register(name, self.dcrdr)
        else:
            self.dcrdr = self.core.read_register(name)

    # --- run control -------------------------------------------------------
    def start(self):
        self.halted = False
        if self.would_lock_up():
            self.locked_up = True
            self.not_modelled("the core ran erased flash and locked up: held in lockup (S_LOCKUP) until halted or reset", once=True)
            return
        self.retired = True
        resumed_at_breakpoint = self.core.pc() in self.breakpoint_addresses()
        self.core.resume()
        if resumed_at_breakpoint:
            # It stops again before its first instruction, unless an
            # interrupt runs first: OpenOCD steps this way (cortex_m_step,
            # a breakpoint at the pc to serve pending interrupts) and gives
            # the core 500 ms; wait for QEMU rather than race it.
            self.check_stopped(self.core.wait(1.0))

    def would_lock_up(self):
        """Would the core fault at once, and fault again taking the fault?
        Erased flash reads 0xFFFF: as an instruction, the first half of an
        undefined one (A5.1). Taking the fault then fails too when the
        HardFault vector (word 3 of the vector table, B1.5.3) is erased, or
        when the stack the core pushes its frame on (B1.5.6) is no memory:
        a reset of a blank chip leaves SP at 0xFFFFFFFC."""
        pc = self.core.pc()
        here = self.core.read_memory(pc, 2)
        if here is not None and here != b"\xff\xff":
            return False
        vector = self.core.read_memory(0x0000000C, 4)
        sp = self.core.read_register("sp")
        frame = self.core.read_memory((sp - 32) & 0xFFFFFFFF, 32) if sp >= 32 else None
        return vector == b"\xff\xff\xff\xff" or frame is None

    def step(self):
        self.retired = True
        self.on_stop(self.core.step(mask_interrupts=bool(self.control & C_MASKINTS)))

    def halt(self):
        if self.locked_up:
            self.locked_up = False  # a halt request takes a core out of lockup
            self.on_stop(Stop("halted"))
        else:
            self.on_stop(self.core.halt())

    def check_stopped(self, stop):
        if stop is not None:
            self.on_stop(stop)

    def on_stop(self, stop):
        self.halted = True
        if stop.reason == "breakpoint":
            self.dfsr |= DFSR_BKPT
            if self.core.pc() in self.bkpt_sites:
                self.bkpt_halts += 1
        elif stop.reason == "watchpoint":
            self.dfsr |= DFSR_DWTTRAP
            for n in range(DWT_COMPARATORS):
                watched = self.watched_range(n)
                if watched and watched[0] <= stop.address < watched[0] + watched[1]:
                    self.dwt_matched[n] = True
        else:
            self.dfsr |= DFSR_HALTED


    # --- reset (AIRCR) -----------------------------------------------------
    def write_aircr(self, value):
        if value & 0xFFFF0000 != VECTKEY:
            return True  # B3.2.6: without VECTKEY the write is ignored
        if value & VECTRESET:
            self.not_modelled("VECTRESET (core-only reset): use 'cortex_m reset_config sysresetreq'")
        if value & VECTCLRACTIVE:
            self.not_modelled("VECTCLRACTIVE")
        other = value & ~(SYSRESETREQ | VECTRESET | VECTCLRACTIVE)
        if not self.core.write_memory(AIRCR, other.to_bytes(4, "little")):
            return False
        if value & SYSRESETREQ:
            self.system_reset()
        return True

    def system_reset(self):
        """SYSRESETREQ: the whole chip resets, the debug logic does not
        (C1.4: DHCSR except C_HALT, DEMCR, FPB and DWT keep their values
        over a local reset)."""
        if not self.halted and not self.locked_up:
            self.core.halt()
        self.locked_up = False
        self.core.reset()
        if self.chip:
            self.chip.reset()
        self.was_reset = True
        self.control &= ~C_HALT
        if self.control & C_DEBUGEN and self.demcr & VC_CORERESET:
            self.halted = True  # vector catch: halted before the first instruction
            self.dfsr |= DFSR_VCATCH
        else:
            self.start()

    # --- FPB ---------------------------------------------------------------
    def read_fpb(self, offset):
        if offset == 0x000:
            return FP_CTRL_FIXED | (FP_CTRL_ENABLE if self.fp_enabled else 0)
        if offset == 0x004:
            return 0  # FP_REMAP: RMPSPT = 0, this model does not remap
        n = (offset - 0x008) // 4
        if 0 <= n < len(self.fp_comp) and offset % 4 == 0:
            return self.fp_comp[n]
        return 0

    def write_fpb(self, offset, value):
        if offset == 0x000:
            if value & FP_CTRL_KEY:  # C1.11.3: ignored unless KEY is 1
                self.fp_enabled = bool(value & FP_CTRL_ENABLE)
        else:
            n = (offset - 0x008) // 4
            if 0 <= n < len(self.fp_comp) and offset % 4 == 0:
                self.fp_comp[n] = value
                if value & FP_COMP_ENABLE and (n >= FPB_CODE_COMPARATORS or value >> FP_REPLACE_SHIFT == 0):
                    self.not_modelled("flash patch remapping (FP_COMP with REPLACE = 00, or a literal comparator)", once=True)
        self.install_breakpoints()

    def fpb_breakpoints(self):
        if not self.fp_enabled:
            return set()
        addresses = set()
        for value in self.fp_comp[:FPB_CODE_COMPARATORS]:
            replace = value >> FP_REPLACE_SHIFT
            if value & FP_COMP_ENABLE and replace:
                base = value & FP_COMP_ADDRESS
                if replace & 1:
                    addresses.add(base)
                if replace & 2:
                    addresses.add(base + 2)
        return addresses

    # --- DWT ---------------------------------------------------------------
    def read_dwt(self, offset):
        if offset == 0x000:
            return DWT_CTRL_VALUE
        n, register = (offset - 0x020) // 16, (offset - 0x020) % 16
        if offset < 0x020 or n >= DWT_COMPARATORS:
            return 0  # counters, PCSR, IDs: not present in this model (RAZ)
        if register == 0:
            return self.dwt_comp[n]
        if register == 4:
            return self.dwt_mask[n]
        if register == 8:
            value = self.dwt_function[n] | (DWT_MATCHED if self.dwt_matched[n] else 0)
            self.dwt_matched[n] = False  # MATCHED clears when read (C1.8.17)
            return value
        return 0

    def write_dwt(self, offset, value):
        n, register = (offset - 0x020) // 16, (offset - 0x020) % 16
        if offset < 0x020 or n >= DWT_COMPARATORS:
            return
        if register == 0:
            self.dwt_comp[n] = value
        elif register == 4:
            self.dwt_mask[n] = value & 0x1F
        elif register == 8:
            self.dwt_function[n] = value & DWT_FUNCTION_WRITABLE
            function = value & 0xF
            if function and function != DWT_FUNCTION_PC and function not in DWT_WATCH_KINDS or value & 0x180:
                self.not_modelled(f"DWT FUNCTION {value:#x} (trace, cycle or data value matching)", once=True)
        self.install_breakpoints()

    def watched_range(self, n):
        """(address, length) comparator N watches, or None."""
        if self.dwt_function[n] & 0x180 or self.dwt_function[n] & 0xF not in DWT_WATCH_KINDS:
            return None
        length = 1 << self.dwt_mask[n]
        return self.dwt_comp[n] & ~(length - 1), length

    def dwt_watchpoints(self):
        watchpoints = set()
        for n in range(DWT_COMPARATORS):
            watched = self.watched_range(n)
            if watched:
                watchpoints.add((DWT_WATCH_KINDS[self.dwt_function[n] & 0xF],) + watched)
        return watchpoints

    def dwt_pc_breakpoints(self):
        return {self.dwt_comp[n] & ~((1 << self.dwt_mask[n]) - 1) & ~1
                for n in range(DWT_COMPARATORS)
                if self.dwt_function[n] & 0x18F == DWT_FUNCTION_PC}

    # --- what QEMU is told -------------------------------------------------
    def breakpoint_addresses(self):
        if not self.control & C_DEBUGEN:
            return set()
        return self.fpb_breakpoints() | self.dwt_pc_breakpoints() | self.bkpt_sites

    def install_breakpoints(self):
        enabled = bool(self.control & C_DEBUGEN)
        self.core.set_breakpoints(self.breakpoint_addresses())
        self.core.set_watchpoints(self.dwt_watchpoints() if enabled else set())

    def not_modelled(self, what, once=False):
        if once and what in self.said:
            return
        self.said.add(what)
        self.log(f"not modelled: {what}")
