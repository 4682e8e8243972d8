import Gazetteer

extension Geoparser {
    /// Two names side by side in a list that resolve to the same place, written differently, are
    /// two places: the one that names it only by an alternate, where the other names it by its own
    /// name, is a place the gazetteer lacks, named without one. "retook Sinja and Singa in Sennar
    /// state": GeoNames gives Singa the alternate "Sinja", a town of its own. (Not spellings offered
    /// as such, joined by "or" or after "written", "spelled", "known as" and the like: "al-Bukamal,
    /// also written Abu Kamal, Albukamal or Al Bukamal" is one town.)
    /// (`listedNext`: ``listedPairs(_:_:)``.)
    func distinctListItems(_ tokens: Tokens, _ candidates: [Candidate], _ best: inout [Resolution?], listedNext: FlagList) {
        for j in candidates.indices.dropFirst() {
            let i = j - 1
            // (Whether the two are listed together asked before their picks are copied: most are not.)
            guard candidates[i].textKey != candidates[j].textKey, listedNext[i], let a = best[i], let b = best[j],
                  a.place.isSame(as: b.place), !Self.spellingsListed(tokens, candidates[i], candidates[j]) else { continue }
            let aOwn = Self.namesItself(a), bOwn = Self.namesItself(b)
            if !aOwn && bOwn { best[i] = nil } else if aOwn && !bOwn { best[j] = nil }
        }
    }

    /// Words that offer what follows as another name of a place: "also written", "spelled", "known as".
    static let spellingWords: WordSet = ["written", "spelled", "spelt", "transliterated", "romanised", "romanized", "known", "called", "aka"]

    /// Whether two names of a list are offered as spellings of one place: joined by "or", or after
    /// a word of ``spellingWords`` at most three words before the first.
    static func spellingsListed(_ tokens: Tokens, _ a: Candidate, _ b: Candidate) -> Bool {
        if (a.last + 1..<b.spanFirst).contains(where: { tokens[$0].isWord("or") }) { return true }
        return (max(0, a.spanFirst - 3)..<a.spanFirst).contains { spellingWords.contains(tokens[$0]) }
    }
}
