# The 10-byte image, halted at reset: the CPU took SP and PC from its two
# words; its one instruction branches to itself, so it is still there later.
info registers sp pc
x/i $pc
stepi 100
print/x $pc
