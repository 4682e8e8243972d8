@testable import Geoparser
import Testing

/// The word tests under the plural-kind rules.
@Suite struct PluralKindTests {
    /// Every direction word starts with a letter ``Geoparser/mayBeDirection(_:)`` lets through, so
    /// the cheap test before the word set's probe never hides one.
    @Test func directionWordsPassTheFirstLetterTest() {
        let words = Lexicon.directions.keys.flatMap { $0.split(separator: "-").map(String.init) }
        for w in words + words.map({ $0.capitalized }) {
            let passes = Tokenizer.withTokens(w) { $0.count == 1 && Geoparser.mayBeDirection($0[0]) }
            #expect(passes, "\(w)")
        }
        #expect(!Tokenizer.withTokens("the") { Geoparser.mayBeDirection($0[0]) })
    }
}
