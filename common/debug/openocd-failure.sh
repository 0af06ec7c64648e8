# Sourced by openocd-flash and openocd-debug: OpenOCD's page of output, when
# it could not reach the board, as one line that says which way it failed
# (no probe, no access to it, no chip behind it) and what to check
# (openocd_failure.py, which knows OpenOCD's own messages).
#   no_probe_line OUTPUT-FILE   prints that line and succeeds if OpenOCD
#                               could not reach the board; fails (prints
#                               nothing) if it cannot tell
no_probe_line() {
  "${PYTHON3:-python3}" "$(dirname "${BASH_SOURCE[0]}")/openocd_failure.py" < "$1"
}
