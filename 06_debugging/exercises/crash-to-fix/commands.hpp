#pragma once

#include <cstdint>

// A little command interpreter, as a device on a serial line might have:
// each command is a number from 0 to 7 (three bits of a byte); some of them
// mean something. Written in commands.cpp.
namespace commands {

// Carry out the command (0 to 7), or say it is unknown ("unknown command 3").
void run(std::uint8_t command);

}  // namespace commands
