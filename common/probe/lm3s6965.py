"""What the LM3S6965 adds to the Cortex-M3 for a debugger: its flash
controller, which QEMU does not model (its lm3s6965evb has flash that only
an image loaded at start fills).

Stellaris LM3S6965 Microcontroller Data Sheet (DS-LM3S6965), chapter 8,
"Internal Memory": 256 KB of flash in 1 KB pages, programmed a word at a
time through three registers, and erased a page or all at once.

  0x400FD000 FMA     the flash address (8.5, register 1)
  0x400FD004 FMD     the word to program (register 2)
  0x400FD008 FMC     WRKEY 0xA442 in bits 31:16 and one command: WRITE (bit 0),
                     ERASE (bit 1, a page), MERASE (bit 2, all), COMT (bit 3)
  0x400FD00C FCRIS   PRIS (bit 1): a write or erase has finished
  0x400FD010 FCIM    interrupt masks
  0x400FD014 FCMISC  masked status; writing 1 clears FCRIS
  0x400FE140 USECRL  microseconds reload (the flash timing)

A command bit reads 1 while the operation runs and 0 when it is done; here
each finishes before the next access, so it always reads 0.
"""

FLASH_SIZE = 256 * 1024
PAGE_SIZE = 1024
FMA = 0x400FD000
FMD = 0x400FD004
FMC = 0x400FD008
FCRIS = 0x400FD00C
FCIM = 0x400FD010
FCMISC = 0x400FD014
USECRL = 0x400FE140

FMC_WRKEY = 0xA442 << 16
FMC_COMT = 1 << 3
FMC_MERASE = 1 << 2
FMC_ERASE = 1 << 1
FMC_WRITE = 1 << 0
PRIS = 1 << 1
ARIS = 1 << 0
USECRL_RESET = 0x31  # DS-LM3S6965, USECRL: 49 (50 MHz clock, 1 us)
ERASED = b"\xff" * PAGE_SIZE


class FlashController:
    def __init__(self, core, debug, log=None, corrupt_word=None):
        """corrupt_word: a flash address whose word is programmed with one bit
        flipped (for the test that proves verify catches a bad word)."""
        self.core = core
        self.debug = debug
        self.log = log or (lambda *_: None)
        self.corrupt_word = corrupt_word
        self.words_programmed = 0
        self.pages_erased = 0
        # What the flash holds: only this controller writes it (QEMU's CPU
        # cannot: its flash is ROM), and QEMU starts with it erased.
        self.contents = bytearray(b"\xff" * FLASH_SIZE)
        self.reset()

    def reset(self):
        self.fma = 0
        self.fmd = 0
        self.fcris = 0
        self.fcim = 0
        self.usecrl = USECRL_RESET

    def refuses_write(self, address):
        """Flash is written through the controller, never by a plain store:
        the bus answers one with an error (8.2.3: "flash ... programmed
        through the FMA, FMD and FMC registers")."""
        return address < FLASH_SIZE

    def handles(self, address):
        return FMA <= address <= FCMISC + 3 or USECRL <= address <= USECRL + 3

    def read(self, address, size):
        register = address & ~3
        value = {FMA: self.fma, FMD: self.fmd, FMC: 0, FCRIS: self.fcris, FCIM: self.fcim,
                 FCMISC: self.fcris & self.fcim, USECRL: self.usecrl}.get(register, 0)
        return (value >> (8 * (address & 3))) & ((1 << (8 * size)) - 1), True

    def write(self, address, size, value):
        if size != 4:
            self.log(f"not modelled: a {size}-byte write to flash register {address:#010x}")
            return True
        if address == FMA:
            self.fma = value & (FLASH_SIZE - 1)  # OFFSET, bits 17:0
        elif address == FMD:
            self.fmd = value
        elif address == FMC:
            return self.command(value)
        elif address == FCIM:
            self.fcim = value & (PRIS | ARIS)
        elif address == FCMISC:
            self.fcris &= ~value  # write 1 to clear
        elif address == USECRL:
            self.usecrl = value & 0xFF
        return True

    def command(self, value):
        if value & 0xFFFF0000 != FMC_WRKEY:
            return True  # without WRKEY the write has no effect (FMC's description)
        if value & FMC_WRITE:
            return self.program(self.fma & ~3, self.fmd)
        if value & FMC_ERASE:
            return self.erase(self.fma & ~(PAGE_SIZE - 1), PAGE_SIZE)
        if value & FMC_MERASE:
            return self.erase(0, FLASH_SIZE)
        if value & FMC_COMT:
            self.log("not modelled: COMT (committing the flash protection registers)")
        return True

    def program(self, address, word):
        """Programming turns 1 bits into 0 and never the reverse: a word not
        erased first keeps its 0 bits (what the data sheet's "erase before
        programming" is about)."""
        word &= int.from_bytes(self.contents[address:address + 4], "little")
        if address == self.corrupt_word:
            word ^= 1
            self.log(f"flash: corrupting the word at {address:#010x} on purpose")
        data = word.to_bytes(4, "little")
        self.core.program(address, data)
        self.contents[address:address + 4] = data
        self.debug.code_written(address, data)
        self.words_programmed += 1
        self.fcris |= PRIS
        return True

    def erase(self, start, length):
        for page in range(start, start + length, PAGE_SIZE):
            self.core.program(page, ERASED)
            self.contents[page:page + PAGE_SIZE] = ERASED
            self.debug.code_written(page, ERASED)
            self.pages_erased += 1
        self.fcris |= PRIS
        return True
