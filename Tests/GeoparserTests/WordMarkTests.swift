@testable import Geoparser
import Testing

/// Word-set membership told by the marks a parsed text's tokens carry gives the answers the sets'
/// own tables give, for every marked set, member or not, and tokens cut without marks still ask
/// the tables.
@Suite struct WordMarkTests {
    /// The real lexicon, as the geoparser loads it.
    static let lexicon: Lexicon? = try? Lexicon(dataRoot: TestParser.root)

    /// Every marked set's words, in the case written and capitalised, and words in none.
    static func sampleText(_ lexicon: Lexicon) -> String {
        var words: [String] = []
        for mark in WordMark.allCases {
            for w in markedSet(mark, lexicon).words {
                words.append(w)
                words.append(w.capitalized)
            }
        }
        words += ["Raqqa", "said", "government", "troops", "Euphrates", "qqqq", "x", "the", "THE"]
        return words.joined(separator: " ")
    }

    static func markedSet(_ mark: WordMark, _ lexicon: Lexicon) -> WordSet {
        Lexicon.markedSet(mark, demonymWords: lexicon.demonymWords, demonymFirstWords: lexicon.demonymFirstWords)
    }

    @Test func marksFitInTheTokensPadding() {
        #expect(WordMark.allCases.count <= 24)
        #expect(MemoryLayout<Token>.stride == 40)
    }

    @Test func eachMarkedSetCarriesItsOwnMark() throws {
        let lexicon = try #require(Self.lexicon)
        for mark in WordMark.allCases {
            #expect(Self.markedSet(mark, lexicon).mark == mark.bit, "\(mark)")
        }
        // The lexicon's own copies are the same sets.
        #expect(lexicon.functionWords.mark == WordMark.functionWords.bit && lexicon.kindPhraseStarts.mark == WordMark.kindPhraseStarts.bit)
        // Sets made from a marked one carry no mark of their own.
        #expect(Lexicon.reportVerbs.mark == 0 && Lexicon.organisationNameStarts.mark == 0 && WordSet(["of"]).mark == 0)
    }

    @Test func markedTokensAnswerAsTheTablesDo() throws {
        let lexicon = try #require(Self.lexicon)
        let text = Self.sampleText(lexicon)
        var members = 0
        Tokenizer.withTokens(text, marks: lexicon.marks) { tokens in
            for k in tokens.indices {
                let t = tokens[k]
                #expect(t.marked)
                for mark in WordMark.allCases {
                    let set = Self.markedSet(mark, lexicon)
                    let byTable = set.contains(key: t.key)
                    #expect(set.contains(t) == byTable, "\(t.text) in \(mark)")
                    #expect((t.marks & mark.bit != 0) == byTable, "\(t.text) in \(mark)")
                    if byTable { members += 1 }
                }
            }
        }
        #expect(members > 1_000)
        // A set without a mark asks its table whatever the token carries.
        Tokenizer.withTokens("Of the Raqqa", marks: lexicon.marks) { tokens in
            #expect(WordSet(["of"]).contains(tokens[0]) && !WordSet(["of"]).contains(tokens[2]))
        }
    }

    @Test func unmarkedTokensAskTheTables() {
        Tokenizer.withTokens("the Gulf of Guinea near Raqqa") { tokens in
            #expect(tokens.allSatisfy { !$0.marked && $0.marks == 0 })
            #expect(Lexicon.functionWords.contains(tokens[0]) && Lexicon.ofFeatureHeads.contains(tokens[1]))
            #expect(!Lexicon.functionWords.contains(tokens[5]) && Lexicon.functionWords.contains(tokens[2]))
        }
    }

    @Test func tableMarksEachWordWithEverySetThatHoldsIt() throws {
        let table = MarkTable([(WordSet(["of", "the"]), .functionWords), (WordSet(["of", "and"]), .groupNameLinks)])
        #expect(table.marks(ofKey: Tokenizer.foldedKey("of")) == WordMark.functionWords.bit | WordMark.groupNameLinks.bit)
        #expect(table.marks(ofKey: Tokenizer.foldedKey("the")) == WordMark.functionWords.bit)
        #expect(table.marks(ofKey: Tokenizer.foldedKey("and")) == WordMark.groupNameLinks.bit)
        #expect(table.marks(ofKey: Tokenizer.foldedKey("raqqa")) == 0)
        // No words: nothing is marked, and the sets' tables answer.
        let empty = MarkTable([])
        #expect(empty.marks(ofKey: Tokenizer.foldedKey("of")) == 0)
        Tokenizer.withTokens("of Raqqa", marks: empty) { tokens in
            #expect(!tokens[0].marked && Lexicon.functionWords.contains(tokens[0]))
        }
    }

    /// Many more words than the lexicon's, and keys that differ in few bits: each still has a slot
    /// of its own, and a word in no set none.
    @Test func tablePlacesEveryWordOfALargeSet() {
        let words = (0..<20_000).map { "w\($0)" }
        let table = MarkTable([(WordSet(words), .titles)])
        #expect(words.allSatisfy { table.marks(ofKey: Tokenizer.foldedKey($0)) == WordMark.titles.bit })
        #expect((20_000..<21_000).allSatisfy { table.marks(ofKey: Tokenizer.foldedKey("w\($0)")) == 0 })
    }
}
