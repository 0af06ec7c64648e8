#pragma once

// The one Catch2 header the host tests include, for Catch2 2 and 3 alike.
// The Makefile finds the installed version and passes it as COURSE_CATCH2;
// this is the only place, besides the Makefile, that knows the difference.
// Everything the tests use (TEST_CASE, CHECK, CHECK_FALSE, REQUIRE,
// STATIC_REQUIRE, STATIC_REQUIRE_FALSE) is spelled and counted the same in both.

#if !defined(COURSE_CATCH2)
#error "build the host tests with their Makefile (make -C tests/host): it sets COURSE_CATCH2"
#elif COURSE_CATCH2 == 2
// One header holds all of Catch2 2; catch_main.cpp defines CATCH_CONFIG_MAIN
// before including this file, and so gets Catch2's main() from it too.
#include <catch2/catch.hpp>
#elif COURSE_CATCH2 == 3
// Catch2 3 split its header: the test macros are here (add, say,
// <catch2/catch_approx.hpp> when a test needs more). Its main() is the
// prebuilt libCatch2Main.a that the Makefile links.
#include <catch2/catch_test_macros.hpp>
#else
#error "the tests support Catch2 2 and 3 only (the Makefile found another)"
#endif
