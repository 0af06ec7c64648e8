#pragma once

#include <cstdint>

// One job, written three ways, to weigh what an interface costs: shift a
// byte out to a 74HC595 over three pins. main.cpp calls it; the build links
// one of job_concepts.cpp (the course's way), job_raw.cpp (registers by hand,
// LM3S6965 only) or job_virtual.cpp (an abstract base class per pin).
namespace jobs {

void shift_out(std::uint8_t value);

}  // namespace jobs
