// The exercise hardfault-report's other fault (make VARIANT=reset-returns):
// lesson 01's pitfall, a Reset_Handler that returns. At reset the link
// register holds 0xFFFFFFFF, and there is nothing at 0xFFFFFFFE to run.
extern "C" void Reset_Handler() {}
