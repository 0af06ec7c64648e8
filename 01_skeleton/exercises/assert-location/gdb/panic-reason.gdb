# Run until the program panics, and print the reason it gives.
break panic
continue
print reason
