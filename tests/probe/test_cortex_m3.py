"""The Cortex-M3's debug block against the ARMv7-M Architecture Reference
Manual (ARM DDI 0403E), chapter C1, on a recording core."""
import unittest

from fakes import FakeCore  # first: it finds common/probe
from cortex_m3 import (AIRCR, C_DEBUGEN, C_HALT, C_MASKINTS, C_STEP, DBGKEY, DCRDR, DCRSR, DEMCR, DFSR,
                       DFSR_BKPT, DFSR_DWTTRAP, DFSR_HALTED, DFSR_VCATCH, DHCSR, REGWNR, S_HALT, S_LOCKUP, S_REGRDY,
                       S_RESET_ST, S_RETIRE_ST, SYSRESETREQ, VC_CORERESET, VECTKEY, CortexM3Debug, Stop)

FP_CTRL, FP_COMP0 = 0xE0002000, 0xE0002008
DWT_CTRL, DWT_COMP0, DWT_MASK0, DWT_FUNCTION0 = 0xE0001000, 0xE0001020, 0xE0001024, 0xE0001028


class Debug(unittest.TestCase):
    def setUp(self):
        self.core = FakeCore()
        self.debug = CortexM3Debug(self.core)

    def read(self, address):
        value, ok = self.debug.read(address, 4)
        self.assertTrue(ok)
        return value

    def write(self, address, value):
        self.assertTrue(self.debug.write(address, 4, value))

    def dhcsr(self, bits):
        self.write(DHCSR, DBGKEY | bits)


class Halting(Debug):
    def test_powers_up_halted_at_reset_with_halting_debug_on(self):
        value = self.read(DHCSR)
        self.assertEqual(value & (S_HALT | C_HALT | C_DEBUGEN), S_HALT | C_HALT | C_DEBUGEN)
        self.assertEqual(self.read(DFSR), DFSR_VCATCH)

    def test_writes_without_the_key_are_ignored(self):
        # C1.6.2: DBGKEY must be written as 0xA05F, or the write is ignored.
        self.write(DHCSR, C_DEBUGEN)
        self.assertTrue(self.read(DHCSR) & S_HALT)
        self.assertEqual(self.core.did("resume"), [])

    def test_clearing_c_halt_runs_the_core(self):
        self.core.memory.update({0xC: 0x41, 0x100: 0x00})  # a HardFault vector, code at pc
        self.core.registers["pc"] = 0x100
        self.dhcsr(C_DEBUGEN)
        self.assertEqual(self.core.did("resume"), [("resume",)])
        value = self.read(DHCSR)
        self.assertFalse(value & (S_HALT | C_HALT))
        self.assertTrue(value & S_RETIRE_ST)

    def test_erased_code_and_no_stack_lock_up_too(self):
        # A programmed HardFault vector, but SP still 0xFFFFFFFC from the
        # blank reset: the exception frame cannot be pushed (B1.5.6).
        self.core.memory.update({0xC: 0x41})
        self.core.registers.update(pc=0xFFFFFFFE, sp=0xFFFFFFFC)
        self.dhcsr(C_DEBUGEN)
        self.assertEqual(self.core.did("resume"), [])
        self.assertTrue(self.read(DHCSR) & S_LOCKUP)

    def test_a_blank_chip_let_run_locks_up(self):
        # Erased flash: the core faults, and its HardFault vector is erased
        # too (B1.5.15): lockup, which QEMU does not model, the probe does.
        self.core.memory.update({a: 0xFF for a in list(range(0x400)) + [0xFFFFFFFE, 0xFFFFFFFF]})
        self.core.registers["pc"] = 0xFFFFFFFE
        self.dhcsr(C_DEBUGEN)
        self.assertEqual(self.core.did("resume"), [])
        self.assertTrue(self.read(DHCSR) & S_LOCKUP)
        self.dhcsr(C_DEBUGEN | C_HALT)  # OpenOCD: "clearing lockup after double fault"
        value = self.read(DHCSR)
        self.assertEqual(value & (S_HALT | S_LOCKUP), S_HALT)

    def test_halt_request_sets_dfsr_halted(self):
        self.write(DFSR, 0x1F)
        self.core.memory[0xC] = 0x41
        self.dhcsr(C_DEBUGEN)
        self.read(DHCSR)
        self.dhcsr(C_DEBUGEN | C_HALT)
        self.assertEqual(self.core.did("halt"), [("halt",)])
        self.assertEqual(self.read(DFSR), DFSR_HALTED)

    def test_a_core_that_halts_itself_reads_back_c_halt(self):
        # OpenOCD writes back the DHCSR it read: C_HALT must be 1 then, or
        # that write would restart the core.
        self.core.stops = [Stop("breakpoint")]
        self.dhcsr(C_DEBUGEN)
        value = self.read(DHCSR)
        self.assertEqual(value & (S_HALT | C_HALT), S_HALT | C_HALT)
        self.assertTrue(self.read(DFSR) & DFSR_BKPT)
        self.write(DHCSR, DBGKEY | (value & 0xFFFF) | C_MASKINTS)
        self.assertTrue(self.read(DHCSR) & S_HALT)

    def test_step(self):
        # C1.5.1: C_STEP with C_HALT cleared runs one instruction and halts.
        self.core.registers["pc"] = 0x100
        self.dhcsr(C_DEBUGEN | C_MASKINTS | C_STEP)
        self.assertEqual(self.core.did("step"), [("step", True)])
        self.assertTrue(self.read(DHCSR) & S_HALT)
        self.assertTrue(self.read(DFSR) & DFSR_HALTED)
        self.assertEqual(self.core.registers["pc"], 0x102)

    def test_status_bits_are_sticky_until_read(self):
        self.assertTrue(self.read(DHCSR) & S_RESET_ST)  # the power-on reset
        self.assertFalse(self.read(DHCSR) & S_RESET_ST)
        self.assertTrue(self.read(DHCSR) & S_REGRDY)

    def test_dfsr_bits_clear_when_written_1(self):
        self.assertEqual(self.read(DFSR), DFSR_VCATCH)
        self.write(DFSR, DFSR_VCATCH)
        self.assertEqual(self.read(DFSR), 0)


