# After make debug's prelude (reset halt, load, reset halt) on a board
# whose flash was blank: where does the core stand, and does the flash
# hold what the ELF holds?
info symbol $pc
compare-sections
