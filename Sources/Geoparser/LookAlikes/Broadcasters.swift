import Gazetteer

extension Geoparser {
    /// Words of speaking before "to" and an outlet's name: "Speaking to Al-Mayadeen".
    static let speakingWords: WordSet = ["speaking", "spoke", "talking", "talked", "interview", "interviews", "said", "told"]

    /// Whether tokens `first...nameEnd` name an outlet named like a place (``Lexicon/broadcasterNames``),
    /// written with a capital, where the text reads it as the outlet: an outlet noun right before or
    /// after it ("the Lebanese channel Al-Mayadeen", "an Al Mayadeen correspondent", "Al-Manar
    /// TV", "Al Mayadeen's correspondent"), a verb of saying or reporting after it ("Al Mayadeen
    /// reported", "Fars said"), or "according to" or a verb of telling before it ("told
    /// al-Mayadeen", "Speaking to Al-Mayadeen"). The place is the place anywhere else: "the army entered Al
    /// Mayadeen", "Shiraz, in Fars province". A place after a capitalised "Daily" is a newspaper's
    /// name, whatever the place: "Daily Sabah".
    /// (The name's first word is looked up first, and most candidates stop there; then the context
    /// is read by word keys, and the name is folded only where both fit.)
    /// (That first probe, and the flags of a capitalised "Daily" before, in line: most names stop
    /// there.)
    @inline(__always)
    func namesBroadcaster(_ tokens: Tokens, _ first: Int, _ nameEnd: Int) -> Bool {
        (lexicon.broadcasterNameStarts.contains(tokens[first]) || first >= 1 && tokens[first].spaced && tokens[first - 1].capitalized)
            && broadcasterNamed(tokens, first, nameEnd)
    }

    /// ``namesBroadcaster(_:_:_:)`` past its first probe.
    @inline(never)
    private func broadcasterNamed(_ tokens: Tokens, _ first: Int, _ nameEnd: Int) -> Bool {
        let spacedBefore = first >= 1 && tokens[first].spaced
        if spacedBefore, tokens[first - 1].capitalized, tokens[first - 1].isWord("daily") { return true }
        // (An article in lower case too: "told al-Mayadeen television".)
        guard tokens[first].capitalized || first + 1 <= nameEnd && tokens[first + 1].capitalized,
              lexicon.broadcasterNameStarts.contains(tokens[first]) else { return false }
        // (Or its possessive and an outlet noun: "Al Mayadeen's correspondent".)
        let noun = nameEnd + 2 < tokens.count && Tokenizer.isPossessiveS(tokens, nameEnd + 1) ? nameEnd + 2 : nameEnd + 1
        let after = noun < tokens.count && tokens[noun].spaced
            && (lexicon.outletNouns.contains(tokens[noun]) || noun == nameEnd + 1 && lexicon.reportVerbs.contains(tokens[noun]))
            // (Or its dateline opening a text or a line: "Fars- Iraqi forces …", as "Alwaght-" opens one.)
            || (first == 0 || tokens[first].startsLine) && nameEnd + 1 < tokens.count && tokens[nameEnd + 1].gapFirstByte == UInt8(ascii: "-")
                && tokens[nameEnd + 1].capitalized
        // (Or a verb of telling before it: one tells or speaks to an outlet, not a town: "told
        // al-Mayadeen", "Speaking to Al-Mayadeen".)
        let before = spacedBefore && (lexicon.outletNouns.contains(tokens[first - 1]) || tokens[first - 1].isWord("told")
            || first >= 2 && tokens[first - 1].isWord("to") && (tokens[first - 2].isWord("according") || Self.speakingWords.contains(tokens[first - 2]))
            // ("in an interview with Al Mayadeen".)
            || first >= 2 && tokens[first - 1].isWord("with") && Self.speakingWords.contains(tokens[first - 2]))
        // (Or alone in brackets, as an agency credits a story: "(Fars)", "(Mehr)".)
        let bracketed = first >= 1 && nameEnd + 1 < tokens.count && tokens[first].gapBytes.last == UInt8(ascii: "(")
            && tokens[nameEnd + 1].gapFirstByte == UInt8(ascii: ")")
        guard after || before || bracketed else { return false }
        return lexicon.broadcasterNames.contains(NameFolding.fold(Self.span(tokens, first, nameEnd)))
    }
}
