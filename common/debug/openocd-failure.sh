# Sourced by openocd-flash and openocd-debug: OpenOCD's page of output,
# when it found no probe, as one line that says what to check.
#   no_probe_line OUTPUT-FILE   prints that line and succeeds if OpenOCD
#                               found no probe; fails (prints nothing) if not
no_probe_line() {
  grep -q -i -E 'no device found|unable to (open|find)|init failed|LIBUSB_ERROR' "$1" || return 1
  echo "no probe found: is the board plugged in over USB, and may your user open it (udev rules, or try as root)? OpenOCD said: $(grep -m1 -i -E 'error' "$1")"
}
