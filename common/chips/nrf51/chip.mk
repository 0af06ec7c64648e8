# Nordic nRF51822-QFAA (micro:bit v1): Cortex-M0, 256 KiB flash at
# 0x0000_0000, 16 KiB RAM at 0x2000_0000 (nRF51 Series Reference Manual,
# section 3.2 "Memory map"; nRF51822 Product Specification, table 1).
CPU_FLAGS := -mcpu=cortex-m0 -mthumb -mfloat-abi=soft
FLASH_START := 0x00000000
FLASH_SIZE := 256K
RAM_START := 0x20000000
RAM_SIZE := 16K
RAM_END := 0x20004000
# Linked into every program from lesson 05 on: the chip's interrupt vectors,
# and the handler of its periodic tick (chip::Tick).
CHIP_SOURCES := chips/nrf51/interrupts.cpp chips/nrf51/tick.cpp
# What every chip provides, checked (common/chips/chip_contract.mk).
include $(COURSE)/common/chips/chip_contract.mk
