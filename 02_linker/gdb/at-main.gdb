# Is all of .bss zero once startup has zeroed it, and what has changed by
# the time main() runs? And where is SP?
define count_nonzero_bss_words
  set trace-commands off
  set $word = (unsigned int *) &__bss_start
  set $nonzero = 0
  while $word < (unsigned int *) &__bss_end
    if *$word != 0
      set $nonzero = $nonzero + 1
    end
    set $word = $word + 1
  end
  print $nonzero
  set trace-commands on
end
break startup::run_constructors
break main
continue
print/x (unsigned int) &__bss_end - (unsigned int) &__bss_start
count_nonzero_bss_words
continue
count_nonzero_bss_words
print system_clock
print/x $sp
print/x (unsigned int) &__stack_top
