/// The few libusb calls a print session makes on one opened device. `LibUSBDeviceIO` is the real
/// thing; tests drive `USBPrinterSession` through a recording implementation to check the order of
/// calls (detach, claim, …, release, reattach), the chunking and the timeouts.
/// Calls block: they are made only from a `BlockingIOThread`.
public protocol USBDeviceIO: AnyObject {
    func activeConfiguration() throws(USBStatus) -> UInt8
    func setConfiguration(_ value: UInt8) throws(USBStatus)
    func isKernelDriverActive(interface: UInt8) throws(USBStatus) -> Bool
    func detachKernelDriver(interface: UInt8) throws(USBStatus)
    func attachKernelDriver(interface: UInt8) throws(USBStatus)
    func claimInterface(_ interface: UInt8) throws(USBStatus)
    func releaseInterface(_ interface: UInt8) throws(USBStatus)
    func setAlternateSetting(interface: UInt8, setting: UInt8) throws(USBStatus)
    /// A class or vendor control request from device to host; returns the bytes received.
    func controlIn(requestType: UInt8, request: UInt8, value: UInt16, index: UInt16, length: Int,
                   timeout: Duration) throws(USBStatus) -> [UInt8]
    /// One bulk OUT transfer. Returns how many bytes went, and the status: on `.timeout` some bytes may
    /// still have gone (libusb splits transfers), so the caller always looks at the count.
    func bulkOut(endpoint: UInt8, bytes: ArraySlice<UInt8>, timeout: Duration) -> (transferred: Int, status: USBStatus)
    /// One bulk IN transfer of at most `maxLength` bytes.
    func bulkIn(endpoint: UInt8, maxLength: Int, timeout: Duration) -> (bytes: [UInt8], status: USBStatus)
    func clearHalt(endpoint: UInt8) throws(USBStatus)
    func close()
}
