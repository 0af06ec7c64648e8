# The crash report's semihosting output goes through OpenOCD, then the
# backtrace from panic() (lesson 06's crash-backtrace.gdb).
monitor arm semihosting enable
