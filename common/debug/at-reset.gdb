# Where does a fresh debug session start? (QEMU holds the CPU at reset.)
info symbol $pc
# And its source, which may be in common/ (lesson 02 on).
list *$pc
