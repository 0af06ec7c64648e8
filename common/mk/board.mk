# BOARD= picks a board; the board names its chip. Adding a board is adding
# common/boards/<name>.mk (and, for a new chip, common/chips/<chip>/).
BOARD ?= lm3s6965evb
BOARDS := $(sort $(notdir $(basename $(wildcard $(COURSE)/common/boards/*.mk))))
ifeq ($(filter $(BOARD),$(BOARDS)),)
$(error unknown BOARD '$(BOARD)': use one of $(BOARDS) (e.g. make BOARD=microbit))
endif
include $(COURSE)/common/boards/$(BOARD).mk
include $(COURSE)/common/chips/$(CHIP)/chip.mk

# excerpt: real-board
# Who runs the firmware: QEMU (PROBE=qemu), or a real chip behind a debug
# probe (PROBE=openocd). A board QEMU emulates runs in QEMU unless
# PROBE=openocd says the real one is plugged in (the micro:bit is both);
# make flash always means the real one.
PROBE ?= $(if $(QEMU_MACHINE),$(if $(and $(OPENOCD_CONFIG),$(filter flash,$(MAKECMDGOALS))),openocd,qemu),openocd)
# SILICON: the firmware is built for a real chip, where nothing may answer
# semihosting (lesson 02): its line to the host is the UART, and its end
# parks the CPU (HOST_LINE in rules.mk). make flash writes this build.
SILICON := $(if $(filter qemu,$(PROBE)),,yes)
# end excerpt
# QEMU's model of the board's chip, where the checks run the real-board
# build (without semihosting, as on a board without a debugger).
QEMU_TWIN ?= $(QEMU_MACHINE)
