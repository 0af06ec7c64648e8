# TI LM3S6965: Cortex-M3, 256 KiB flash at 0x0000_0000, 64 KiB SRAM at
# 0x2000_0000 (LM3S6965 datasheet, section 2.4 "Memory Map", table 2-4).
CPU_FLAGS := -mcpu=cortex-m3 -mthumb -mfloat-abi=soft
FLASH_START := 0x00000000
FLASH_SIZE := 256K
RAM_START := 0x20000000
RAM_SIZE := 64K
RAM_END := 0x20010000
# Linked into every program from lesson 05 on: the chip's interrupt vectors,
# and the handler of its periodic tick (chip::Tick).
CHIP_SOURCES := chips/lm3s6965/interrupts.cpp chips/lm3s6965/tick.cpp
# What every chip provides, checked (common/chips/chip_contract.mk).
include $(COURSE)/common/chips/chip_contract.mk
