// Catch2's main(), compiled once (it takes ~12 s) and linked into every test.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
