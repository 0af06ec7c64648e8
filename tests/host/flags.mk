# Extra sources and flags per host test (see Makefile).
TEST_SOURCES_console := $(COURSE)/common/drivers/format.cpp
# The two-thread stress test runs under ThreadSanitizer: any data race fails it.
TEST_FLAGS_ring_buffer_threads := -fsanitize=thread -O1 -g
TEST_LDFLAGS_ring_buffer_threads := -fsanitize=thread -pthread