class CoreRegisters(Debug):
    def test_read_a_register(self):
        self.core.registers["r7"] = 0x1234
        self.write(DCRSR, 7)
        self.assertEqual(self.read(DCRDR), 0x1234)

    def test_regsel_names(self):
        # Table C1-5: 13 SP, 14 LR, 15 DebugReturnAddress, 16 xPSR, 17 MSP, 18 PSP.
        for regsel, name in ((13, "sp"), (14, "lr"), (15, "pc"), (16, "xpsr"), (17, "msp"), (18, "psp")):
            self.core.registers[name] = 0x1000 + regsel
            self.write(DCRSR, regsel)
            self.assertEqual(self.read(DCRDR), 0x1000 + regsel, name)

    def test_write_a_register(self):
        self.write(DCRDR, 0x2000FFF8)
        self.write(DCRSR, REGWNR | 13)
        self.assertEqual(self.core.registers["sp"], 0x2000FFF8)

    def test_regsel_20_packs_control_faultmask_basepri_primask(self):
        self.core.registers.update(control=0x2, faultmask=0x1, basepri=0x40, primask=0x1)
        self.write(DCRSR, 20)
        self.assertEqual(self.read(DCRDR), 0x02014001)
        self.write(DCRDR, 0x00000001)
        self.write(DCRSR, REGWNR | 20)
        self.assertEqual([self.core.registers[n] for n in ("control", "faultmask", "basepri", "primask")], [0, 0, 0, 1])

    def test_no_transfer_while_running(self):
        self.dhcsr(C_DEBUGEN)
        self.read(DHCSR)
        self.write(DCRSR, 7)
        self.assertEqual(self.core.did("read_register"), [])


class Reset(Debug):
    def test_sysresetreq_with_vector_catch_halts_at_reset(self):
        self.write(DEMCR, VC_CORERESET)
        self.read(DHCSR)
        self.write(AIRCR, VECTKEY | SYSRESETREQ)
        self.assertEqual(self.core.did("reset"), [("reset",)])
        value = self.read(DHCSR)
        self.assertTrue(value & S_RESET_ST)
        self.assertTrue(value & S_HALT)
        self.assertTrue(self.read(DFSR) & DFSR_VCATCH)
        self.assertEqual(self.core.did("resume"), [])

    def test_sysresetreq_without_vector_catch_runs(self):
        self.core.memory[0xC] = 0x41
        self.write(AIRCR, VECTKEY | SYSRESETREQ)
        self.assertFalse(self.read(DHCSR) & S_HALT)
        self.assertEqual(self.core.did("resume"), [("resume",)])

    def test_reset_run_stops_the_running_program_then_resets(self):
        # OpenOCD's "reset run": C_HALT cleared, then AIRCR written: the old
        # program runs until the reset, which starts it from its vector.
        self.core.memory[0xC] = 0x41
        self.dhcsr(C_DEBUGEN)
        self.write(AIRCR, VECTKEY | SYSRESETREQ)
        self.assertEqual([call[0] for call in self.core.calls if call[0] in ("reset", "resume", "halt")],
                         ["resume", "halt", "reset", "resume"])

    def test_aircr_needs_its_key(self):
        # B3.2.6: a write without VECTKEY 0x05FA is ignored.
        self.write(AIRCR, SYSRESETREQ)
        self.assertEqual(self.core.did("reset"), [])


