// The probe's public readers take the host root (`SystemRoot`, HostSystem), report its read failures
// (`FileReadFailure`) and each disk's `DiskTransport`: a program that imports Diagnostics to probe a machine or a
// fixture tree can name them without importing HostSystem too. Only these: the rest of HostSystem is its own import.
@_exported import enum HostSystem.DiskTransport
@_exported import enum HostSystem.FileReadFailure
@_exported import struct HostSystem.SystemRoot
