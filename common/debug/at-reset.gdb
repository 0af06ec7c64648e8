# Where does a fresh debug session start? (QEMU holds the CPU at reset.)
info symbol $pc
