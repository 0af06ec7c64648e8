// The program of the exercise soft-serial: read it, but change only
// soft_serial.hpp. It prints one line through your transmitter, on the
// chip's DataPin (chip_hal.hpp: free on both boards) with the chip's busy
// delay, on whichever board BOARD= names.
#include "chip_hal.hpp"
#include "drivers/console.hpp"
#include "runtime/host.hpp"
#include "soft_serial.hpp"

int main() {
    chip::start_gpio();
    chip::DataPin line;
    line.start_output();
    chip::Delay delay;
    drivers::SoftSerial serial{line, delay};
    serial.start();
    drivers::Console console{serial};
    console.print("hi\n");
    host::write("sent: hi\n");
    return 0;
}
