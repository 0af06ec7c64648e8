# RAM as QEMU hands it over, before the first instruction, and at main(),
# after startup: how many of its bytes are not zero? Not counted: the word
# make debug itself wrote on connecting, debugger_watching (tell-firmware,
# common/debug/course.gdb), which is the debugger's, not QEMU's.
define count_nonzero_ram_bytes
  set trace-commands off
  python
start = int(gdb.parse_and_eval("(unsigned int) &__ram_start"))
end = int(gdb.parse_and_eval("(unsigned int) &__ram_end"))
mark = int(gdb.parse_and_eval("(unsigned int) &debugger_watching"))
ram = gdb.selected_inferior().read_memory(start, end - start).tobytes()
print(sum(1 for offset, byte in enumerate(ram) if byte != 0 and not mark <= start + offset < mark + 4))
  end
  set trace-commands on
end
count_nonzero_ram_bytes
break main
continue
count_nonzero_ram_bytes
