# Debugging and flashing. On an emulated board: QEMU's gdbstub. On a real
# board (PROBE=openocd, or a board QEMU does not emulate): OpenOCD.
GDB_PORT ?= 3333
# A board QEMU emulates is debugged in QEMU unless PROBE=openocd says the
# real one is plugged in (the micro:bit is both).
PROBE ?= $(if $(QEMU_MACHINE),qemu,openocd)
# GDB_BATCH=script.gdb runs GDB non-interactively (how the checks use it).
GDB_BATCH ?=

# PROBE=emulated: every command below, for BOARD=ek-lm3s6965, against an
# emulated board (common/probe/probe.mk); PROBE=openocd and qemu: below.
ifeq ($(PROBE),emulated)
include $(COURSE)/common/probe/probe.mk
else

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

# A real board's serial port (its UART, through the probe's USB) in a
# terminal: picocom, at the firmware's speed. Ctrl-A then Ctrl-X quits.
.PHONY: monitor
monitor:
	$(if $(SERIAL_PORT),,$(error BOARD=$(BOARD) has no serial port on a PC: 'make run' shows QEMU's UART))
	$(call require,picocom,picocom)
	@test -e $(SERIAL_PORT) || { echo "no $(SERIAL_PORT): is the board plugged in? 'ls /dev/serial/by-id/' lists the serial ports; then make monitor SERIAL_PORT=..." >&2; exit 1; }
	@picocom --baud $(SERIAL_BAUD) $(SERIAL_PORT)
endif
