import Gazetteer

extension Geoparser {
    /// Whether a comma and a country's one-word name follow token `first` of a dateline, and the
    /// country has a town called `name`: "RAWA, Iraq (Reuters)".
    func datelineCountryHasTown(_ tokens: Tokens, _ first: Int, _ name: String) -> Bool {
        guard first + 1 < tokens.count, tokens[first + 1].gapIs(", "),
              let country = gazetteer.topCandidate(tokens[first + 1].text)?.place, country.kind == .country else { return false }
        return gazetteer.candidates(name).contains { $0.place.kind == .city && $0.place.country == country.country && $0.match == .alias }
    }

    /// Whether the one-word name at `first` opens a dateline: the text's or a line's first word,
    /// followed by a bracket, comma or dash ("ADEN (AP) —", "GAZA, March 3 —").
    static func opensDateline(_ tokens: Tokens, _ first: Int) -> Bool {
        // (After a caption's number too: "5. HIT, IRAQ —".)
        let numbered = first >= 1 && tokens[first].gapIs(". ") && (first == 1 || tokens[first - 1].startsLine)
            && tokens[first - 1].isNumber(digits: 2)
        guard first == 0 || tokens[first].startsLine || numbered else { return false }
        return endsDatelineCity(tokens, first, joined: 0)
    }

    /// Whether token `first` is a dateline's place: one that opens it (``opensDateline(_:_:)``), or
    /// an upper-case city after a slash in one ("KYIV" in "MOSCOW/KYIV (Reuters) -").
    static func inDateline(_ tokens: Tokens, _ first: Int) -> Bool {
        var s = first
        while s >= 1, s > first - 2, tokens[s].gapIs("/"), isUpperCaseWord(tokens[s]), isUpperCaseWord(tokens[s - 1]) { s -= 1 }
        return opensDateline(tokens, s)
    }

    /// Whether token `k` is followed by what ends a dateline's place: "(", ",", a dash, or a slash
    /// and another upper-case city that is ("BAKU/YEREVAN (Reuters) -", "MOSCOW/KYIV, March 3 -").
    private static func endsDatelineCity(_ tokens: Tokens, _ k: Int, joined: Int) -> Bool {
        guard k + 1 < tokens.count else { return false }
        let gap = tokens[k + 1].gapBytes
        guard let j = gap.firstIndex(where: { $0 != 0x20 }) else { return false }
        switch gap[j] {
        case 0x28, 0x2C, 0x2D: return true                        // ( , -
        case 0xE2: return j + 2 < gap.count && gap[j + 1] == 0x80 && (gap[j + 2] == 0x93 || gap[j + 2] == 0x94)   // – —
        case 0x2F:                                                  // /
            // (Both cities in capitals, a slash alone between them; at most three cities.)
            guard gap.count == 1, joined < 2, isUpperCaseWord(tokens[k]), isUpperCaseWord(tokens[k + 1]) else { return false }
            return endsDatelineCity(tokens, k + 1, joined: joined + 1)
        default: return false
        }
    }

    /// Whether a word is written in capitals with no lower-case letter ("BAKU", "YEREVAN").
    static func isUpperCaseWord(_ t: Token) -> Bool {
        t.capitalized && !t.uncased && !t.bytes.contains(where: { $0 &- 0x61 < 26 })
    }
}
