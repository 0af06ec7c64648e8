# The build every lesson shares. A lesson's Makefile says what it builds,
# then includes this file:
#   SOURCES         the lesson's own .cpp files
#   COMMON_SOURCES  what earlier lessons taught: the groups below, by name
#   LINKER_SCRIPT   defaults to common/runtime/firmware.ld (lesson 02)
#   VARIANTS        its deliberate variants, each with what it changes (below)
# Everything else is here. This file is included last, so a lesson names the
# groups with "=" (read when used), not ":=" (read at once, before they exist).

COURSE := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))/../..)
LESSON := $(notdir $(CURDIR))

include $(COURSE)/common/mk/board.mk
include $(COURSE)/common/mk/tools.mk

# excerpt: groups
# What earlier lessons taught, in groups (paths under common/):
# lesson 01: the vector table, handlers that end in panic(), the C++ runtime's hooks;
RUNTIME_CORE := runtime/vectors.cpp runtime/exceptions.cpp runtime/faults.cpp runtime/panic.cpp \
  runtime/cxx_hooks.cpp
# lesson 02 on: startup (RAM, constructors, stack guard), memcpy and co., and
# semihosting, through which a panic now says why;
RUNTIME := $(RUNTIME_CORE) runtime/startup.cpp runtime/ram_init.cpp runtime/semihosting.cpp \
  runtime/report_semihosting.cpp runtime/memory.cpp
# lesson 04 on: number formatting for the console;
DRIVERS := drivers/format.cpp
# lesson 05 on: the chip's interrupt vectors (CHIP_SOURCES, from its chip.mk)
# and the handler that names an interrupt nobody handles.
INTERRUPTS := $(CHIP_SOURCES) runtime/unhandled_irq.cpp
# end excerpt

LINKER_SCRIPT ?= $(COURSE)/common/runtime/firmware.ld

# `make VARIANT=name` builds one of the lesson's deliberate variants (a
# pitfall or a demo) into build/<board>/<name>/, beside the real firmware.
# The lesson lists them in VARIANTS, and says what each changes in variables
# named after it, one line per change:
#   SOURCES.name  COMMON_SOURCES.name  LINKER_SCRIPT.name   instead of the lesson's
#   CXXFLAGS.name  LDFLAGS.name                              added to the lesson's
# Its files are compiled with -DVARIANT_NAME (VARIANT=stack-overflow defines
# VARIANT_STACK_OVERFLOW), for a switch in the lesson's own files. Code in
# common/ has no such switch: a variant that changes it swaps a whole file.
# A name not in VARIANTS is one line of error.
VARIANT ?=
ifneq ($(VARIANT),)
ifeq ($(filter $(VARIANT),$(VARIANTS)),)
$(error $(LESSON) has no variant '$(VARIANT)': VARIANT must be one of $(or $(VARIANTS),nothing: this folder has no variants))
endif
endif
# $(call for_variant,NAME): NAME.<variant> if the lesson set it (even to
# nothing), else NAME.
for_variant = $(if $(filter undefined,$(origin $(1).$(VARIANT))),$($(1)),$($(1).$(VARIANT)))
SOURCES := $(call for_variant,SOURCES)
COMMON_SOURCES := $(call for_variant,COMMON_SOURCES)
LINKER_SCRIPT := $(call for_variant,LINKER_SCRIPT)
VARIANT_NAME := $(if $(VARIANT),$(VARIANT),main)
VARIANT_DEFINE := $(if $(VARIANT),-DVARIANT_$(shell echo '$(VARIANT)' | tr 'a-z-' 'A-Z_'))
BUILD := build/$(BOARD)/$(VARIANT_NAME)
ELF := $(BUILD)/firmware.elf

OPTIMIZE ?= -Os
# Freestanding C++: no hosted library, no exceptions or RTTI runtime, no
# thread-safe statics (there are no threads, and no __cxa_guard_* to call).
# -fno-tree-loop-distribute-patterns: never turn a loop into a call to
# memcpy/memset (lesson 02), not even if -ffreestanding is dropped.
CXXFLAGS := $(CPU_FLAGS) -std=c++20 $(OPTIMIZE) -g3 \
  -ffreestanding -fno-exceptions -fno-rtti -fno-threadsafe-statics \
  -fno-use-cxa-atexit -fno-unwind-tables -fno-asynchronous-unwind-tables \
  -ffunction-sections -fdata-sections \
  -ffile-prefix-map=$(COURSE)/= \
  -fno-tree-loop-distribute-patterns \
  -Wall -Wextra -Werror \
  -I. -I$(COURSE)/common -I$(COURSE)/common/chips/$(CHIP) \
  $(VARIANT_DEFINE) $(CXXFLAGS.$(VARIANT)) $(EXTRA_CXXFLAGS)
