import ArgumentParser

extension Refurb {
    /// The commands of the modules beyond the foundation (probe, wipe, labels, …), registered here so
    /// that the root command's list stays in one place.
    static let moduleCommands: [any ParsableCommand.Type] = [
        Probe.self, Wipe.self, Keys.self, Certificate.self, LabelCommand.self, PrintersCommand.self,
    ]
}
