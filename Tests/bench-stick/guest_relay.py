"""One guest connection to the host's service, for QEMU's guestfwd=…-cmd: (QEMU starts this per connection, with
the guest's TCP stream on stdin and stdout): relays it to 127.0.0.1:PORT. A plain tcp: chardev as guestfwd's target
connects once when QEMU starts and serves a single connection, so the console's second request hung."""

import os
import socket
import sys
import threading

service = socket.create_connection(("127.0.0.1", int(sys.argv[1])))


def guest_to_service():
    while data := os.read(0, 65536):
        service.sendall(data)
    service.shutdown(socket.SHUT_WR)


threading.Thread(target=guest_to_service, daemon=True).start()
while data := service.recv(65536):
    os.write(1, data)
