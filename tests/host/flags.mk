# Extra sources and flags per host test (see Makefile).
TEST_SOURCES_console := $(COURSE)/common/drivers/format.cpp
