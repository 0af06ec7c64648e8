# The panic demo: stop where panic() is entered, read the backtrace, then
# let it run 100 more instructions and show that it is still parked there.
break panic
continue
backtrace
delete
stepi 100
frame

