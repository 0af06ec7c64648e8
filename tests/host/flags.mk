# Extra sources and flags per host test (see Makefile).
TEST_SOURCES_console := $(COURSE)/common/drivers/format.cpp
# The two-thread stress test runs under ThreadSanitizer: any data race fails it.
TEST_FLAGS_ring_buffer_threads := -fsanitize=thread -O1 -g
TEST_LDFLAGS_ring_buffer_threads := -fsanitize=thread -pthread
# The strict doubles' tests build a chip's rules (many small lambdas) in one
# file each: unoptimised they compile in two thirds of the time.
TEST_FLAGS_strict_lm3s6965 := -O0
TEST_FLAGS_strict_nrf51 := -O0
