import Gazetteer

extension Geoparser {
    /// The first-level area that candidate `k + 1` names right after candidate `k` and "in", with
    /// an area's kind word ("Tripoli in Borno state", "Palma in Cabo Delgado province"), by its best
    /// reading; nil when no such area follows.
    func areaNamedAfterIn(_ tokens: Tokens, _ candidates: [Candidate], _ k: Int) -> Place? {
        // (The test of ``namedIn(_:_:_:)`` that most pairs fail asked in place first: passing the
        // candidates to it retained and released both.)
        guard k + 1 < candidates.count, candidates[k + 1].spanFirst == candidates[k].last + 2,
              Self.namedIn(tokens, candidates[k], candidates[k + 1]) else { return nil }
        let next = candidates[k + 1]
        guard Self.endsInAreaKindWord(tokens, next), let area = next.ranked.first?.place, area.kind == .admin1 else { return nil }
        return area
    }

    /// Whether place name `c` follows place name `before` after a lower-case "in", one space on
    /// either side, or a comma and one space before it: "Tripoli in Borno state", "Sinjar in
    /// Iraq", "Tripoli in northern Lebanon", "Mansoura, in Raqqa province". Or after "of" where
    /// `before` ends in an area's kind word: "the Shekhan district of Nineveh" is a district in
    /// Nineveh.
    static func namedIn(_ tokens: Tokens, _ before: Candidate, _ c: Candidate) -> Bool {
        let first = c.spanFirst
        return c.placeID == nil && c.role == .place && before.role == .place && first == before.last + 2
            && tokens[first].spaced && (tokens[first - 1].spaced || tokens[first - 1].gapIs(", ")) && !tokens[first - 1].capitalized
            && (tokens[first - 1].isWord("in") || tokens[first - 1].isWord("of") && tokens[first - 1].spaced && endsInAreaKindWord(tokens, before))
    }

    /// Whether a mention of more than one word ends in an area's kind word (``areaKindWords``):
    /// "Borno state", "Cabo Delgado province".
    static func endsInAreaKindWord(_ tokens: Tokens, _ c: Candidate) -> Bool {
        c.last > c.first && areaKindWords.contains(tokens[c.last])
    }

    /// Whether the token after `k` is a number, one space after it: digits, or a Roman numeral of
    /// up to four capitals I, V and X ("Part III", "Phase II").
    static func numberFollows(_ tokens: Tokens, _ k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k + 1].spaced, let first = tokens[k + 1].bytes.first else { return false }
        if first &- 0x30 < 10 { return true }
        let w = tokens[k + 1].bytes
        return w.count <= 4 && w.allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 }
    }
}
