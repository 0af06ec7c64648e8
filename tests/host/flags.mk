# Extra sources and flags per host test (see Makefile).
TEST_SOURCES_console := $(COURSE)/common/drivers/format.cpp
# The two-thread stress test runs under ThreadSanitizer: any data race fails it.
TEST_FLAGS_ring_buffer_threads := -fsanitize=thread -O1 -g
TEST_LDFLAGS_ring_buffer_threads := -fsanitize=thread -pthread
# memory.cpp defines memcpy, memmove, memset and memcmp; on the PC they would
# replace the C library's for the whole test program (Catch2 included). For
# its test each is renamed course_*, and compiled as the firmware compiles
# it: freestanding, no loop turned into a call to the very function.
TEST_SOURCES_memory := $(COURSE)/common/runtime/memory.cpp
RENAME_MEMORY_FUNCTIONS := -Dmemcpy=course_memcpy -Dmemmove=course_memmove -Dmemset=course_memset -Dmemcmp=course_memcmp
$(BUILD)/obj/test_memory/common/runtime/memory.o: CXXFLAGS += $(RENAME_MEMORY_FUNCTIONS) -ffreestanding \
  -fno-tree-loop-distribute-patterns
# The must-fail twin of test_memory (tests/host/checks.sh): the same tests,
# linked with must-fail/memmove_forwards.cpp's memmove instead of memory.cpp's.
$(BUILD)/must-fail/test_memory_forwards: $(BUILD)/obj/test_memory.o $(BUILD)/must-fail/memory.o \
  $(BUILD)/must-fail/memmove_forwards.o $(CATCH2_MAIN)
	$(need_cxx)
	$(CXX) $(CXXFLAGS) $^ $(CATCH2_LIBS) -o $@
$(BUILD)/must-fail/memory.o: $(COURSE)/common/runtime/memory.cpp
	$(need_cxx)
	@mkdir -p $(@D)
	$(CXX) $(CXXFLAGS) $(filter-out -Dmemmove=%,$(RENAME_MEMORY_FUNCTIONS)) -Dmemmove=memmove_left_out \
	  -ffreestanding -fno-tree-loop-distribute-patterns -c $< -o $@
$(BUILD)/must-fail/memmove_forwards.o: must-fail/memmove_forwards.cpp
	$(need_cxx)
	@mkdir -p $(@D)
	$(CXX) $(CXXFLAGS) -c $< -o $@
# The strict doubles' tests build a chip's rules (many small lambdas) in one
# file each: unoptimised they compile in two thirds of the time.
TEST_FLAGS_strict_lm3s6965 := -O0
TEST_FLAGS_strict_nrf51 := -O0
