import RefurbCore
import Testing

@Suite("What became of a lot's kilograms")
struct LotOutcomeWeightTests {
    @Test("a weighed lot's weight is shared by its devices' typical weights: sold, donated and ready are reused, recycled and for parts are recycled")
    func weighedLot() {
        // A tower (8 kg typical) and four laptops (2.2 kg): 16.8 kg typical, 33.6 kg weighed, so each counts double.
        let devices: [(category: DeviceCategory, stage: Stage)] = [
            (.desktop, .recycled), (.laptop, .sold), (.laptop, .ready), (.laptop, .forParts), (.laptop, .received),
        ]
        let weight = LotOutcomeWeight.apportion(weightGrams: 33_600, devices: devices)
        #expect(weight.basis == .weighed)
        #expect(weight.totalGrams == 33_600)
        #expect(weight.reusedGrams == 8_800)
        #expect(weight.recycledGrams == 16_000 + 4_400)
        #expect(weight.undecidedGrams == 4_400)
    }

    @Test("a lot not weighed counts each device at its typical weight; a stored weight out of range too, and says so")
    func unweighedLot() {
        let devices: [(category: DeviceCategory, stage: Stage)] = [(.monitor, .donated), (.phone, .recycled)]
        let estimated = LotOutcomeWeight.apportion(weightGrams: nil, devices: devices)
        #expect(estimated == LotOutcomeWeight(basis: .estimated, totalGrams: 5_200, reusedGrams: 5_000, recycledGrams: 200, undecidedGrams: 0))
        let outOfRange = LotOutcomeWeight.apportion(weightGrams: -5, devices: devices)
        #expect(outOfRange.basis == .outOfRange)
        #expect(outOfRange.totalGrams == 5_200)
    }

    @Test("the three parts always add up to the total, whatever the rounding; a weighed lot with no device is all still at the workshop")
    func partsAddUp() {
        let devices: [(category: DeviceCategory, stage: Stage)] = [(.laptop, .sold), (.laptop, .recycled), (.laptop, .sold)]
        let weight = LotOutcomeWeight.apportion(weightGrams: 10_001, devices: devices)
        #expect(weight.reusedGrams + weight.recycledGrams + weight.undecidedGrams == 10_001)
        #expect(weight.reusedGrams == 6_667 && weight.recycledGrams == 3_334)
        let empty = LotOutcomeWeight.apportion(weightGrams: 12_000, devices: [])
        #expect(empty == LotOutcomeWeight(basis: .weighed, totalGrams: 12_000, reusedGrams: 0, recycledGrams: 0, undecidedGrams: 12_000))
    }
}
