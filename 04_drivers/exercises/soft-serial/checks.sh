# Exercise soft-serial (lesson 04: a model of a HAL concept built from others, host-tested, run on both chips).
# exercise-start: soft_serial.hpp 4aa5fd42e35dcdace6055fe05c0250c45f94885a
# start-fails-with: once started, the line idles high

builds_for_both_chips() { builds && on_board microbit builds; }

# The levels an 8N1 line carries for TEXT, idle high first, each change
# once (a bit equal to the one before changes nothing): the waveform
# without its timing.
frames_of() {
  "$PYTHON3" -c '
import sys
levels = [1]
for byte in sys.argv[1].encode().decode("unicode_escape").encode("latin-1"):
    levels += [0] + [(byte >> bit) & 1 for bit in range(8)] + [1]
print("".join(str(level) for at, level in enumerate(levels) if at == 0 or level != levels[at - 1]))' "$1"
}

# In QEMU, its register accesses traced: the levels main.cpp's line drives
# the chip's DataPin to (chip_hal.hpp) are the frames of "hi\n". QEMU keeps
# no time on a pin: the timing is the host test's to check.
sends_the_frames() {
  local pin trace driven want
  needs_passed "host: an 8N1 receiver at 9600 baud reads back every byte, and Console's line" || return
  pin=$(sed -n -E 's/^using DataPin = [A-Za-z0-9_]+<([0-9]+)>;.*/\1/p' "$COURSE/common/chips/$CHIP/chip_hal.hpp")
  trace=$(mktemp)
  qemu_expect --exit 0 --trace "$trace" --output 'sent: hi\n' || { rm -f "$trace"; return 1; }
  driven=$("$PYTHON3" "$COURSE/common/check/pins.py" levels "$trace" "$CHIP" "$pin")
  rm -f "$trace"
  want=$(frames_of 'hi\n')
  [ "$driven" = "$want" ] || { explain "the data pin ($CHIP pin $pin) driven through the frames of 'hi\\n': $want (1 high, 0 low, each change once)" \
    "it was driven: ${driven:-never}" "the host test decodes the same driver with its timing; here the chip's own pin carries it"; return 1; }
  note "$BOARD: pin $pin carried the frames of 'hi\\n', ${#driven} changes of level"
}

check "the exercise builds, for the LM3S6965 and for the nRF51" builds_for_both_chips
check "host: an 8N1 receiver at 9600 baud reads back every byte, and Console's line" host_tests test_soft_serial.cpp
check_in_background "lm3s6965evb: in QEMU, the chip's pin carries the frames of 'hi' and a newline" sends_the_frames
check_in_background "microbit: the same source, the same frames on the nRF51's pin" on_board microbit sends_the_frames
