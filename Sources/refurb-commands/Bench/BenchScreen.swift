import Diagnostics
import Erasure
import Foundation
import Glibc
import RefurbCore

/// What the bench console shows on its screen (standard output, the console of tty1 on the stick), each line also
/// written to the run's log on the stick; and what it reads from the technician (a keyboard, or a barcode scanner,
/// which types a tag followed by Enter).
final class BenchScreen {
    let language: Language
    let catalog: MessageCatalog
    private let log: FileHandle?
    /// Colours only on a terminal: a log or a pipe gets the words alone.
    private let colours: Bool

    init(language: Language, log: FileHandle?) {
        self.language = language
        self.catalog = MessageCatalog.core.merging(.diagnostics).merging(.erasure).merging(.benchConsole)
        self.log = log
        self.colours = isatty(STDOUT_FILENO) == 1
    }

    func text(_ message: Message) -> String { catalog.text(for: message, in: language) }
    func text(_ key: String, _ arguments: String...) -> String { text(Message(key: key, arguments: arguments)) }

    /// A line for the screen and the log.
    func show(_ line: String) {
        print(line)
        fflush(nil)
        record(line)
    }

    func say(_ key: String, _ arguments: String...) { show(text(Message(key: key, arguments: arguments))) }

    /// A step's title: "2. Quel appareil ?" in bold, after a blank line.
    func step(_ number: Int, _ key: String) {
        show("")
        let title = "\(number). " + text(key)
        print(colours ? "\u{1B}[1m" + title + "\u{1B}[0m" : title)
        record(title)
        show(String(repeating: "─", count: min(title.count, 60)))
    }

    /// Asks and waits for one line; nil when the input is closed (no keyboard), which is never a yes.
    func ask(_ key: String, _ arguments: String...) -> String? {
        let prompt = text(Message(key: key, arguments: arguments))
        print(prompt + " ", terminator: "")
        fflush(nil)
        let answer = readLine(strippingNewline: true)
        if answer == nil { print("") }  // no keyboard: what follows starts on its own line
        record(prompt + " " + (answer ?? "∅"))
        return answer?.trimmingCharacters(in: .whitespaces)
    }

    /// The end screen, to be read from across the room: a band of colour the width of the screen (green when every
    /// disk was erased and verified, red otherwise) with the verdict in spaced capitals, then the details below.
    func endScreen(success: Bool, title: String, details: [String]) {
        let width = max(40, min(terminalWidth(), 160))
        let spaced = title.uppercased().map(String.init).joined(separator: " ")
        let band = String(repeating: " ", count: width)
        let padding = max(0, (width - spaced.count) / 2)
        let centred = String(repeating: " ", count: padding) + spaced
            + String(repeating: " ", count: max(0, width - padding - spaced.count))
        show("")
        if colours {
            let colour = success ? "\u{1B}[1;97;42m" : "\u{1B}[1;97;41m"
            for line in [band, band, centred, band, band] { print(colour + line + "\u{1B}[0m") }
        } else {
            let rule = String(repeating: success ? "=" : "!", count: width)
            for line in [rule, centred, rule] { print(line) }
        }
        record("*** " + title + " ***")
        for detail in details { show(detail) }
        fflush(nil)
    }

    private func terminalWidth() -> Int {
        var size = winsize()
        let answered = withUnsafeMutablePointer(to: &size) { ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), $0) }
        guard answered == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    private func record(_ line: String) {
        log?.write(Data((line + "\n").utf8))
    }
}
