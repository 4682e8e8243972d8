import Gazetteer

extension Geoparser {
    /// Whether tokens `first...nameEnd` name an outlet named like a place (``Lexicon/broadcasterNames``),
    /// written with a capital, where the text reads it as the outlet: an outlet noun right before or
    /// after it ("the Lebanese channel Al-Mayadeen", "an Al Mayadeen correspondent", "Al-Manar
    /// TV"), a verb of saying or reporting after it ("Al Mayadeen reported", "Fars said"), or
    /// "according to" before it. The place is the place anywhere else: "the army entered Al
    /// Mayadeen", "Shiraz, in Fars province". A place after a capitalised "Daily" is a newspaper's
    /// name, whatever the place: "Daily Sabah".
    /// (The name's first word is looked up first, and most candidates stop there; then the context
    /// is read by word keys, and the name is folded only where both fit.)
    func namesBroadcaster(_ tokens: [Token], _ first: Int, _ nameEnd: Int) -> Bool {
        let spacedBefore = first >= 1 && tokens[first].spaced
        if spacedBefore, tokens[first - 1].capitalized, tokens[first - 1].isWord("daily") { return true }
        guard tokens[first].capitalized, lexicon.broadcasterNameStarts.contains(tokens[first]) else { return false }
        let after = nameEnd + 1 < tokens.count && tokens[nameEnd + 1].spaced
            && (lexicon.outletNouns.contains(tokens[nameEnd + 1]) || lexicon.reportVerbs.contains(tokens[nameEnd + 1]))
        let before = spacedBefore && (lexicon.outletNouns.contains(tokens[first - 1])
            || first >= 2 && tokens[first - 1].isWord("to") && tokens[first - 2].isWord("according"))
        guard after || before else { return false }
        return lexicon.broadcasterNames.contains(NameFolding.fold(Self.span(tokens, first, nameEnd)))
    }
}
