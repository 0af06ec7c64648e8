#pragma once

// A deliberate fault, for the exercise hardfault-report.
namespace crash {

// Runs an instruction the architecture leaves undefined (udf): the CPU
// takes a fault instead of running it.
void undefined_instruction();

}  // namespace crash
