import Gazetteer
@testable import Geoparser
import Testing

/// The tokenizer's plain-data tokens, on texts written for these tests.
@Suite struct TokenizerTests {
    /// Curly quotes, an em dash, a clitic after a curly apostrophe, an inner apostrophe, accents.
    let text = "The “Raqqa” offensive — al-Mayadeen’s fall. Qa'im al-Ayn, ÉCOLE"

    struct Seen: Equatable {
        var text: String, folded: String, gap: String, start: Int, end: Int
    }

    /// A text of short words, more than the first array holds (a word in every four bytes), is
    /// cut whole: every word, in order, at its offsets.
    /// A gap is compared in its bytes: a hyphen, a period and a space, a comma first, an
    /// apostrophe alone (straight or curly).
    @Test func gapsComparedInPlace() {
        Tokenizer.withTokens("US-led forces. Derek D. Moore, Syria’s and Iraq's") { t in
            #expect(t[1].gapIs("-") && !t[1].gapIs("--") && !t[2].gapIs("-") && t[2].gapIs(" "))
            #expect(t[3].gapIs(". ") && t[5].gapIs(". "))
            #expect(t[6].gapStarts(with: 0x2C) && !t[5].gapStarts(with: 0x2C) && t[4].gapStarts(with: 0x20) && !t[0].gapStarts(with: 0x20))
            #expect(Tokenizer.isPossessive(t[7]) && Tokenizer.isPossessive(t[10]) && !Tokenizer.isPossessive(t[8]))
            #expect(t.indices.allSatisfy { Tokenizer.isPossessive(t[$0]) == Tokenizer.isPossessive(t[$0].gap) })
        }
    }

    @Test func textsOfShortWordsAreCutWhole() {
        let text = (0..<300).map { String(UnicodeScalar(UInt8(0x61 + $0 % 26))) }.joined(separator: " ")
        let cut = Tokenizer.withTokens(text) { tokens in tokens.map { ($0.start, $0.end, $0.folded) } }
        #expect(cut.count == 300)
        #expect(cut.indices.allSatisfy { k in cut[k].0 == 2 * k && cut[k].1 == 2 * k + 1 && cut[k].2 == String(UnicodeScalar(UInt8(0x61 + k % 26))) })
        #expect(Tokenizer.withTokens("") { $0.count } == 0 && Tokenizer.withTokens("Raqqa") { $0.count } == 1)
    }

