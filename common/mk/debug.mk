# Debugging and flashing. On an emulated board: QEMU's gdbstub. On a real
# board (PROBE=openocd, or a board QEMU does not emulate): OpenOCD, with the
# real-board build (PROBE and SILICON: common/mk/board.mk).
GDB_PORT ?= 3333
# GDB_BATCH=script.gdb runs GDB non-interactively (how the checks use it).
GDB_BATCH ?=

debug: $(ELF)
ifeq ($(PROBE),qemu)
	@$(COURSE)/common/debug/qemu-debug $(QEMU_MACHINE) $(ELF) $(GDB_BATCH)
else
	$(if $(OPENOCD_CONFIG),,$(error BOARD=$(BOARD) has no OpenOCD configuration: use BOARD=ek-lm3s6965 or BOARD=microbit))
	$(call require,$(OPENOCD),openocd)
	@$(OPENOCD) $(OPENOCD_CONFIG) > $(BUILD)/openocd.log 2>&1 & openocd=$$!; sleep 1; \
	  $(GDB) -q -nx -x $(COURSE)/common/debug/course.gdb -x $(COURSE)/common/debug/openocd.gdb $(if $(GDB_BATCH),-batch -x $(GDB_BATCH)) $(ELF); \
	  kill $$openocd 2>/dev/null
endif

# QEMU halted at reset, waiting for an IDE's debugger on a fixed port.
gdbserver: $(ELF)
	$(if $(QEMU_MACHINE),,$(error BOARD=$(BOARD) is real hardware: use 'make openocd BOARD=$(BOARD)' for its GDB server))
	@echo "QEMU $(QEMU_MACHINE) halted at reset; attach GDB to 127.0.0.1:$(GDB_PORT) (target remote 127.0.0.1:$(GDB_PORT)). Ctrl-C stops it."
	@$(COURSE)/common/check/qemu-run --machine $(QEMU_MACHINE) --gdb-port $(GDB_PORT) --timeout 86400 $(ELF)

# OpenOCD's own GDB server (port 3333) for a real board.
openocd:
	$(if $(OPENOCD_CONFIG),,$(error BOARD=$(BOARD) has no OpenOCD configuration: use BOARD=ek-lm3s6965 or BOARD=microbit))
	$(call require,$(OPENOCD),openocd)
	$(OPENOCD) $(OPENOCD_CONFIG)

flash: $(ELF)
	$(if $(OPENOCD_CONFIG),,$(error BOARD=$(BOARD) is emulated only: use 'make run', or BOARD=ek-lm3s6965 / BOARD=microbit for a real board))
	@$(COURSE)/common/debug/openocd-flash $(ELF) $(OPENOCD_CONFIG)
