"""Telling apart why OpenOCD could not reach a board (common/debug/
openocd_failure.py), on OpenOCD 0.12's own messages: real runs with no
device, and with the emulated chip stopped; the permission cases as the
source prints them (each fixture says where its lines come from)."""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "common", "debug"))
from openocd_failure import REMEDIES, classify  # noqa: E402

FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures")


def output(name):
    with open(os.path.join(FIXTURES, name)) as fixture:
        return "".join(line for line in fixture if not line.startswith("#"))


class Failures(unittest.TestCase):
    def assertKind(self, fixture, kind, line):
        found = classify(output(fixture))
        self.assertIsNotNone(found, fixture)
        self.assertEqual(found[0], kind, fixture)
        self.assertIn(line, found[1])

    def test_no_ftdi_device(self):
        self.assertKind("openocd-ek-lm3s6965-no-device.txt", "no probe", "no device found")

    def test_no_cmsis_dap_device(self):
        self.assertKind("openocd-microbit-no-device.txt", "no probe", "unable to find a matching CMSIS-DAP device")

    def test_ftdi_device_not_allowed(self):
        # The permission line comes before "no device found", which follows it.
        self.assertKind("openocd-ek-lm3s6965-no-access.txt", "no access", "LIBUSB_ERROR_ACCESS")

    def test_cmsis_dap_device_not_allowed(self):
        self.assertKind("openocd-microbit-no-access.txt", "no access", "unable to open CMSIS-DAP device 0xd28:0x204")

    def test_no_chip_behind_the_probe(self):
        self.assertKind("openocd-emulated-target-off.txt", "no target", "scan chain interrogation failed: all ones")

    def test_the_chip_gone_in_mid_session(self):
        self.assertKind("openocd-emulated-target-stopped.txt", "no target", "Invalid ACK (7)")

    def test_a_verify_failure_is_none_of_these(self):
        self.assertIsNone(classify("** Programming Finished **\n** Verify Started **\n** Verify Failed **\n"))

    def test_each_remedy_says_what_to_do(self):
        self.assertIn("cable", REMEDIES["no probe"])
        self.assertIn("plugdev", REMEDIES["no access"])
        self.assertIn("60-openocd.rules", REMEDIES["no access"])
        self.assertIn("power", REMEDIES["no target"])
        self.assertTrue(REMEDIES["no probe"].startswith("no probe found"))  # what tests/debug-flows looks for


if __name__ == "__main__":
    unittest.main()
