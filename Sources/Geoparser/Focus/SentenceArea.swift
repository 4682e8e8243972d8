import Gazetteer

extension Geoparser {
    /// A sentence that opens with "In", a country or first-level area and a comma ("In neighbouring
    /// Lebanon, clashes in Tripoli killed two people") puts the towns it goes on to name in that
    /// area: a name the text reads elsewhere ("Tripoli" in a report on Libya) is, in that sentence,
    /// its namesake in the area, when the gazetteer has one that counts (a first-level area, or a
    /// town of 10,000 or more, matched by a name that fits it). Only towns and first-level areas
    /// move; countries, curated places and features stay as they are.
    func sentenceAreas(_ tokens: Tokens, _ candidates: [Candidate], _ best: inout [Resolution?], focus: [String]) {
        for (a, c) in candidates.enumerated() {
            // (The words first: most names open no sentence; no resolution is read for them.)
            guard c.last + 1 < tokens.count, Self.joinsByComma(tokens[c.last + 1]), c.role == .place, c.placeID == nil,
                  Self.sentenceOpensWithIn(tokens, before: c.qualifierFirst ?? c.article ?? c.first),
                  let area = best[a]?.place, Self.isArea(area) else { continue }
            // The sentence's later names, up to its end.
            var t = c.last + 1
            for j in candidates.indices where j > a {
                let d = candidates[j]
                while t <= d.first, !Tokenizer.startsSentence(tokens, t) { t += 1 }
                if t <= d.first { break }
                // (A town or area read elsewhere; not a curated region, river or desert, which may span
                // the border: "In Iraq, … the Jazira desert".)
                guard d.role == .place, d.placeID == nil, let r = best[j], r.place.kind == .city || r.place.kind == .admin1,
                      !r.place.isCurated, !Self.holds(area, r.place) else { continue }
                let ranked = d.ranked
                if let k = ranked.indices.first(where: {
                    let p = ranked[$0].place
                    return Self.holds(area, p) && (p.kind == .admin1 || p.kind == .city && (p.population ?? 0) >= 10_000) && Self.fits(ranked[$0], d.text)
                }) {
                    best[j] = Self.scored(ranked[k], focus: focus)
                }
            }
        }
    }

    /// Whether "In" opens the sentence before token `first`, with at most two lower-case words
    /// between ("In neighbouring Lebanon", "In southern Iraq").
    static func sentenceOpensWithIn(_ tokens: Tokens, before first: Int) -> Bool {
        var k = first - 1
        var words = 0
        while k >= 0, words < 2, tokens[k + 1].spaced, !tokens[k].capitalized { k -= 1; words += 1 }
        return k >= 0 && tokens[k + 1].spaced && tokens[k].capitalized && tokens[k].isWord("in") && Tokenizer.startsSentence(tokens, k)
    }
}
