# Stop at each boot's report and print the number it was given.
break report_boot
continue
print number
continue
print number
continue
print number
