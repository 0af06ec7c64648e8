# BOARD= picks a board; the board names its chip. Adding a board is adding
# common/boards/<name>.mk (and, for a new chip, common/chips/<chip>/).
BOARD ?= lm3s6965evb
BOARDS := $(sort $(notdir $(basename $(wildcard $(COURSE)/common/boards/*.mk))))
ifeq ($(filter $(BOARD),$(BOARDS)),)
$(error unknown BOARD '$(BOARD)': use one of $(BOARDS) (e.g. make BOARD=microbit))
endif
include $(COURSE)/common/boards/$(BOARD).mk
include $(COURSE)/common/chips/$(CHIP)/chip.mk
