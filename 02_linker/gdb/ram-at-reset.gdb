# RAM as QEMU hands it over, before the first instruction, and at main(),
# after startup: how many of its bytes are not zero?
define count_nonzero_ram_bytes
  set trace-commands off
  python print(sum(1 for byte in gdb.selected_inferior().read_memory(int(gdb.parse_and_eval("(unsigned int) &__ram_start")), int(gdb.parse_and_eval("(unsigned int) &__ram_end - (unsigned int) &__ram_start"))).tobytes() if byte != 0))
  set trace-commands on
end
count_nonzero_ram_bytes
break main
continue
count_nonzero_ram_bytes
