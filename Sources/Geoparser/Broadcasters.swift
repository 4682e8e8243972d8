import Gazetteer

extension Geoparser {
    /// Whether tokens `first...nameEnd` name a broadcaster named like a town (``Lexicon/broadcasterNames``),
    /// written with a capital article, where the text reads it as the outlet: an outlet noun right
    /// before or after it ("the Lebanese channel Al-Mayadeen", "an Al Mayadeen correspondent"), a
    /// verb of saying or reporting after it ("Al Mayadeen reported"), or "according to" before it.
    /// The town is the town anywhere else: "the army entered Al Mayadeen".
    func namesBroadcaster(_ tokens: [Token], _ first: Int, _ nameEnd: Int) -> Bool {
        guard nameEnd > first, tokens[first].capitalized, lexicon.broadcasterNames.contains(NameFolding.fold(Self.span(tokens, first, nameEnd)))
        else { return false }
        if nameEnd + 1 < tokens.count, tokens[nameEnd + 1].spaced,
           lexicon.outletNouns.contains(tokens[nameEnd + 1]) || lexicon.reportVerbs.contains(tokens[nameEnd + 1]) { return true }
        guard first >= 1, tokens[first].spaced else { return false }
        if lexicon.outletNouns.contains(tokens[first - 1]) { return true }
        return first >= 2 && tokens[first - 1].isWord("to") && tokens[first - 2].isWord("according")
    }
}
