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
# the line to the host, on which a panic now says why: semihosting for QEMU,
# the UART for a real board (SILICON, from common/mk/board.mk);
HOST_LINE := $(if $(SILICON),runtime/host_uart.cpp,runtime/semihosting.cpp runtime/host_semihosting.cpp)
RUNTIME := $(RUNTIME_CORE) runtime/startup.cpp runtime/ram_init.cpp $(HOST_LINE) runtime/report_panic.cpp \
  runtime/memory.cpp
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
#   EDIT.name := FILE SED-SCRIPT   the lesson's own FILE, edited the way a
#     learner might (the sed script, without # or $), stands in for FILE: a
#     seeded mistake that cannot drift from the real file. An edit that
#     changes nothing stops the build.
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
# ICOUNT := on (a lesson's Makefile, or ICOUNT.name for one variant): QEMU
# counts instructions for time (-icount), so that `make run`, `make debug`
# and the checks show the same timing-dependent numbers on every run.
ICOUNT ?=
ICOUNT := $(call for_variant,ICOUNT)
VARIANT_NAME := $(if $(VARIANT),$(VARIANT),main)
VARIANT_DEFINE := $(if $(VARIANT),-DVARIANT_$(shell echo '$(VARIANT)' | tr 'a-z-' 'A-Z_'))
# A board QEMU emulates that is also a real one (the micro:bit) keeps its
# real-board build apart: build/microbit-silicon/.
BOARD_BUILD := $(BOARD)$(if $(and $(SILICON),$(QEMU_MACHINE)),-silicon)
BUILD := build/$(BOARD_BUILD)/$(VARIANT_NAME)
ELF := $(BUILD)/firmware.elf
EDIT := $(if $(VARIANT),$(EDIT.$(VARIANT)))

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
# Code in common/ is compiled once per board and flags, into the course's
# own build/common/, and linked by every lesson, variant and exercise that
# uses it (the top-level make clean removes it). Its flags are the lesson's
# without what is the lesson's own: no -I. (common/ includes nothing of a
# lesson) and no -DVARIANT_... (common/ has no variant switch).
COMMON_CXXFLAGS := $(filter-out -I. $(VARIANT_DEFINE),$(CXXFLAGS))
# Its folder is named after the board and build (as BUILD is) and a
# checksum of all else that can change an object: the compiler, its version
# and every flag (less the course's own path: the folder is inside it).
# A variant with flags of its own (CXXFLAGS.name) gets a folder of its own;
# one that flips a switch in its lesson's files shares the lesson's.
COMMON_KEY := $(shell { LC_ALL=C $(CXX_ARM) --version 2>/dev/null; \
  echo '$(CXX_ARM) $(subst ','\'',$(subst $(COURSE),COURSE,$(COMMON_CXXFLAGS)))'; } | cksum)
COMMON_BUILD := $(COURSE)/build/common/$(BOARD_BUILD)/$(firstword $(COMMON_KEY))-$(lastword $(COMMON_KEY))
# -nostdlib: no crt0, no libc, no libstdc++; libgcc stays for the helpers
# the compiler itself calls (division on Cortex-M0, 64-bit shifts, ...).
# --warn-rwx-segments: binutils' warning about a segment that is writable
# and executable, off by default for arm-none-eabi; firmware.ld's PHDRS
# keeps every segment clear of it (lesson 02), and the linker says so if a
# change ever makes one.
LDFLAGS := $(CPU_FLAGS) -nostdlib -Wl,--gc-sections -Wl,-Map=$(BUILD)/firmware.map -Wl,--warn-rwx-segments \
  -L$(COURSE)/common/chips/$(CHIP) -T $(LINKER_SCRIPT) $(LDFLAGS.$(VARIANT)) $(EXTRA_LDFLAGS)
LDLIBS := -lgcc

OBJECTS := $(SOURCES:%.cpp=$(BUILD)/lesson/%.o) $(COMMON_SOURCES:%.cpp=$(COMMON_BUILD)/%.o)
# The course's folder as seen from this one (.., or ../../.. from an
# exercise): the link names common objects by it, so what the linker says
# of one, and the map file, read the same wherever the course is.
empty :=
COURSE_FROM_HERE := $(if $(filter $(COURSE)/%,$(CURDIR)),$(subst $(empty) $(empty),/,$(patsubst %,..,$(subst /, ,$(CURDIR:$(COURSE)/%=%)))),$(COURSE))

.DELETE_ON_ERROR:
.PHONY: all run check debug gdbserver flash openocd clean help board-env compile-commands size

.DEFAULT_GOAL := all
all: $(ELF) $(BUILD)/firmware.lst $(BUILD)/firmware.bin size

# The lesson's own objects go through compile-once too (below): two checks
# may build one lesson's variant at the same time (make flash for a board
# in one folder, make debug in another), and neither may link the other's
# half-written object.
$(BUILD)/lesson/%.o: %.cpp
	$(call require,$(CXX_ARM),gcc-arm-none-eabi)
	@mkdir -p $(dir $@)
	$(COURSE)/common/mk/compile-once $@ $(CXX_ARM) $(CXXFLAGS) -MMD -MP -c $<

# Two makes (two folders checked side by side) may ask for the same common
# object at once: common/mk/compile-once compiles it for one of them, the
# others wait and find it built, and it is put in place by renaming it
# (atomic): a link never reads half an object, and make never deletes one
# (.PRECIOUS: on an interrupt, or when the compiler fails, what is in place
# is whole). -fdebug-prefix-map: the folder that compiles it, which differs
# from one make to the next, leaves no trace in the object (its debug
# information names common/runtime/x.cpp, whichever lesson built it).
$(COMMON_BUILD)/%.o: $(COURSE)/common/%.cpp
	$(call require,$(CXX_ARM),gcc-arm-none-eabi)
	@mkdir -p $(dir $@)
	$(COURSE)/common/mk/compile-once $@ $(CXX_ARM) $(COMMON_CXXFLAGS) -fdebug-prefix-map=$(CURDIR)= -MMD -MP -c $<
.PRECIOUS: $(COMMON_BUILD)/%.o

# EDIT.<variant>: the edited copy of one lesson file, built in place of it.
ifneq ($(EDIT),)
EDITED_FILE := $(firstword $(EDIT))
$(if $(filter $(EDITED_FILE),$(SOURCES)),,$(error $(LESSON): EDIT.$(VARIANT) edits $(EDITED_FILE), which is not among the variant's SOURCES: $(SOURCES)))
$(BUILD)/edited/$(EDITED_FILE): $(EDITED_FILE)
	@mkdir -p $(dir $@)
	sed -e '$(subst ','\'',$(wordlist 2,$(words $(EDIT)),$(EDIT)))' $< > $@
	@if cmp -s $< $@; then echo "$(LESSON): VARIANT=$(VARIANT) seeds a mistake into $<, but its edit changes nothing there: the file no longer has what EDIT.$(VARIANT) edits" >&2; exit 1; fi
$(BUILD)/lesson/$(EDITED_FILE:.cpp=.o): $(BUILD)/edited/$(EDITED_FILE)
	$(call require,$(CXX_ARM),gcc-arm-none-eabi)
	@mkdir -p $(dir $@)
	$(COURSE)/common/mk/compile-once $@ $(CXX_ARM) $(CXXFLAGS) -MMD -MP -c $<
endif

$(ELF): $(OBJECTS) $(LINKER_SCRIPT)
	$(CXX_ARM) $(LDFLAGS) $(patsubst $(COURSE)/%,$(COURSE_FROM_HERE)/%,$(OBJECTS)) $(LDLIBS) -o $@

# The listing interleaves source and instructions: what the CPU really runs.
$(BUILD)/firmware.lst: $(ELF)
	$(OBJDUMP) -d -S -C $< > $@

# The raw image a flash programmer writes, byte 0 = address 0.
$(BUILD)/firmware.bin: $(ELF)
	$(OBJCOPY) -O binary $< $@

size: $(ELF)
	@$(SIZE) $<

# make run: the firmware in QEMU, as the checks run it: the same -icount
# (ICOUNT above), the same runner, which names the function and line of
# each address in a crash report. FEED=file sends the file into the UART
# (FEED_AFTER=text: once the firmware has said text on it). A firmware that
# ends with a non-zero status says so in one line, without make's own.
FEED ?=
FEED_AFTER ?=
run: $(ELF) $(FEED)
	$(if $(QEMU_MACHINE),,$(error BOARD=$(BOARD) is real hardware, not emulated: use 'make flash BOARD=$(BOARD)', or run in QEMU with BOARD=lm3s6965evb or BOARD=microbit))
	$(call require,$(QEMU),qemu-system-arm)
	@echo "QEMU $(QEMU_MACHINE)$(if $(ICOUNT), with -icount (64 ns per instruction: the same numbers every run)): Ctrl-A then X quits."
	@$(COURSE)/common/check/qemu-run --machine $(QEMU_MACHINE) --interactive $(if $(ICOUNT),--icount) \
	  $(if $(FEED),--feed $(FEED) $(if $(FEED_AFTER),--feed-after '$(FEED_AFTER)')) $(ELF) \
	  || { status=$$?; echo "make run: the firmware ended with exit status $$status"; $(quiet_failure); }

check:
	@$(COURSE)/common/check/run $(CURDIR) $(COURSE)/tests/ledger || $(quiet_failure)

include $(COURSE)/common/mk/debug.mk

# What the check scripts need to know about this lesson and board, as shell.
board-env:
	@echo "BOARD='$(BOARD)' CHIP='$(CHIP)' QEMU_MACHINE='$(QEMU_MACHINE)' PROBE='$(PROBE)' SILICON='$(SILICON)' QEMU_TWIN='$(QEMU_TWIN)' RAM_START='$(RAM_START)' RAM_END='$(RAM_END)' RAM_SIZE='$(RAM_SIZE)' FLASH_START='$(FLASH_START)' FLASH_SIZE='$(FLASH_SIZE)' OPENOCD_CONFIG='$(OPENOCD_CONFIG)' ICOUNT='$(ICOUNT)' BUILD='$(CURDIR)/$(BUILD)' ELF='$(CURDIR)/$(ELF)' COMMON_BUILD='$(COMMON_BUILD)' LESSON_DIR='$(CURDIR)' COURSE='$(COURSE)'"

# One JSON entry per source, for clangd; the top-level Makefile joins them.
compile-commands:
	@$(foreach s,$(SOURCES:%=$(CURDIR)/%),printf '{"directory":"%s","file":"%s","command":"%s %s -c %s"},\n' '$(CURDIR)' '$(s)' '$(CXX_ARM)' '$(CXXFLAGS)' '$(s)';)
	@$(foreach s,$(COMMON_SOURCES:%=$(COURSE)/common/%),printf '{"directory":"%s","file":"%s","command":"%s %s -c %s"},\n' '$(CURDIR)' '$(s)' '$(CXX_ARM)' '$(COMMON_CXXFLAGS)' '$(s)';)

# The lesson's own build/ only: the common objects it linked stay in the
# course's build/common/, for the other lessons (make clean at the top of
# the course removes them).
clean:
	rm -rf build

help:
	@echo "$(LESSON) on BOARD=$(BOARD) ($(BOARD_DESCRIPTION))"
	@echo "  make              build $(ELF) (+ .lst listing, .map, .bin, size)"
	@echo "  make run          run it in QEMU, as the checks do (Ctrl-A X quits; FEED=file sends the file into its UART)"
	@echo "  make check        run this lesson's checks"
	@echo "  make debug        QEMU halted at reset + gdb-multiarch attached (a real board: BOARD=ek-lm3s6965, or BOARD=microbit PROBE=openocd)"
	@echo "                    GDB_BATCH=script.gdb: GDB runs the script, prints what it did, and quits"
	@echo "  make gdbserver    QEMU halted at reset, waiting for your IDE's GDB on 127.0.0.1:$(GDB_PORT)"
	@echo "  make flash        program a real board through OpenOCD (BOARD=ek-lm3s6965 or microbit), with its real-board build"
	@echo "  make monitor      a real board's serial port, in picocom (Ctrl-A Ctrl-X quits)"
	@echo "  PROBE=emulated    flash, debug, openocd, monitor on an emulated EK-LM3S6965 (BOARD=ek-lm3s6965); make board-off PROBE=emulated switches it off"
	@echo "  make clean        remove build/ (common/'s objects, shared with other lessons, stay: make clean at the top removes them)"
	@echo "  BOARD=            one of: $(BOARDS)"
	@echo "  VARIANT=          build a deliberate variant into build/<board>/<variant>/: $(or $(VARIANTS),see the Makefile)"
	@echo "  make exercises    the exercises here: done / to do / failing (EX=name checks one); make hint EX=name; make watch"

# The exercises (common/check/exercises.py): in a lesson folder its own, in
# an exercise's folder that one; EX=name names one anywhere.
.PHONY: exercises hint watch
exercises:
	@$(PYTHON3) $(COURSE)/common/check/exercises.py $(if $(EX),check $(EX),list $(CURDIR)) || $(quiet_failure)
hint:
	@$(PYTHON3) $(COURSE)/common/check/exercises.py hint $(or $(EX),$(CURDIR)) $(N)
watch:
	@$(PYTHON3) $(COURSE)/common/check/exercises.py watch $(or $(EX),$(CURDIR))

-include $(OBJECTS:.o=.d)
