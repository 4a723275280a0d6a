import ArgumentParser

/// `refurb label`: make a label (preview, sheet or printer bytes) or print it.
struct LabelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "label",
        abstract: CLIMessages.help("help.label.abstract"),
        discussion: """
            Templates live in Labels/ (or $REFURB_LABELS_DIR): asset-tag-62x29, asset-tag-29, price-62x100,
            price-62, zebra-asset-tag-2x1, zebra-price-4x2. Fields come from the store with --tag, or are given
            with --field key=value; keys: assetTag, price, grade, specs, workshop, date, lot, donor.
            Examples:
              refurb label render --template asset-tag-62x29 --tag R000001T --format png -o tag.png
              refurb label print --template price-62x100 --tag R000001T --printer usb://auto
            Exit codes: 0 done, 1 refused (printer not ready, wrong roll loaded), 2 bad input.
            """,
        subcommands: [LabelRenderCommand.self, LabelPrintCommand.self, LabelBenchCommand.self]
    )
}
