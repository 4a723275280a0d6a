// libusb-1.0 for USB label printers. pkg-config "libusb-1.0" adds -I/usr/include/libusb-1.0.
#include <libusb.h>
