#!/usr/bin/env python3
"""When OpenOCD cannot reach a board, say which way it failed, in one line.

  python3 openocd_failure.py < what-openocd-printed

Three ways, each with its own remedy (the messages are OpenOCD 0.12's own,
as its source prints them):

  no probe     no USB device with the probe's IDs: the cable, the port, the
               board's power
  no access    the device is there but cannot be opened: permissions
  no target    the probe answers, but finds no chip behind it: the wiring,
               the target's power, the wrong board

Prints the line and exits 0, or exits 1 when it cannot tell (then the
caller shows OpenOCD's own last lines).
"""
import re
import sys

# A USB device found but not opened. src/jtag/drivers/mpsse.c:179 (the
# EK-LM3S6965's FTDI probe) and libusb_helper.c:178 print
#   libusb_open() failed with LIBUSB_ERROR_ACCESS
# cmsis_dap_usb_bulk.c:102 (the micro:bit's CMSIS-DAP, over bulk USB)
#   could not open device 0x0d28:0x0204: Access denied (insufficient permissions)
# cmsis_dap_usb_hid.c:130 (the same, over HID: only permissions refuse it)
#   unable to open CMSIS-DAP device 0xd28:0x204
NO_ACCESS = re.compile(r"LIBUSB_ERROR_ACCESS|Access denied|insufficient permissions|"
                       r"unable to open CMSIS-DAP device")
# No device at all. mpsse.c:206 "no device found", then mpsse.c:350
# "unable to open ftdi device with vid 0403, pid bcd9, ..."; cmsis_dap.c:293
# "unable to find a matching CMSIS-DAP device"; an emulated probe that is
# not there: remote_bitbang.c "Failed to connect" / "connect: ...".
NO_PROBE = re.compile(r"no device found|unable to open ftdi device|unable to find a matching CMSIS-DAP device|"
                      r"remote_bitbang.*(Failed to connect|connect: )|Error: connect: ")
# A probe, but no chip. jtag/core.c:1122 "JTAG scan chain interrogation
# failed: all ones" (TDO never driven: no target power, no wiring);
# adi_v5_jtag.c:446 "Invalid ACK (7) in DAP response"; "Could not initialize
# the debug port", "Error connecting DP" (SWD); core.c:1200 "UNEXPECTED"
# (a chip with another ID: the wrong board, or BOARD= names another).
NO_TARGET = re.compile(r"scan chain interrogation failed|Invalid ACK|Could not initialize the debug port|"
                       r"Error connecting DP|JTAG tap: .* UNEXPECTED|Debug regions are unpowered|"
                       r"Examination failed|Target not examined yet")

REMEDIES = {
    "no access": "the probe is there but cannot be opened by your user: Debian's openocd package "
                 "installs udev rules (/lib/udev/rules.d/60-openocd.rules) for the plugdev group: "
                 "sudo usermod -aG plugdev $USER, log in again, unplug and replug the board",
    "no probe": "no probe found: no USB device with the probe's IDs; check the USB cable (a data "
                "cable, not a charging one), the port, and that the board is powered",
    "no target": "the probe answers but finds no chip behind it: check the board's power and the "
                 "debug cable, and that BOARD= names this board",
}


def classify(output: str):
    """(kind, OpenOCD's line that shows it), or None."""
    for kind, pattern in (("no access", NO_ACCESS), ("no probe", NO_PROBE), ("no target", NO_TARGET)):
        for line in output.splitlines():
            if pattern.search(line):
                return kind, line.strip()
    return None


def main():
    found = classify(sys.stdin.read())
    if found is None:
        return 1
    kind, line = found
    print(f"{REMEDIES[kind]}. OpenOCD said: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
