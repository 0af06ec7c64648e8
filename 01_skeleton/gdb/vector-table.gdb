# The first two words of the image, as the CPU reads them at reset: the
# initial stack pointer, then the address of the reset handler.
info symbol 0
print/x *(unsigned int (*)[2]) 0
info symbol ((unsigned int *) 0)[1]
