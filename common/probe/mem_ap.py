"""The Cortex-M3's AHB access port: an ADIv5 MEM-AP (ARM IHI 0031, chapter 7;
Cortex-M3 TRM, ARM DDI 0337, "AHB-AP").

Through it a debugger reads and writes the chip's memory map: it sets the
transfer address (TAR) and the size of each transfer (CSW), then reads or
writes DRW, or one of the four words around TAR through BD0-BD3.

  0x00 CSW   size, address increment, DeviceEn
  0x04 TAR   transfer address
  0x0C DRW   data read/write at TAR (then TAR moves on, if CSW says so)
  0x10-0x1C BD0-BD3  data at TAR[31:4] + 0x0 .. 0xC, TAR unchanged
  0xF4 CFG   0: little-endian, 32-bit addresses
  0xF8 BASE  the debug ROM table's address
  0xFC IDR   what this AP is

`bus` is the memory map: read(address, size) -> (value, ok) and
write(address, size, value) -> ok, size in bytes (1, 2 or 4), value the
little-endian number those bytes hold; ok False is a bus error.
"""

CSW = 0x00
TAR = 0x04
DRW = 0x0C
BD0 = 0x10
CFG = 0xF4
BASE = 0xF8
IDR = 0xFC

CSW_SIZE = 0x7  # 0: byte, 1: halfword, 2: word (7.2.1)
CSW_ADDRINC = 0x30  # 0b00 off, 0b01 single, 0b10 packed
ADDRINC_SINGLE = 0x10
ADDRINC_PACKED = 0x20
CSW_DEVICE_EN = 1 << 6  # read-only: the AHB is there to be accessed
CSW_TR_IN_PROG = 1 << 7  # read-only: never set, every transfer is done at once
CSW_WRITABLE = 0xFFFFFF3F & ~CSW_DEVICE_EN
CSW_RESET = 0x03000040  # HPROT[1:0] (privileged data access), DeviceEn

# DDI 0337, "AHB-AP ID Register": revision 2, JEP-106 ARM (continuation 0x4,
# identity 0x3B), a MEM-AP, Cortex-M3 variant 1, AMBA AHB (type 1).
AHB_AP_IDR = 0x24770011
# The ROM table at 0xE00FF000; bit 1: ADIv5 format, bit 0: present.
ROM_TABLE_BASE = 0xE00FF003

# TAR increments within a 4 KB block on the Cortex-M3 (IHI 0031 7.2.2 sets
# 1 KB as the least; DDI 0337: the Cortex-M3's AHB-AP wraps at 4 KB).
AUTOINCREMENT_BLOCK = 0x1000


class MemAccessPort:
    def __init__(self, bus):
        self.bus = bus
        self.csw = CSW_RESET
        self.tar = 0

    def size(self) -> int:
        return {0: 1, 1: 2, 2: 4}.get(self.csw & CSW_SIZE, 0)

    def read(self, register):
        if register == CSW:
            return self.csw, True
        if register == TAR:
            return self.tar, True
        if register == DRW:
            value, ok = self.transfer(self.tar, None)
            self.increment()
            return value, ok
        if BD0 <= register <= BD0 + 0xC:
            return self.transfer((self.tar & ~0xF) | (register - BD0), None)
        if register == CFG:
            return 0, True
        if register == BASE:
            return ROM_TABLE_BASE, True
        if register == IDR:
            return AHB_AP_IDR, True
        return 0, True  # reserved: reads as zero (7.1)

    def write(self, register, value):
        if register == CSW:
            value = (value & CSW_WRITABLE) | CSW_DEVICE_EN
            if value & CSW_ADDRINC == ADDRINC_PACKED:
                # Packed transfers are optional (7.2.1) and this AP has none:
                # AddrInc reads back as "off", which is how a debugger finds
                # that out (OpenOCD's mem_ap_init writes 0b10 and reads back).
                value &= ~CSW_ADDRINC
            self.csw = value
            return True
        if register == TAR:
            self.tar = value
            return True
        if register == DRW:
            ok = self.transfer(self.tar, value)[1]
            self.increment()
            return ok
        if BD0 <= register <= BD0 + 0xC:
            return self.transfer((self.tar & ~0xF) | (register - BD0), value)[1]
        return True  # read-only and reserved registers ignore writes

    def transfer(self, address, value):
        """One transfer of CSW's size at ADDRESS; VALUE None reads. The data
        travels on the byte lanes ADDRESS selects (7.2.4, "byte lanes"): a
        byte at address 0x...1 is bits 15:8 of DRW."""
        size = self.size()
        if size == 0:
            return 0, False  # a reserved size (7.2.1): an error, no transfer
        lane = 8 * (address & 3 & ~(size - 1)) if size < 4 else 0
        mask = (1 << (8 * size)) - 1
        if value is None:
            data, ok = self.bus.read(address, size)
            return ((data & mask) << lane) if ok else 0, ok
        return 0, self.bus.write(address, size, (value >> lane) & mask)

    def increment(self):
        if self.csw & CSW_ADDRINC == ADDRINC_SINGLE:
            block = self.tar & ~(AUTOINCREMENT_BLOCK - 1)
            self.tar = block | ((self.tar + self.size()) & (AUTOINCREMENT_BLOCK - 1))
