import Diagnostics
import RefurbCore
@testable import RefurbServer
import Testing

/// smartctl's English inside a SMART reason, as the bench page says it: its common messages and attribute
/// names in the reader's words with smartctl's text kept as a detail, counts grouped as on every page.
@Suite("SMART reasons in the bench's words")
struct SmartReasonWordsTests {
    let french = BenchWords(language: .fr)
    let english = BenchWords(language: .en)

    @Test("smartctl's common messages are translated, its text kept; an unknown one is left as smartctl wrote it")
    func messages() {
        let cases: [(String, String, String)] = [
            ("Unknown USB bridge [0x152d:0x0578 (0x301)]", "boîtier USB inconnu", "unknown USB enclosure"),
            ("Smartctl open device: /dev/sdb failed: Permission denied", "droits insuffisants", "not enough rights"),
            ("Smartctl open device: /dev/sdc failed: DELL or MegaRaid controller, please try adding '-d megaraid,N'",
             "carte RAID", "RAID card"),
            ("SMART support is: Unavailable - device lacks SMART capability.", "ne gère pas SMART", "has no SMART"),
            ("Read Device Identity failed: Input/output error", "n'a pas donné son identité", "did not give its identity"),
            ("Device is in STANDBY mode, exit(2)", "en veille", "asleep"),
        ]
        for (said, fr, en) in cases {
            let reason = SmartReason(.info, "probe.smart.noData", said)
            let words = SmartReasonWords(reason, words: french)
            #expect(words.text.hasPrefix("aucune donnée de santé (") && words.text.contains(fr), "\(said) → \(words.text)")
            #expect(words.raw == said)
            #expect(SmartReasonWords(reason, words: english).text.contains(en))
        }
        let odd = SmartReasonWords(SmartReason(.info, "probe.smart.noData", "Something new in smartctl 9"), words: french)
        #expect(odd.text == "aucune donnée de santé (Something new in smartctl 9)")
        #expect(odd.raw == nil)
        #expect(SmartReasonWords(SmartReason(.info, "probe.smart.noData", ""), words: french).text == "aucune donnée de santé")
    }

    @Test("attribute names below their threshold in words; unknown names kept; counts grouped")
    func attributesAndCounts() {
        let failed = SmartReasonWords(SmartReason(.warning, "probe.smart.prefailNow", "Reallocated_Sector_Ct, Spin_Retry_Count"), words: french)
        #expect(failed.text == "attributs critiques sous le seuil : secteurs réalloués, démarrages du moteur à reprendre")
        #expect(failed.raw == "Reallocated_Sector_Ct, Spin_Retry_Count")
        let vendor = SmartReasonWords(SmartReason(.warning, "probe.smart.failedInPast", "Vendor_Specific_231"), words: french)
        #expect(vendor.text.hasSuffix("Vendor_Specific_231"))
        #expect(vendor.raw == nil)
        let hours = SmartReasonWords(SmartReason(.warning, "probe.smart.powerOnHoursHigh", "43800"), words: french)
        #expect(hours.text == QuantityFormat.integer(43_800, in: .fr) + " heures de fonctionnement (très usagé)")
        #expect(SmartReasonWords(SmartReason(.info, "probe.smart.powerOnHours", "9120"), words: english).text == "9,120 power-on hours")
        #expect(SmartReasonWords(SmartReason(.warning, "probe.smart.reallocated", "12"), words: french).text == "12 secteurs réalloués")
    }
}
