"""The AHB-AP against ADIv5 (ARM IHI 0031) chapter 7 and the Cortex-M3 TRM
(ARM DDI 0337), "AHB-AP"."""
import unittest

from fakes import FakeBus
from mem_ap import AHB_AP_IDR, BD0, CFG, CSW, DRW, IDR, TAR, MemAccessPort

BYTE, HALFWORD, WORD = 0, 1, 2
SINGLE, PACKED = 0x10, 0x20


class Registers(unittest.TestCase):
    def test_idr_names_an_arm_ahb_mem_ap(self):
        value, ok = MemAccessPort(FakeBus()).read(IDR)
        self.assertTrue(ok)
        self.assertEqual(value, AHB_AP_IDR)
        self.assertEqual(value & 0xF, 1)  # AMBA AHB
        self.assertEqual((value >> 16) & 1, 1)  # a memory access port
        self.assertEqual((value >> 17) & 0x7FF, 0x4 << 7 | 0x3B)  # JEP-106: ARM

    def test_cfg_says_little_endian(self):
        self.assertEqual(MemAccessPort(FakeBus()).read(CFG), (0, True))

    def test_device_enabled_and_no_transfer_in_progress(self):
        ap = MemAccessPort(FakeBus())
        ap.write(CSW, 0)
        csw = ap.read(CSW)[0]
        self.assertEqual(csw & 0xC0, 0x40)

    def test_packed_transfers_read_back_as_not_supported(self):
        # 7.2.1: packed transfers are optional; OpenOCD writes 0b10 and
        # reads back to find out.
        ap = MemAccessPort(FakeBus())
        ap.write(CSW, WORD | PACKED)
        self.assertEqual(ap.read(CSW)[0] & 0x30, 0)


class Transfers(unittest.TestCase):
    def setUp(self):
        self.bus = FakeBus()
        self.ap = MemAccessPort(self.bus)

    def test_word_write_then_read(self):
        self.ap.write(CSW, WORD)
        self.ap.write(TAR, 0x20000000)
        self.ap.write(DRW, 0xDEADBEEF)
        self.assertEqual(self.ap.read(DRW), (0xDEADBEEF, True))

    def test_single_increment_moves_tar_by_the_size(self):
        self.ap.write(CSW, WORD | SINGLE)
        self.ap.write(TAR, 0x20000000)
        for value in (1, 2, 3):
            self.ap.write(DRW, value)
        self.assertEqual(self.ap.read(TAR)[0], 0x2000000C)
        self.assertEqual([a[1] for a in self.bus.accesses], [0x20000000, 0x20000004, 0x20000008])

    def test_increment_wraps_within_4_kb(self):
        # TAR[11:0] increments; TAR[31:12] does not (DDI 0337: 4 KB on the M3).
        self.ap.write(CSW, WORD | SINGLE)
        self.ap.write(TAR, 0x20000FFC)
        self.ap.write(DRW, 1)
        self.assertEqual(self.ap.read(TAR)[0], 0x20000000)

    def test_bytes_travel_on_their_byte_lane(self):
        # 7.2.4: a byte at address 4n+1 is DRW bits 15:8.
        self.ap.write(CSW, BYTE | SINGLE)
        self.ap.write(TAR, 0x20000001)
        self.ap.write(DRW, 0x0000AB00)
        self.assertEqual(self.bus.memory[0x20000001], 0xAB)
        self.ap.write(TAR, 0x20000001)
        self.assertEqual(self.ap.read(DRW), (0x0000AB00, True))

    def test_halfwords_travel_on_their_lanes(self):
        self.ap.write(CSW, HALFWORD)
        self.ap.write(TAR, 0x20000002)
        self.ap.write(DRW, 0xBEEF0000)
        self.assertEqual(self.bus.accesses[-1], ("write", 0x20000002, 2, 0xBEEF))
        self.assertEqual(self.ap.read(DRW), (0xBEEF0000, True))

    def test_banked_data_reaches_the_four_words_without_moving_tar(self):
        self.ap.write(CSW, WORD | SINGLE)
        self.ap.write(TAR, 0xE000EDF4)
        self.ap.write(BD0 + 0xC, 7)  # BD3: 0xE000EDF0 + 0xC
        self.assertEqual(self.bus.accesses[-1], ("write", 0xE000EDFC, 4, 7))
        self.assertEqual(self.ap.read(TAR)[0], 0xE000EDF4)

    def test_a_bus_error_is_reported(self):
        bus = FakeBus(faulty={0x40000000})
        ap = MemAccessPort(bus)
        ap.write(CSW, WORD)
        ap.write(TAR, 0x40000000)
        self.assertEqual(ap.read(DRW), (0, False))
        self.assertFalse(ap.write(DRW, 1))

    def test_a_reserved_size_is_an_error(self):
        self.ap.write(CSW, 0b011)
        self.assertFalse(self.ap.read(DRW)[1])


if __name__ == "__main__":
    unittest.main()
