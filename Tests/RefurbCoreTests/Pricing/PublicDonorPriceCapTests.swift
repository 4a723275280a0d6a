import Testing
@testable import RefurbCore

@Suite("Public donors' price caps")
struct PublicDonorPriceCapTests {
    @Test("the arrêté's caps, all taxes included, by category; none for what it does not name", arguments: [
        (DeviceCategory.laptop, 18_000 as Int?), (.desktop, 15_000), (.allInOne, 15_000), (.tablet, 10_000), (.phone, 10_000),
        (.monitor, 3_000), (.printer, nil), (.other, nil),
    ])
    func caps(category: DeviceCategory, cents: Int?) {
        #expect(PublicDonorPriceCap.cap(for: category)?.ceiling.cents == cents)
        #expect(PublicDonorPriceCap.cap(for: category, donorType: .publicBody)?.ceiling.cents == cents)
        for other in [DonorType.company, .association, .individual] {
            #expect(PublicDonorPriceCap.cap(for: category, donorType: other) == nil)
        }
        #expect(PublicDonorPriceCap.cap(for: category, donorType: nil) == nil)
    }

    @Test("the cap itself is allowed, one cent more is not; the refusal names the cap and its legal reference")
    func refusal() throws {
        let cap = try #require(PublicDonorPriceCap.cap(for: .laptop))
        #expect(cap.allows(Money(cents: 18_000)))
        #expect(!cap.allows(Money(cents: 18_001)))
        let french = cap.refusal(of: Money(cents: 20_000)).text(in: .fr)
        #expect(french == "Prix refusé : 200,00\u{00A0}€ dépasse le plafond légal de 180,00\u{00A0}€ TTC pour un ordinateur portable donné "
                + "par un organisme public (arrêté du 7 novembre 2022, décret n° 2023-266, loi 3DS).")
        let english = cap.refusal(of: Money(cents: 20_000)).text(in: .en)
        #expect(english.contains("€180.00") && english.contains("décret n° 2023-266"), "\(english)")
        let screen = try #require(PublicDonorPriceCap.cap(for: .monitor)).refusal(of: Money(cents: 4_000)).text(in: .fr)
        #expect(screen.contains("30,00\u{00A0}€ TTC pour un écran donné"), "\(screen)")
        let tablet = try #require(PublicDonorPriceCap.cap(for: .tablet)).refusal(of: Money(cents: 12_000)).text(in: .fr)
        #expect(tablet.contains("une tablette donnée"), "\(tablet)")
    }

    @Test("every capped category has its refusal and its note in both languages")
    func messages() {
        for category in DeviceCategory.allCases {
            guard let cap = PublicDonorPriceCap.cap(for: category) else { continue }
            for message in [cap.refusal(of: Money(cents: 100_000)), cap.clampNote] {
                #expect(MessageCatalog.core.entries[message.key] != nil, "\(message.key)")
            }
        }
    }

    @Test("donor types read from what people type; an unknown one is refused with the choices")
    func donorTypes() throws {
        #expect(try DonorType(parsing: " Public ") == .publicBody)
        #expect(try DonorType(parsing: "association") == .association)
        #expect(throws: LotInputError.donorTypeUnknown("mairie")) { try DonorType(parsing: "mairie") }
        let message = LotInputError.donorTypeUnknown("mairie").message.text(in: .fr)
        #expect(message.contains("public, company, association, individual"), "\(message)")
    }

    @Test("a suggestion above the cap ends brought down to it, the lines still adding up; one below is left alone")
    func suggestionClamped() {
        let laptop = DeviceSpecs(category: .laptop, grade: .a, hasReport: true, processor: ProcessorSpecs(cores: 8, threads: 16),
                                 memoryGiB: 32, mainDrive: DriveSpecs(kind: .nvme, sizeGB: 1_000), batteryHealthPercent: 95)
        let free = PriceCalculator.suggest(for: laptop, rules: .shipped)
        #expect(free.price.cents > 18_000)
        let capped = PriceCalculator.suggest(for: laptop, rules: .shipped, cap: PublicDonorPriceCap.cap(for: .laptop))
        #expect(capped.price == Money(cents: 18_000))
        #expect(capped.lines.last?.rule == .publicCap)
        #expect(capped.lines.compactMap(\.amount).reduce(0) { $0 + $1.cents } == 18_000)
        let note = capped.lines.last!.text(in: .fr, catalog: .core.merging(.pricing))
        #expect(note.contains("180,00\u{00A0}€") && note.contains("arrêté du 7 novembre 2022"), "\(note)")
        let monitor = DeviceSpecs(category: .monitor, grade: .c)
        let cheap = PriceCalculator.suggest(for: monitor, rules: .shipped, cap: PublicDonorPriceCap.cap(for: .monitor))
        if cheap.price.cents <= 3_000 {
            #expect(cheap.lines.last?.rule != .publicCap)
        } else {
            #expect(cheap.price == Money(cents: 3_000))
        }
    }
}
