import RefurbCore

/// Zebra's answer to `~HS`: three `<STX>…<ETX><CR><LF>` strings of comma-separated flags
/// (ZPL II Programming Guide, "~HS Host Status Return").
/// String 1: aaa,b,c,dddd,eee,f,g,h,iii,j,k,l — b paper out, c pause, dddd label length (dots),
/// eee formats in buffer, f buffer full, j corrupt RAM, k under temperature, l over temperature.
/// String 2: mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www — o head up, p ribbon out, q thermal-transfer mode,
/// r print mode, uuuuuuuu labels remaining in batch.
public struct ZebraHostStatus: Hashable, Sendable {
    public var paperOut: Bool
    public var paused: Bool
    public var labelLengthDots: Int
    public var formatsInBuffer: Int
    public var bufferFull: Bool
    public var corruptRAM: Bool
    public var underTemperature: Bool
    public var overTemperature: Bool
    public var headOpen: Bool
    public var ribbonOut: Bool
    public var thermalTransferMode: Bool
    public var labelsRemaining: Int

    public static let request: [UInt8] = Array("~HS".utf8)
    private static let startOfText: UInt8 = 0x02
    private static let endOfText: UInt8 = 0x03

    /// Parses a complete reply; nil while the first two strings have not fully arrived.
    public init?(_ data: [UInt8]) {
        let strings = Self.strings(in: data)
        guard strings.count >= 2 else { return nil }
        let first = strings[0].split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters() }
        let second = strings[1].split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters() }
        guard first.count >= 12, second.count >= 9 else { return nil }
        paperOut = first[1] == "1"
        paused = first[2] == "1"
        labelLengthDots = Int(first[3]) ?? 0
        formatsInBuffer = Int(first[4]) ?? 0
        bufferFull = first[5] == "1"
        corruptRAM = first[9] == "1"
        underTemperature = first[10] == "1"
        overTemperature = first[11] == "1"
        headOpen = second[2] == "1"
        ribbonOut = second[3] == "1"
        thermalTransferMode = second[4] == "1"
        labelsRemaining = Int(second[8]) ?? 0
    }

    /// The texts between STX and ETX, in order.
    static func strings(in data: [UInt8]) -> [String] {
        var result: [String] = []
        var current: [UInt8]?
        for byte in data {
            switch byte {
            case startOfText: current = []
            case endOfText:
                if let text = current { result.append(String(decoding: text, as: UTF8.self)) }
                current = nil
            default: current?.append(byte)
            }
        }
        return result
    }

    /// What keeps the printer from printing, one message each; empty when it is ready.
    public var problems: [Message] {
        var problems: [Message] = []
        if paperOut { problems.append(Message("printing.zebra.paperOut")) }
        if headOpen { problems.append(Message("printing.zebra.headOpen")) }
        if ribbonOut && thermalTransferMode { problems.append(Message("printing.zebra.ribbonOut")) }
        if paused { problems.append(Message("printing.zebra.paused")) }
        if overTemperature { problems.append(Message("printing.zebra.overTemperature")) }
        if underTemperature { problems.append(Message("printing.zebra.underTemperature")) }
        if corruptRAM { problems.append(Message("printing.zebra.corruptRAM")) }
        if bufferFull { problems.append(Message("printing.zebra.bufferFull")) }
        return problems
    }
}

private extension Substring {
    func trimmingCharacters() -> String {
        String(self.filter { !$0.isWhitespace })
    }
}
