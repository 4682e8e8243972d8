@testable import FrontlineCLI
import Geoparser
import Testing

/// A text longer than the geoparser takes is refused with a message that names it and says
/// what to do, not geoparsed into no mentions. (The limit is 2 GiB; the check is asked of the
/// lengths, not of texts that long.)
@Suite struct TextLengthTests {
    @Test func refusesTextsOverTheLimit() throws {
        try GeoparseCommand.checkLength(0, at: "empty.txt")
        try GeoparseCommand.checkLength(Geoparser.maxTextBytes, at: "big.txt")
        #expect(Geoparser.maxTextBytes == Int(Int32.max) - 1)
        do {
            try GeoparseCommand.checkLength(Geoparser.maxTextBytes + 1, at: "line 7")
            Issue.record("a text over the limit was accepted")
        } catch let failure as InputFailure {
            #expect(failure.message.hasPrefix("line 7: text of \(Geoparser.maxTextBytes + 1) bytes"))
            #expect(failure.message.contains("--input-format jsonl"))
        }
    }
}
