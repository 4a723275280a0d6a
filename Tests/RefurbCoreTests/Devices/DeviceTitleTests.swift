import Testing
@testable import RefurbCore

/// What a label calls a device, when maker and model are known and when they are not.
@Suite("Device title")
struct DeviceTitleTests {
    static func device(_ category: DeviceCategory = .laptop, maker: String? = nil, model: String? = nil) -> Device {
        Device(assetTag: AssetTag(sequence: 42)!, lotCode: LotCode(year: 2026, number: 1), category: category,
               manufacturer: maker, model: model)
    }

    static let specs = DeviceSpecs(category: .laptop, hasReport: true,
                                   processor: ProcessorSpecs(model: "Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz", cores: 4, threads: 8),
                                   memoryGiB: 8, mainDrive: DriveSpecs(kind: .nvme, sizeGB: 256))

    @Test("maker and model when both are known, the maker said once")
    func makerAndModel() {
        #expect(DeviceTitle.text(for: Self.device(maker: "Lenovo", model: "ThinkPad T480"), specs: Self.specs, language: .fr)
                == "Lenovo ThinkPad T480")
        #expect(DeviceTitle.text(for: Self.device(maker: "LENOVO", model: "Lenovo ThinkPad"), specs: nil, language: .en) == "Lenovo ThinkPad")
    }

    @Test("no maker or model: the category in the screen's words and the main specifications, in French and in English")
    func fallback() {
        #expect(DeviceTitle.text(for: Self.device(), specs: Self.specs, language: .fr)
                == "Ordinateur portable · Core i5-8250U · 8 Go · SSD 256 Go")
        #expect(DeviceTitle.text(for: Self.device(), specs: Self.specs, language: .en)
                == "Laptop · Core i5-8250U · 8 GB · SSD 256 GB")
        let desktop = DeviceSpecs(category: .desktop, hasReport: true, memoryGiB: 4, mainDrive: DriveSpecs(kind: .hdd, sizeGB: 500))
        #expect(DeviceTitle.text(for: Self.device(.desktop, maker: "Dell  "), specs: desktop, language: .fr)
                == "Ordinateur fixe · Dell · 4 Go · disque dur 500 Go")
        #expect(DeviceTitle.text(for: Self.device(.monitor, maker: " ", model: ""), specs: nil, language: .fr) == "Écran")
        #expect(DeviceTitle.text(for: Self.device(.other), specs: nil, language: .en) == "Device")
        #expect(DeviceTitle.text(for: Self.device(.allInOne), specs: DeviceSpecs(category: .allInOne, hasReport: true,
                                                                                  mainDrive: DriveSpecs(kind: .ssd, sizeGB: 1000)),
                                 language: .fr) == "Tout-en-un · SSD 1 To")
    }

    @Test("processors as shops name them", arguments: [
        ("Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz", "Core i5-8250U"),
        ("11th Gen Intel(R) Core(TM) i7-1165G7 @ 2.80GHz", "Core i7-1165G7"),
        ("AMD Ryzen 5 3500U with Radeon Vega Mobile Gfx", "Ryzen 5 3500U"),
        ("Intel(R) Celeron(R) CPU N3060 @ 1.60GHz", "Celeron N3060"),
        ("AMD A6-9225 RADEON R4, 5 COMPUTE CORES 2C+3G", "A6-9225 RADEON R4, 5 COMPUTE CORES 2C+3G"),
    ])
    func processors(reported: String, shown: String) {
        #expect(DeviceTitle.processorName(reported) == shown)
    }
}