# -nostdlib: no crt0, no libc, no libstdc++; libgcc stays for the helpers
# the compiler itself calls (division on Cortex-M0, 64-bit shifts, ...).
# --warn-rwx-segments: binutils' warning about a segment that is writable
# and executable, off by default for arm-none-eabi; firmware.ld's PHDRS
# keeps every segment clear of it (lesson 02), and the linker says so if a
# change ever makes one.
LDFLAGS := $(CPU_FLAGS) -nostdlib -Wl,--gc-sections -Wl,-Map=$(BUILD)/firmware.map -Wl,--warn-rwx-segments \
  -L$(COURSE)/common/chips/$(CHIP) -T $(LINKER_SCRIPT) $(LDFLAGS.$(VARIANT)) $(EXTRA_LDFLAGS)
LDLIBS := -lgcc

OBJECTS := $(SOURCES:%.cpp=$(BUILD)/lesson/%.o) $(COMMON_SOURCES:%.cpp=$(BUILD)/common/%.o)

.DELETE_ON_ERROR:
.PHONY: all run check debug gdbserver flash openocd clean help board-env compile-commands size

.DEFAULT_GOAL := all
all: $(ELF) $(BUILD)/firmware.lst $(BUILD)/firmware.bin size

$(BUILD)/lesson/%.o: %.cpp
	$(call require,$(CXX_ARM),gcc-arm-none-eabi)
	@mkdir -p $(dir $@)
	$(CXX_ARM) $(CXXFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/common/%.o: $(COURSE)/common/%.cpp
	$(call require,$(CXX_ARM),gcc-arm-none-eabi)
	@mkdir -p $(dir $@)
	$(CXX_ARM) $(CXXFLAGS) -MMD -MP -c $< -o $@

$(ELF): $(OBJECTS) $(LINKER_SCRIPT)
	$(CXX_ARM) $(LDFLAGS) $(OBJECTS) $(LDLIBS) -o $@

# The listing interleaves source and instructions: what the CPU really runs.
$(BUILD)/firmware.lst: $(ELF)
	$(OBJDUMP) -d -S -C $< > $@

# The raw image a flash programmer writes, byte 0 = address 0.
$(BUILD)/firmware.bin: $(ELF)
	$(OBJCOPY) -O binary $< $@

size: $(ELF)
	@$(SIZE) $<

run: $(ELF)
	$(if $(QEMU_MACHINE),,$(error BOARD=$(BOARD) is real hardware, not emulated: use 'make flash BOARD=$(BOARD)', or run in QEMU with BOARD=lm3s6965evb or BOARD=microbit))
	$(call require,$(QEMU),qemu-system-arm)
	@echo "QEMU $(QEMU_MACHINE): Ctrl-A then X quits."
	@$(COURSE)/common/check/qemu-run --machine $(QEMU_MACHINE) --interactive $(ELF)

check:
	@$(COURSE)/common/check/run $(CURDIR) || $(quiet_failure)

include $(COURSE)/common/mk/debug.mk

# What the check scripts need to know about this lesson and board, as shell.
board-env:
	@echo "BOARD='$(BOARD)' CHIP='$(CHIP)' QEMU_MACHINE='$(QEMU_MACHINE)' RAM_START='$(RAM_START)' RAM_END='$(RAM_END)' RAM_SIZE='$(RAM_SIZE)' FLASH_START='$(FLASH_START)' FLASH_SIZE='$(FLASH_SIZE)' OPENOCD_CONFIG='$(OPENOCD_CONFIG)' BUILD='$(CURDIR)/$(BUILD)' ELF='$(CURDIR)/$(ELF)' LESSON_DIR='$(CURDIR)' COURSE='$(COURSE)'"

# One JSON entry per source, for clangd; the top-level Makefile joins them.
compile-commands:
	@$(foreach s,$(SOURCES:%=$(CURDIR)/%) $(COMMON_SOURCES:%=$(COURSE)/common/%),printf '{"directory":"%s","file":"%s","command":"%s %s -c %s"},\n' '$(CURDIR)' '$(s)' '$(CXX_ARM)' '$(CXXFLAGS)' '$(s)';)

clean:
	rm -rf build

help:
	@echo "$(LESSON) on BOARD=$(BOARD) ($(BOARD_DESCRIPTION))"
	@echo "  make              build $(ELF) (+ .lst listing, .map, .bin, size)"
	@echo "  make run          run it in QEMU (Ctrl-A X quits)"
	@echo "  make check        run this lesson's checks"
	@echo "  make debug        QEMU halted at reset + gdb-multiarch attached (a real board: BOARD=ek-lm3s6965, or BOARD=microbit PROBE=openocd)"
	@echo "  make gdbserver    QEMU halted at reset, waiting for your IDE's GDB on 127.0.0.1:$(GDB_PORT)"
	@echo "  make flash        program a real board through OpenOCD (BOARD=ek-lm3s6965 or microbit)"
	@echo "  make monitor      a real board's serial port, in picocom (Ctrl-A Ctrl-X quits)"
	@echo "  PROBE=emulated    flash, debug, openocd, monitor on an emulated EK-LM3S6965 (BOARD=ek-lm3s6965); make board-off PROBE=emulated switches it off"
	@echo "  make clean        remove build/"
	@echo "  BOARD=            one of: $(BOARDS)"
	@echo "  VARIANT=          build a deliberate variant into build/<board>/<variant>/: $(or $(VARIANTS),see the Makefile)"

-include $(OBJECTS:.o=.d)
