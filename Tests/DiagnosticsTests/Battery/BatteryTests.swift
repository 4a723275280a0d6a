import Testing
@testable import Diagnostics

@Suite("Batteries")
struct BatteryTests {
    @Test("the laptop fixture: BAT0 from the energy pair; the charger and the mouse's battery are not batteries")
    func laptop() throws {
        var warnings = WarningLog()
        let batteries = BatteryReader(root: SystemRoot(path: TestPaths.laptop)).read(warnings: &warnings)
        #expect(batteries.map(\.name) == ["BAT0"])
        let battery = try #require(batteries.first)
        #expect(battery.healthPercent == 80.6)
        #expect(battery.healthBasis == .energy)
        #expect(battery.fullCapacity == 45_960_000)
        #expect(battery.designCapacity == 57_000_000)
        #expect(battery.cycleCount == nil) // 0 means "not reported"
        #expect(battery.technology == "Li-poly")
        #expect(battery.manufacturer == "SMP")
        #expect(battery.model == "01AV430")
        #expect(battery.serialNumber == "1234")
        #expect(battery.chargePercent == 87)
    }

    @Test("energy or charge pair, never one of each; health may exceed 100 %")
    func pairs() {
        var warnings = WarningLog()
        let mixed = BatteryReader.report(name: "BAT1", uevent: .init(values: ["energy_full": "40000000", "charge_full_design": "4400000"]), warnings: &warnings)
        #expect(mixed.healthPercent == nil)
        #expect(warnings.contains(key: "probe.warning.battery.noHealth"))
        let new = BatteryReader.report(name: "CMB0", uevent: .init(values: ["charge_full": "4620000", "charge_full_design": "4400000", "cycle_count": "3"]), warnings: &warnings)
        #expect(new.healthPercent == 105.0)
        #expect(new.healthBasis == .charge)
        #expect(new.cycleCount == 3)
        let zeroDesign = BatteryReader.report(name: "BAT2", uevent: .init(values: ["energy_full": "1", "energy_full_design": "0"]), warnings: &warnings)
        #expect(zeroDesign.healthPercent == nil)
        let absent = BatteryReader.report(name: "BAT3", uevent: .init(values: ["present": "0"]), warnings: &warnings)
        #expect(absent.present == false)
        #expect(warnings.contains(key: "probe.warning.battery.absent"))
    }

    @Test("the corpus uevent files give the right health")
    func corpus() throws {
        let corpus = TestPaths.hardwareCorpus
        let directory = SystemRoot(path: corpus + "/power_supply")
        func report(_ name: String) throws -> (BatteryReport, WarningLog) {
            var warnings = WarningLog()
            let lines = try directory.lines(name).get()
            return (BatteryReader.report(name: name, uevent: PowerSupplyUevent(lines: lines), warnings: &warnings), warnings)
        }
        let (asus, _) = try report("1001pxd.uevent")
        #expect(asus.name == "BAT0")
        #expect(asus.healthBasis == .charge)
        #expect(asus.healthPercent == 86.4) // 3,801,000 / 4,400,000 µAh
        #expect(asus.cycleCount == nil)
        #expect(asus.manufacturer == "ASUS")
        #expect(asus.serialNumber == nil)
        let (acer, _) = try report("acer-w500.uevent")
        #expect(acer.healthBasis == .energy) // the battery Workbench could not size
        #expect(acer.healthPercent == 42.8) // 16,016,000 / 37,400,000 µWh
        #expect(acer.manufacturer == nil) // "OEM"
        let (empty, warnings) = try report("battery-empty.uevent")
        #expect(empty.healthPercent == nil)
        #expect(empty.present == nil)
        #expect(warnings.contains(key: "probe.warning.battery.noHealth"))
    }
}