    @Test func tokensReadTheirTextFromTheBytes() {
        let seen = Tokenizer.withTokens(text) { tokens in
            tokens.map { Seen(text: $0.text, folded: $0.folded, gap: $0.gap, start: $0.start, end: $0.end) }
        }
        #expect(seen == [
            Seen(text: "The", folded: "the", gap: "", start: 0, end: 3),
            Seen(text: "Raqqa", folded: "raqqa", gap: " “", start: 5, end: 10),
            Seen(text: "offensive", folded: "offensive", gap: "” ", start: 12, end: 21),
            Seen(text: "al", folded: "al", gap: " — ", start: 24, end: 26),
            Seen(text: "Mayadeen", folded: "mayadeen", gap: "-", start: 27, end: 35),
            Seen(text: "s", folded: "s", gap: "’", start: 36, end: 37),
            Seen(text: "fall", folded: "fall", gap: " ", start: 38, end: 42),
            Seen(text: "Qa'im", folded: "qaim", gap: ". ", start: 44, end: 49),
            Seen(text: "al", folded: "al", gap: " ", start: 50, end: 52),
            Seen(text: "Ayn", folded: "ayn", gap: "-", start: 53, end: 56),
            Seen(text: "ÉCOLE", folded: "ecole", gap: ", ", start: 58, end: 63),
        ])
        // Offsets are code points: the text is 63 of them.
        #expect(text.unicodeScalars.count == 63)
    }

    /// "Ra's" is the Arabic head (cape), one word whatever its apostrophe; "Rawa's" is a possessive.
    /// The "s" of a possessive after one apostrophe (straight or curly) is told in its bytes; a
    /// word "s" after a space or a quote mark is not one. Its key with "s" is the key of the folded
    /// word with "s" ("People's" as "peoples").
    @Test func possessiveS() {
        let marks = Tokenizer.withTokens("People's Queen Anne’s s “s Syria ʼs") { tokens in
            tokens.indices.map { Tokenizer.isPossessiveS(tokens, $0) }
        }
        #expect(marks == [false, true, false, false, true, false, false, false, false], "\(marks)")
        #expect(Tokenizer.withTokens("People Mūsā") { Tokenizer.keyWithS($0[0]) } == Tokenizer.foldedKey("peoples"))
        #expect(Tokenizer.withTokens("People Mūsā") { Tokenizer.keyWithS($0[1]) } == Tokenizer.foldedKey("musas"))
    }

    /// A run of tokens' text is the text between the first word's start and the last word's end,
    /// gaps as written (curly quotes, dashes, hyphens, accents): the code points at the tokens'
    /// offsets.
    @Test func spanIsTheTextBetweenItsWords() {
        let scalars = Array(text.unicodeScalars)
        Tokenizer.withTokens(text) { tokens in
            for first in tokens.indices {
                for last in first..<min(tokens.count, first + 6) {
                    var expected = String.UnicodeScalarView()
                    expected.append(contentsOf: scalars[tokens[first].start..<tokens[last].end])
                    #expect(Geoparser.span(tokens, first, last) == String(expected), "\(first)...\(last)")
                }
            }
        }
    }

    /// A word of a script without case is "capitalised" and marked uncased; cased words are not.
    @Test func uncasedScripts() {
        let flags = Tokenizer.withTokens("الميادين Raqqa raqqa Ḩamāh") { $0.map { "\($0.capitalized):\($0.uncased)" } }
        #expect(flags == ["true:true", "true:false", "false:false", "true:false"], "\(flags)")
    }

    @Test func raHeadIsOneWord() {
        for text in ["Ra's al-Ain", "Ra’s al ‘Ayn", "RA'S LANUF"] {
            let words = Tokenizer.withTokens(text) { $0.map(\.folded) }
            #expect(words.first == "ras", "\(text): \(words)")
        }
        #expect(Tokenizer.withTokens("Rawa's mayor") { $0.map(\.text) } == ["Rawa", "s", "mayor"])
    }

    /// A French elided article before a capital counts as capitalised, so it can continue a name
    /// ("Côte d'Ivoire", "Côte d’Ivoire"); a plain clitic or lower-case word does not.
    @Test func elidedArticleIsCapitalised() {
        let caps = Tokenizer.withTokens("Côte d'Ivoire, Côte d’Ivoire, l'Aquila, d'accord, don't") { $0.map { "\($0.text):\($0.capitalized)" } }
        #expect(caps == ["Côte:true", "d'Ivoire:true", "Côte:true", "d’Ivoire:true", "l'Aquila:true", "d'accord:false", "don:false", "t:false"], "\(caps)")
    }

    @Test func flagsAndInPlaceComparisons() {
        Tokenizer.withTokens(text) { tokens in
            #expect(tokens.map(\.spaced) == [false, false, false, false, false, false, true, false, true, false, false])
            #expect(tokens.map(\.ascii) == [true, true, true, true, true, true, true, false, true, true, false])
            #expect(tokens[0].gapFirstByte == nil && tokens[6].gapFirstByte == 0x20 && tokens[7].gapFirstByte == 0x2E)
            #expect(Tokenizer.startsSentence(tokens, 7) && !Tokenizer.startsSentence(tokens, 6) && Tokenizer.startsSentence(tokens, 0))
            #expect(tokens[0].isWord("the") && !tokens[0].isWord("they") && !tokens[0].isWord("th"))
            #expect(tokens[7].isWord("qaim") && tokens[7].folded == "qaim" && !tokens[7].isWord("qai"))
            #expect(tokens[10].isWord("ecole") && tokens[10].folded == "ecole" && tokens[10].allCaps == false)
            // Keys are those of the folded words, so word sets find tokens by them.
            #expect(tokens.allSatisfy { $0.key == Tokenizer.foldedKey($0.folded) })
            let words: WordSet = ["raqqa", "qaim", "ecole", "fal"]
            #expect(tokens.map { words.contains($0) } == [false, true, false, false, false, false, false, true, false, false, true])
        }
    }

    /// Words in each path of the tokenizer: ASCII letters and digits in its tight loop, and a word
    /// that goes on past it (an inner apostrophe, a scalar past ASCII). Acronyms count letters, not
    /// digits ("T4", "A1B2", "F-16" as two words); keys are those of the folded words whatever
    /// the case; a clitic apostrophe ends the word.
    @Test func acronymsDigitsAndKeysInBothPaths() {
        let text = "T4 A1B2 ABCD1 ABCDE 2017 AB'CD Qa'ImA NATO's BEYRUTH Münster MÜNSTER ÉU al-RAQQA x9"
        Tokenizer.withTokens(text) { tokens in
            #expect(tokens.map(\.text) == ["T4", "A1B2", "ABCD1", "ABCDE", "2017", "AB'CD", "Qa'ImA", "NATO", "s", "BEYRUTH",
                                           "Münster", "MÜNSTER", "ÉU", "al", "RAQQA", "x9"])
            #expect(tokens.map(\.allCaps) == [false, true, true, false, false, true, false, true, false, false,
                                              false, false, true, false, false, false])
            #expect(tokens.map(\.capitalized) == [true, true, true, true, false, true, true, true, false, true,
                                                  true, true, true, false, true, false])
            #expect(tokens.map(\.ascii) == [true, true, true, true, true, false, false, true, true, true,
                                            false, false, false, true, true, true])
            #expect(tokens.allSatisfy { $0.key == Tokenizer.foldedKey($0.folded) })
            #expect(tokens[5].folded == "abcd" && tokens[11].folded == "munster" && tokens[14].key == Tokenizer.foldedKey("raqqa"))
        }
        // A word past the fifteen bytes a string holds inline is keyed alike.
        #expect(Tokenizer.withTokens("Counterinsurgencies") { $0[0].key } == Tokenizer.foldedKey("counterinsurgencies"))
    }

    /// A literal's key is the key of its bytes, whatever its length against the eight bytes
    /// mixed at a time; and a word is a literal when its folded form is that literal.
    @Test func literalKeys() {
        let literals: [StaticString] = ["", "a", "of", "the", "islamic", "airports", "operation", "sixteen-letters!", "seventeen-letters", "ṣūr"]
        for l in literals {
            #expect(Tokenizer.key(ofLiteral: l) == Tokenizer.foldedKey(l.description), "\(l)")
        }
        Tokenizer.withTokens("OF Óf of ofs Of's THE Operation operations") { tokens in
            #expect(tokens.map { $0.isWord("of") } == tokens.map { $0.folded == "of" })
            #expect(tokens.map { $0.isWord("of") } == [true, true, true, false, true, false, false, false, false])
            #expect(tokens[6].isWord("the") && tokens[7].isWord("operation") && !tokens[8].isWord("operation"))
        }
    }

    @Test func joinableGaps() {
        // Each text is two words; whether the gap between them can sit inside one name.
        let cases: [(String, Bool)] = [
            ("Deir ez", true), ("ez-Zor", true), ("al‐Ayn", true), ("al‑Ayn", true), ("al–Ayn", false),
            ("St. Louis", true), ("Ave. Louis", false), ("U.S", true), ("U. S", true), ("Tall ‘Afar", true),
            ("Ras ’ ’ Ayn", false), ("Raqqa, Syria", false), ("Raqqa\nSyria", false), ("Raqqa (Syria", false),
        ]
        for (text, joins) in cases {
            let got = Tokenizer.withTokens(text) { $0.count == 2 ? Tokenizer.joinable($0, after: 0) : nil }
            #expect(got == joins, "\(text)")
        }
    }

    /// Short codes ("BUD", an airport code as an alternate of Budapest): up to four upper-case
    /// letters, ASCII told in place and anything else by its scalars.
    @Test(arguments: [("BUD", true), ("SYR", true), ("IRAQ", true), ("ISLE", true), ("ISLES", false), ("Bud", false), ("bUD", false),
                      ("B D", false), ("ÉU", true), ("AÉB", true), ("AÉBCD", false), ("Aé", false), ("Ürü", false),
                      ("ABCDEFGHIJKLMNOPQ", false), ("\u{1D400}\u{1D401}\u{1D402}\u{1D403}", true), ("\u{1D400}\u{1D401}\u{1D402}\u{1D403}A", false), ("", true)])
    func shortCodes(name: String, isCode: Bool) {
        #expect(Resolution.isShortCode(name) == isCode)
    }

    @Test func emptyAndWordlessTexts() {
        #expect(Tokenizer.withTokens("") { $0.count } == 0)
        #expect(Tokenizer.withTokens(" — “…” ") { $0.count } == 0)
    }
}