class Breakpoints(Debug):
    def test_six_code_comparators_two_literal(self):
        value = self.read(FP_CTRL)
        self.assertEqual(((value >> 8) & 0x70) | ((value >> 4) & 0xF), 6)  # NUM_CODE
        self.assertEqual((value >> 8) & 0xF, 2)  # NUM_LIT

    def test_fp_ctrl_needs_its_key(self):
        # C1.11.3: a write with KEY 0 is ignored.
        self.write(FP_CTRL, 1)
        self.assertEqual(self.read(FP_CTRL) & 1, 0)
        self.write(FP_CTRL, 3)
        self.assertEqual(self.read(FP_CTRL) & 1, 1)

    def test_replace_chooses_the_halfword(self):
        # C1.11.5, FPB version 1: REPLACE 01 the lower halfword, 10 the upper, 11 both.
        self.write(FP_CTRL, 3)
        self.write(FP_COMP0, 0x40000000 | 0x100 | 1)
        self.write(FP_COMP0 + 4, 0x80000000 | 0x200 | 1)
        self.write(FP_COMP0 + 8, 0xC0000000 | 0x300 | 1)
        self.assertEqual(self.core.breakpoints, {0x100, 0x202, 0x300, 0x302})

    def test_nothing_while_the_fpb_is_off(self):
        self.write(FP_COMP0, 0x40000000 | 0x100 | 1)
        self.assertEqual(self.core.breakpoints, set())

    def test_a_bkpt_written_into_memory_stops_the_core(self):
        self.write(0x20000100, 0xBE11BE00 & 0x0000FFFF | 0x46C00000)  # bkpt; nop
        self.assertEqual(self.core.breakpoints, {0x20000100})
        self.debug.write(0x20000100, 2, 0x4770)  # bx lr: the original back
        self.assertEqual(self.core.breakpoints, set())

    def test_no_breakpoints_without_halting_debug(self):
        self.write(FP_CTRL, 3)
        self.write(FP_COMP0, 0x40000000 | 0x100 | 1)
        self.dhcsr(0)
        self.assertEqual(self.core.breakpoints, set())


class Watchpoints(Debug):
    def test_four_comparators(self):
        self.assertEqual(self.read(DWT_CTRL) >> 28, 4)

    def test_function_chooses_reads_writes_or_both(self):
        # Table C1-21: FUNCTION 5 read, 6 write, 7 read or write; MASK: size.
        for function, kind in ((5, "read"), (6, "write"), (7, "access")):
            self.write(DWT_COMP0, 0x20000000)
            self.write(DWT_MASK0, 2)
            self.write(DWT_FUNCTION0, function)
            self.assertEqual(self.core.watchpoints, {(kind, 0x20000000, 4)})

    def test_a_hit_sets_dwttrap_and_matched_until_read(self):
        self.write(DWT_COMP0, 0x20000000)
        self.write(DWT_MASK0, 2)
        self.write(DWT_FUNCTION0, 6)
        self.core.stops = [Stop("watchpoint", 0x20000002)]
        self.dhcsr(C_DEBUGEN)
        self.assertTrue(self.read(DHCSR) & S_HALT)
        self.assertTrue(self.read(DFSR) & DFSR_DWTTRAP)
        self.assertTrue(self.read(DWT_FUNCTION0) & (1 << 24))
        self.assertFalse(self.read(DWT_FUNCTION0) & (1 << 24))  # C1.8.17: cleared by the read


class NeverInvented(Debug):
    """What the probe does not model it says in its log, and answers
    nothing a real chip would answer differently."""

    def setUp(self):
        super().setUp()
        self.said = []
        self.debug.log = self.said.append

    def test_each_is_logged(self):
        self.write(AIRCR, VECTKEY | 1)  # VECTRESET
        self.write(FP_CTRL, 3)
        self.write(FP_COMP0 + 6 * 4, 0x100 | 1)  # a literal comparator: remap
        self.write(DWT_FUNCTION0, 0b1000)  # a trace function
        self.write(DEMCR, 1 << 10)  # VC_HARDERR
        self.write(DCRSR, 33)  # FPSCR: no FPU on a Cortex-M3
        for what in ("VECTRESET", "remapping", "DWT FUNCTION", "vector catch", "REGSEL 33"):
            self.assertTrue(any(what in line for line in self.said), what)
        self.assertEqual(self.core.did("reset"), [])  # VECTRESET did not reset anything

    def test_a_dwt_without_counters_says_so(self):
        # C1.8.7: NOCYCCNT, NOPRFCNT, NOEXTTRIG, NOTRCPKT set; the counters read 0.
        self.assertEqual((self.read(DWT_CTRL) >> 24) & 0xF, 0xF)
        self.assertEqual(self.read(DWT_CTRL + 4), 0)  # CYCCNT

    def test_fpb_says_it_does_not_remap(self):
        self.assertEqual(self.read(FP_CTRL + 4) & (1 << 29), 0)  # FP_REMAP.RMPSPT


if __name__ == "__main__":
    unittest.main()
