import Diagnostics
import RefurbCore

extension ProbeMeasurements {
    /// What the latest hardware report measured that the test checklist asks too. Removable media (a USB
    /// stick left in, the bench's own live stick: removable, or on USB) are not the device's drives; a missing battery (`present == false`) is not counted.
    /// A SMART verdict other than ok or failing (a warning, unknown) suggests no answer: the person looks.
    init(_ report: HardwareReport) {
        let memory = report.memory.installedBytes ?? report.memory.usableBytes
        self.init(
            batteryHealthPercents: report.batteries.filter { $0.present != false }.map { $0.healthPercent.flatMap { $0.isFinite ? $0 : nil } },
            memoryBytes: memory.map { Int64(clamping: $0) },
            drives: report.storage.filter { !($0.removable || $0.transport == .usb) }.map { disk in
                let passed: Bool? = switch disk.smart?.verdict {
                case .ok: true
                case .failing: false
                default: nil
                }
                return Drive(name: disk.name, sizeBytes: Int64(clamping: disk.sizeBytes), smartPassed: passed)
            })
    }
}
