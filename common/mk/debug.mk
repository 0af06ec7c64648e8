# Debugging and flashing. On an emulated board: QEMU's gdbstub. On a real
# board (PROBE=openocd, or a board QEMU does not emulate): OpenOCD, with the
# real-board build (PROBE and SILICON: common/mk/board.mk).
GDB_PORT ?= 3333
# GDB_BATCH=script.gdb: GDB runs the script, prints a transcript and exits
# (common/debug/course-gdb.sh): how the lessons show a session, and how
# the checks drive one.
GDB_BATCH ?=

# PROBE=emulated: every command below, for BOARD=ek-lm3s6965, against an
# emulated board (common/probe/probe.mk); PROBE=openocd and qemu: below.
ifeq ($(PROBE),emulated)
include $(COURSE)/common/probe/probe.mk
else

debug: $(ELF)
ifeq ($(PROBE),qemu)
	@$(COURSE)/common/debug/qemu-debug $(if $(ICOUNT),--icount) $(QEMU_MACHINE) $(ELF) $(GDB_BATCH) || $(quiet_failure)
else
	$(if $(OPENOCD_CONFIG),,$(error BOARD=$(BOARD) has no OpenOCD configuration: use BOARD=ek-lm3s6965 or BOARD=microbit))
	$(call require,$(OPENOCD),openocd)
	@$(COURSE)/common/debug/openocd-debug $(ELF) '$(GDB_BATCH)' $(OPENOCD_CONFIG) || $(quiet_failure)
endif

# QEMU halted at reset, waiting for an IDE's debugger on a fixed port. It
# says how to attach a GDB that finds every source: the course's own files
# are named relative to the course (-ffile-prefix-map in rules.mk).
gdbserver: $(ELF)
	$(if $(QEMU_MACHINE),,$(error BOARD=$(BOARD) is real hardware: use 'make openocd BOARD=$(BOARD)' for its GDB server))
	@echo "QEMU $(QEMU_MACHINE) halted at reset, waiting for a debugger on 127.0.0.1:$(GDB_PORT). From this folder:"
	@echo "  gdb-multiarch -q -ex 'directory $(COURSE)' -ex 'target remote 127.0.0.1:$(GDB_PORT)' $(ELF)"
	@echo "An IDE: the same port, and $(COURSE) as a source folder (.vscode/launch.json). Ctrl-C stops QEMU."
	@$(COURSE)/common/check/qemu-run --machine $(QEMU_MACHINE) --gdb-port $(GDB_PORT) $(if $(ICOUNT),--icount) --timeout 86400 $(ELF)

# OpenOCD's own GDB server (port 3333) for a real board.
openocd:
	$(if $(OPENOCD_CONFIG),,$(error BOARD=$(BOARD) has no OpenOCD configuration: use BOARD=ek-lm3s6965 or BOARD=microbit))
	$(call require,$(OPENOCD),openocd)
	$(OPENOCD) $(OPENOCD_CONFIG)

flash: $(ELF)
	$(if $(OPENOCD_CONFIG),,$(error BOARD=$(BOARD) is emulated only: use 'make run', or BOARD=ek-lm3s6965 / BOARD=microbit for a real board))
	@$(COURSE)/common/debug/openocd-flash $(ELF) $(OPENOCD_CONFIG) || $(quiet_failure)

# A real board's serial port (its UART, through the probe's USB) in a
# terminal: picocom, at the firmware's speed. Ctrl-A then Ctrl-X quits.
.PHONY: monitor
monitor:
	$(if $(SERIAL_PORT),,$(error BOARD=$(BOARD) has no serial port on a PC: 'make run' shows QEMU's UART))
	$(call require,picocom,picocom)
	@test -e $(SERIAL_PORT) || { echo "no $(SERIAL_PORT): is the board plugged in? 'ls /dev/serial/by-id/' lists the serial ports; then make monitor SERIAL_PORT=..." >&2; exit 1; }
	@picocom --baud $(SERIAL_BAUD) $(SERIAL_PORT)
endif
