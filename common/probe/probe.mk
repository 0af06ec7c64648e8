# PROBE=emulated (included by common/mk/debug.mk): the real-board commands
# against an emulated EK-LM3S6965, QEMU behind an emulated JTAG probe
# (common/probe/; lessons/06-debugging.md, "A real board, emulated"). The
# board lives in EMULATED_BOARD from the first command until
# 'make board-off PROBE=emulated'.
EMULATED := $(COURSE)/common/probe/emulated
EMULATED_BOARD ?= $(COURSE)/build/emulated-ek-lm3s6965
.PHONY: monitor board-off

ifneq ($(BOARD),ek-lm3s6965)
debug flash openocd monitor:
	$(error PROBE=emulated emulates BOARD=ek-lm3s6965 only (its probe speaks JTAG, which OpenOCD's remote_bitbang adapter carries; the micro:bit's speaks SWD only): use BOARD=ek-lm3s6965)
else
# A failed command ends make without make's own "*** [...] Error" line (a
# path of this machine): what GDB or OpenOCD said is the last word.
debug: $(ELF)
	@$(EMULATED) debug $(EMULATED_BOARD) $(ELF) $(GDB_BATCH) || $(quiet_failure)

flash: $(ELF)
	@$(EMULATED) flash $(EMULATED_BOARD) $(ELF) || $(quiet_failure)

openocd:
	@$(EMULATED) openocd $(EMULATED_BOARD) $(GDB_PORT)

monitor:
	@$(EMULATED) monitor $(EMULATED_BOARD)
endif

board-off:
	@$(EMULATED) off $(EMULATED_BOARD)

gdbserver:
	$(error PROBE=emulated is a real-board flow: 'make openocd PROBE=emulated BOARD=ek-lm3s6965' starts its GDB server)
