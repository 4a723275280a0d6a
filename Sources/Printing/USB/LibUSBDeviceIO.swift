import CLibUSB

/// `USBDeviceIO` over a real libusb device handle.
final class LibUSBDeviceIO: USBDeviceIO {
    private let handle: OpaquePointer

    init(handle: OpaquePointer) {
        self.handle = handle
    }

    func activeConfiguration() throws(USBStatus) -> UInt8 {
        var value: Int32 = 0
        try check(libusb_get_configuration(handle, &value))
        return UInt8(clamping: value)
    }

    func setConfiguration(_ value: UInt8) throws(USBStatus) {
        try check(libusb_set_configuration(handle, Int32(value)))
    }

    func isKernelDriverActive(interface: UInt8) throws(USBStatus) -> Bool {
        let result = libusb_kernel_driver_active(handle, Int32(interface))
        if result == Int32(LIBUSB_ERROR_NOT_SUPPORTED.rawValue) { return false }
        try check(result < 0 ? result : 0)
        return result == 1
    }

    func detachKernelDriver(interface: UInt8) throws(USBStatus) {
        try check(libusb_detach_kernel_driver(handle, Int32(interface)))
    }

    func attachKernelDriver(interface: UInt8) throws(USBStatus) {
        try check(libusb_attach_kernel_driver(handle, Int32(interface)))
    }

    func claimInterface(_ interface: UInt8) throws(USBStatus) {
        try check(libusb_claim_interface(handle, Int32(interface)))
    }

    func releaseInterface(_ interface: UInt8) throws(USBStatus) {
        try check(libusb_release_interface(handle, Int32(interface)))
    }

    func setAlternateSetting(interface: UInt8, setting: UInt8) throws(USBStatus) {
        try check(libusb_set_interface_alt_setting(handle, Int32(interface), Int32(setting)))
    }

    func controlIn(requestType: UInt8, request: UInt8, value: UInt16, index: UInt16, length: Int,
                   timeout: Duration) throws(USBStatus) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: length)
        let received = buffer.withUnsafeMutableBufferPointer { pointer in
            libusb_control_transfer(handle, requestType, request, value, index, pointer.baseAddress,
                                    UInt16(clamping: length), UInt32(timeout.boundedMilliseconds))
        }
        try check(received < 0 ? received : 0)
        return Array(buffer.prefix(Int(received)))
    }

    func bulkOut(endpoint: UInt8, bytes: ArraySlice<UInt8>, timeout: Duration) -> (transferred: Int, status: USBStatus) {
        var copy = Array(bytes)
        var transferred: Int32 = 0
        let result = copy.withUnsafeMutableBufferPointer { pointer in
            libusb_bulk_transfer(handle, endpoint, pointer.baseAddress, Int32(pointer.count), &transferred,
                                 UInt32(timeout.boundedMilliseconds))
        }
        return (Int(transferred), USBStatus(code: result))
    }

    func bulkIn(endpoint: UInt8, maxLength: Int, timeout: Duration) -> (bytes: [UInt8], status: USBStatus) {
        var buffer = [UInt8](repeating: 0, count: maxLength)
        var transferred: Int32 = 0
        let result = buffer.withUnsafeMutableBufferPointer { pointer in
            libusb_bulk_transfer(handle, endpoint, pointer.baseAddress, Int32(pointer.count), &transferred,
                                 UInt32(timeout.boundedMilliseconds))
        }
        return (Array(buffer.prefix(Int(transferred))), USBStatus(code: result))
    }

    func clearHalt(endpoint: UInt8) throws(USBStatus) {
        try check(libusb_clear_halt(handle, endpoint))
    }

    func close() {
        libusb_close(handle)
    }

    private func check(_ result: Int32) throws(USBStatus) {
        guard result >= 0 else { throw USBStatus(code: result) }
    }
}
