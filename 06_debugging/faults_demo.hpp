#pragma once

// Deliberate faults, one per VARIANT (see faults_demo.cpp).
namespace faults_demo {

// Runs the fault the build selected; without one, returns.
void run_selected_fault();

}  // namespace faults_demo
