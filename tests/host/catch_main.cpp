// Catch2 2's main(), compiled once (it takes ~12 s) and linked into every
// test. Only a Catch2 2 build compiles this: with Catch2 3 the Makefile
// links Debian's prebuilt main (libCatch2Main.a) instead.
#define CATCH_CONFIG_MAIN
#include "catch.hpp"
