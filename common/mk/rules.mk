# The build every lesson shares. A lesson's Makefile sets what it builds and
# includes this file:
#   SOURCES         the lesson's own .cpp files
#   COMMON_SOURCES  files under common/ that earlier lessons taught
#   LINKER_SCRIPT   defaults to common/runtime/firmware.ld (lesson 02)
# and may add VARIANT_SOURCES / per-variant tweaks. Everything else is here.

COURSE := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))/../..)
LESSON := $(notdir $(CURDIR))

include $(COURSE)/common/mk/board.mk
include $(COURSE)/common/mk/tools.mk

LINKER_SCRIPT ?= $(COURSE)/common/runtime/firmware.ld

# VARIANT builds the same lesson with one deliberate change (a pitfall or a
# demo): `make VARIANT=panic` defines VARIANT_PANIC and builds into its own
# folder, so it never overwrites the real firmware.
VARIANT ?=
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
  $(VARIANT_DEFINE) $(EXTRA_CXXFLAGS)
# -nostdlib: no crt0, no libc, no libstdc++; libgcc stays for the helpers
# the compiler itself calls (division on Cortex-M0, 64-bit shifts, ...).
LDFLAGS := $(CPU_FLAGS) -nostdlib -Wl,--gc-sections -Wl,-Map=$(BUILD)/firmware.map \
  -Wl,--no-warn-rwx-segments -L$(COURSE)/common/chips/$(CHIP) -T $(LINKER_SCRIPT) $(EXTRA_LDFLAGS)
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
	@echo "  make clean        remove build/"
	@echo "  BOARD=            one of: $(BOARDS)"
	@echo "  VARIANT=          build a lesson's deliberate variant into build/<board>/<variant>/"

-include $(OBJECTS:.o=.d)
