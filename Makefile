# Bare metal C++: the course's top level. `make help` lists what is here.
LESSONS := $(sort $(patsubst %/Makefile,%,$(wildcard [0-9][0-9]_*/Makefile)))
# tests/host (Catch2) and the tests of the check machinery itself.
TEST_DIRS := $(sort $(patsubst %/checks.sh,%,$(wildcard tests/*/checks.sh)))
LESSON_NUMBERS := $(foreach l,$(LESSONS),$(firstword $(subst _, ,$(l))))
BOARD ?= lm3s6965evb
export BOARD
COURSE := $(CURDIR)
include common/mk/tools.mk

# make stress: the folders whose checks feed input to QEMU, time it, or
# start servers, run again and again beside a busy core.
STRESS ?= 05_interrupts 06_debugging tests/debug-flows tests/board
STRESS_RUNS ?= 20

.PHONY: help setup doctor check docs compile_commands.json clean preflight stress board-test

# The exercises (NN_lesson/exercises/NAME/): EX=NAME names one.
EXERCISES_TOOL := $(PYTHON3) common/check/exercises.py
EXERCISE_DIRS := $(patsubst %/checks.sh,%,$(wildcard [0-9][0-9]_*/exercises/*/checks.sh))
.PHONY: exercises hint watch exercise-starts

help:
	@echo "Bare metal C++ on ARM Cortex-M"
	@echo "  make setup        install the tools (Debian packages; as root or with sudo)"
	@echo "  make doctor       show each tool's version, or what is missing"
	@echo "  make check        every lesson's checks and the host tests; last line 'N passed, N failed, N skipped'"
	@echo "  make check-NN     one lesson's checks: $(addprefix check-,$(LESSON_NUMBERS))"
	@echo "  make board-test BOARD=ek-lm3s6965   every real-board command on a real board (PROBE=emulated: on the emulated one)"
	@echo "  make compile_commands.json   for clangd"
	@echo "  make clean        remove every build/ folder"
	@echo "  make exercises    every exercise: done / to do / failing; EX=name checks one, in full"
	@echo "  make hint EX=name the next hint of an exercise"
	@echo "  make watch        check an exercise again whenever you save a file (EX=name: start with that one)"
	@echo "For course authors:"
	@echo "  make docs         copy the real code and transcripts into lessons/*.md (after make check, which records the transcripts)"
	@echo "  make stress       run the checks of $(STRESS) $(STRESS_RUNS) times beside a busy core; prints 'N of $(STRESS_RUNS) passed'"
	@echo "  make exercise-starts   record in each exercise's checks.sh the start files as they are now"
	@echo "Each lesson folder ($(LESSONS)) has its own make, run, check, debug: see 'make -C 01_skeleton help'."

setup:
	@common/setup/setup.sh

doctor:
	@common/setup/doctor.sh

# Before any check: one clear line per missing tool, not a compiler error
# (then make stops, the summary last: quiet_failure).
preflight_or_stop = if ! common/setup/doctor.sh --missing; then echo; echo "0 passed, 1 failed, 0 skipped"; $(quiet_failure); exit 0; fi
preflight:
	@$(preflight_or_stop)

check: preflight
	@common/check/run $(LESSONS) $(TEST_DIRS) || $(quiet_failure)

# make board-test BOARD=ek-lm3s6965 [PROBE=...]: tests/board's checks (every
# real-board command, every lesson) on a real board through OpenOCD, or,
# with PROBE=emulated, on the emulated one (QEMU 8.1 or later), as make
# check runs them. MAKEFLAGS and PROBE unset: the BOARD and PROBE given here are the
# board test's, not the lesson builds' its checks make.
board-test: preflight
	@[ "$(BOARD)" = ek-lm3s6965 ] || { echo "make board-test runs on the EK-LM3S6965: make board-test BOARD=ek-lm3s6965 (PROBE=emulated: the emulated one)"; exit 2; }
	@env -u MAKEFLAGS -u PROBE BOARD=lm3s6965evb BOARD_TEST_PROBE=$(or $(PROBE),openocd) common/check/run tests/board || $(quiet_failure)

# An unknown number is told at once, before the preflight.
check-%:
	@lesson=$(firstword $(filter $*_%,$(LESSONS))); \
	if [ -z "$$lesson" ]; then echo "no lesson '$*': use one of $(LESSON_NUMBERS) (e.g. make check-01)"; exit 2; fi; \
	$(preflight_or_stop); \
	common/check/run $$lesson tests/ledger || $(quiet_failure)

docs:
	@$(PYTHON3) common/check/docs.py update lessons/*.md

stress: preflight
	@common/check/stress -n $(STRESS_RUNS) $(STRESS)

exercises:
	@$(EXERCISES_TOOL) $(if $(EX),check $(EX),list) || $(quiet_failure)

hint:
	@$(if $(EX),$(EXERCISES_TOOL) hint $(EX) $(N),echo "make hint EX=name: name one of: $(notdir $(EXERCISE_DIRS))"; exit 2)

watch:
	@$(EXERCISES_TOOL) watch $(EX)

exercise-starts:
	@$(EXERCISES_TOOL) record

compile_commands.json:
	@{ echo '['; for l in $(LESSONS); do $(MAKE) -s --no-print-directory -C $$l compile-commands; done | sed '$$ s/,$$//'; echo ']'; } > $@
	@echo "wrote $@"

clean:
	@for l in $(LESSONS) $(TEST_DIRS) $(EXERCISE_DIRS); do rm -rf $$l/build; done
	@rm -rf build
