// Each fault the crash report must explain, in a function of its own so the
// report's pc names it. The line that faults is marked "fault here".
#include "faults_demo.hpp"

#include <cstdint>

#include "cortex_m/mpu.hpp"
#include "cortex_m/scb.hpp"
#include "runtime/linker_symbols.hpp"

namespace faults_demo {

// excerpt: forbidden-load
// The MPU forbids the lowest 32 bytes of the stack (a stack guard); a load
// from there is a MemManage fault with the address in MMFAR. (QEMU's
// lm3s6965evb answers 0 for unmapped addresses instead of a bus fault, so
// the MPU is how this course gets a load the hardware refuses.)
[[gnu::noinline]] std::uint32_t load_forbidden_address() {
    cortex_m::Mpu& mpu = cortex_m::mpu();
    mpu.rnr.write(0);
    mpu.rbar.write(reinterpret_cast<std::uintptr_t>(&__stack_bottom));
    mpu.rasr.write((1U << 28) | (4U << 1) | 1U);  // XN, no access, 32 bytes (SIZE = 4), enabled
    mpu.ctrl.write((1U << 2) | 1U);               // PRIVDEFENA: the rest stays as it was; ENABLE
    asm volatile("dsb\n isb" ::: "memory");
    return *reinterpret_cast<volatile std::uint32_t*>(&__stack_bottom);  // fault here
}
// end excerpt

[[gnu::noinline]] void run_undefined_instruction() {
    asm volatile("udf #0");  // fault here
}

namespace {
volatile std::int32_t zero = 0;
volatile std::uint64_t sink;  // where results go, so no fault is optimised away
alignas(8) const std::uint8_t some_bytes[16] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
}  // namespace

// excerpt: divide
// With DIV_0_TRP set in CCR, sdiv by zero is a UsageFault instead of a
// quiet 0. The divisor is read (volatile) after the trap is on: were it a
// plain value, the compiler could do the division before the CCR write.
[[gnu::noinline]] void divide_by_zero(std::int32_t numerator) {
    cortex_m::scb().ccr.modify(
        [](std::uint32_t value) { return cortex_m::ccr::DivideByZeroTrap::set(value, 1); });
    sink = static_cast<std::uint32_t>(numerator / zero);  // fault here
}
// end excerpt

// With UNALIGN_TRP set, any unaligned load is a UsageFault. ldrd (which
// GCC uses for a 64-bit load) must be aligned even without the trap.
[[gnu::noinline]] void load_unaligned(const std::uint8_t* bytes) {
    cortex_m::scb().ccr.modify(
        [](std::uint32_t value) { return cortex_m::ccr::UnalignedTrap::set(value, 1); });
    const std::uint64_t value = *reinterpret_cast<const volatile std::uint64_t*>(bytes + 1);  // fault here
    sink = value;
}

void run_selected_fault() {
#if defined(VARIANT_FORBIDDEN_LOAD)
    load_forbidden_address();
#elif defined(VARIANT_UNDEFINED_INSTRUCTION)
    run_undefined_instruction();
#elif defined(VARIANT_DIVIDE_BY_ZERO)
    divide_by_zero(1);
#elif defined(VARIANT_UNALIGNED)
    load_unaligned(some_bytes);
#endif
}

}  // namespace faults_demo
