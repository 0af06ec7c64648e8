# QEMU's model of the EK-LM3S6965 evaluation board: the course's main target.
BOARD_DESCRIPTION := QEMU lm3s6965evb (TI Stellaris LM3S6965, Cortex-M3), emulated
CHIP := lm3s6965
QEMU_MACHINE := lm3s6965evb
# No probe on an emulated board: "make run" instead of "make flash".
OPENOCD_CONFIG :=
