import ArgumentParser
import Foundation
import Labels
import RefurbCommandLine
import RefurbCore

/// `refurb label bench` (hidden): times label making in-process, as scripts/bench/labels reports it.
/// Process start-up is left out on purpose: the service makes labels in a running process.
struct LabelBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: CLIMessages.help("help.labelBench.abstract"),
        shouldDisplay: false
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp(CLIMessages.help("help.labelBench.iterations")))
    var iterations = 300

    @Option(help: ArgumentHelp(CLIMessages.help("help.labelBench.templates"), valueName: "dir"))
    var templates: String?

    @Option(help: ArgumentHelp(CLIMessages.help("help.labelBench.baselineImage"),
                               valueName: "file"))
    var baselineImage: String?

    static let sampleFields = LabelFields([
        .assetTag: "R000123K", .price: "149,00 €", .grade: "A", .specs: "i5-8250U · 8 Go · SSD 256 Go",
        .workshop: "Atelier du Bocage", .date: "2026-11-28",
    ])

    func run() async throws {
        let library = try LabelFailure.translating(options) { () throws -> LabelTemplateLibrary in
            if let templates { return LabelTemplateLibrary(directory: URL(fileURLWithPath: templates, isDirectory: true)) }
            guard let located = LabelTemplateLibrary.locate() else { throw LabelError(Message("labels.cli.noTemplateFolder")) }
            return located
        }
        let renderer = LabelRenderer()
        let assetTag = try LabelFailure.translating(options) { try library.load(named: "asset-tag-62x29") }
        let price = try LabelFailure.translating(options) { try library.load(named: "zebra-price-4x2") }
        let fields = Self.sampleFields
        let ql700 = BrotherQLModel.named("QL-700")!
        let target = assetTag.brother!
        // The same bitmap the baseline converts: encoding alone, to compare like with like.
        let bitmap = try LabelFailure.translating(options) { try renderer.brotherBitmap(assetTag, fields: fields, target: target) }
        let encoder = try LabelFailure.translating(options) { try BrotherRasterEncoder(model: ql700, media: target.media) }
        let cases: [(name: String, run: () throws -> Int)] = [
            ("brother-encode-only-QL-700", { try encoder.encode(bitmap).count }),
            ("brother-asset-tag-QL-700", { try renderer.render(assetTag, fields: fields, as: .brother(ql700)).bytes.count }),
            ("brother-asset-tag-QL-820NWB", { try renderer.render(assetTag, fields: fields, as: .brother(BrotherQLModel.named("QL-820NWB")!)).bytes.count }),
            ("zpl-price-4x2", { try renderer.render(price, fields: fields, as: .zpl).bytes.count }),
            ("png-preview-asset-tag", { try renderer.render(assetTag, fields: fields, as: .png).bytes.count }),
        ]
        var results: [BenchResult] = []
        for benchCase in cases {
            let samples = try LabelFailure.translating(options) { try measure(benchCase.run) }
            results.append(BenchResult(name: benchCase.name, samples: samples))
        }
        if let baselineImage {
            try Data(PNGEncoder.encode(bitmap)).write(to: URL(fileURLWithPath: baselineImage))
        }
        if options.json {
            JSONOutput.print(results)
        } else {
            for result in results {
                print("\(result.name): median \(result.medianMs) ms, p95 \(result.p95Ms) ms (\(result.iterations) runs)")
            }
        }
    }

    private func measure(_ body: () throws -> Int) throws -> [Duration] {
        let clock = ContinuousClock()
        for _ in 0..<Swift.min(20, iterations) { _ = try body() }
        var samples: [Duration] = []
        samples.reserveCapacity(iterations)
        for _ in 0..<iterations {
            let start = clock.now
            _ = try body()
            samples.append(start.duration(to: clock.now))
        }
        return samples.sorted()
    }
}

struct BenchResult: Encodable {
    let name: String
    let iterations: Int
    let medianMs: Double
    let p95Ms: Double
    let minMs: Double

    init(name: String, samples sorted: [Duration]) {
        func milliseconds(_ duration: Duration) -> Double {
            let (seconds, attoseconds) = duration.components
            return (Double(seconds) * 1000 + Double(attoseconds) / 1e15).rounded(toPlaces: 3)
        }
        self.name = name
        iterations = sorted.count
        medianMs = milliseconds(sorted[sorted.count / 2])
        p95Ms = milliseconds(sorted[Swift.min(sorted.count - 1, sorted.count * 95 / 100)])
        minMs = milliseconds(sorted[0])
    }
}

private extension Double {
    func rounded(toPlaces places: Int) -> Double {
        let factor = pow(10, Double(places))
        return (self * factor).rounded() / factor
    }
}
