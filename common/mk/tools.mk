# Tool names, and one clear line when one is missing.
CROSS := arm-none-eabi-
CXX_ARM := $(CROSS)g++
OBJCOPY := $(CROSS)objcopy
OBJDUMP := $(CROSS)objdump
SIZE := $(CROSS)size
NM := $(CROSS)nm
QEMU := qemu-system-arm
GDB := gdb-multiarch
OPENOCD := openocd
# Debian's python3 (make setup installs it), before any other on PATH: a
# pyenv or conda shim takes ~80 ms to start it, Debian's ~12 ms, and a
# make check starts python a few hundred times. Exported for the scripts.
PYTHON3 ?= $(or $(wildcard /usr/bin/python3),python3)
export PYTHON3

# $(call require,tool,package): stop with one line naming the fix.
require = $(if $(shell command -v $(1) 2>/dev/null),,$(error $(1) is not installed (Debian package $(2)): run 'make setup' at the top of the course))

# A failed check run ends make without make's own "make: *** [...] Error 1"
# line, so the summary "N passed, N failed, N skipped" stays the last line
# (how, and why it is safe: common/check/quiet-failure). make exits 1.
quiet_failure = $(COURSE)/common/check/quiet-failure $$PPID
