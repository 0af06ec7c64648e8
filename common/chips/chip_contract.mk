# The chip contract, make's half: what every common/chips/<chip>/chip.mk
# sets, checked as soon as the board's chip is read (each chip.mk includes
# this file last). The C++ half, the roles of chip_hal.hpp, is
# common/hal/chip_contract.hpp. A missing piece is one line naming it.
# (No commas in the messages: $(call) would split them there.)
chip_contract_broken = $(error common/chips/$(CHIP)/chip.mk: $(1))

$(if $(CPU_FLAGS),,$(call chip_contract_broken,CPU_FLAGS is missing: the compiler's CPU flags \
  (e.g. -mcpu=cortex-m3 -mthumb -mfloat-abi=soft)))
$(foreach name,FLASH_START FLASH_SIZE RAM_START RAM_SIZE RAM_END,$(if $($(name)),,\
  $(call chip_contract_broken,$(name) is missing: the datasheet's memory map (as in memory.ld))))
$(if $(CHIP_SOURCES),,$(call chip_contract_broken,CHIP_SOURCES is missing: the chip's vector table \
  (chips/$(CHIP)/interrupts.cpp)))
$(foreach source,$(CHIP_SOURCES),$(if $(wildcard $(COURSE)/common/$(source)),,\
  $(call chip_contract_broken,CHIP_SOURCES names $(source) but common/$(source) does not exist)))
$(foreach file,memory.ld chip_hal.hpp interrupts.hpp,$(if $(wildcard $(COURSE)/common/chips/$(CHIP)/$(file)),,\
  $(call chip_contract_broken,common/chips/$(CHIP)/$(file) is missing (see lesson 04: Porting to a third chip))))
