import Gazetteer

extension Geoparser {
    /// "Columbus, Georgia", "Athens, Georgia", "Lahore, Punjab": a name right after another and a
    /// comma, that is several areas (countries and first-level areas), is the one that holds a
    /// place of the name before it. Georgia the country holds no Columbus or Athens; the US state
    /// holds both. (On its own, or in a text about the Caucasus, "Georgia" stays the country, and
    /// "Tbilisi, Georgia" is the country, which holds Tbilisi.)
    ///
    /// Marks every name right after another and a comma (``Candidate/afterComma``), and sets each
    /// such area name's ``Candidate/heldReading``: the focus counts it, and the name before
    /// it, for that area's country, and after coherence the name is that area; the name before is
    /// then resolved inside it as for any "town, area" pair.
    ///
    /// Only names with two area readings or more among their candidates are asked; the town's
    /// places in an area are looked up as the "town, area" rule looks them up (cached by name and
    /// country).
    func markAreasAfterComma(_ tokens: Tokens, _ candidates: [Candidate]) {
        for j in candidates.indices.dropFirst() {
            // (Read in place until a comma joins the two: most names follow none, and neither
            // candidate is then retained.)
            guard candidates[j].first == candidates[j - 1].last + 1, tokens[candidates[j].first].gapStarts(with: 0x2C) else { continue }
            let b = candidates[j], a = candidates[j - 1]
            b.afterComma = true
            guard b.role == .place, a.role == .place, b.placeID == nil, a.placeID == nil, a.hint == nil || a.hint == .city,
                  a.ranked.first?.place.kind != .country else { continue }
            let ranked = b.ranked
            // (Read by index: most names have one area reading or none, told without copying any.)
            var areas = 0
            for k in ranked.indices where Self.isArea(ranked[k].place) { areas += 1 }
            guard areas >= 2 else { continue }
            for k in ranked.indices where Self.isArea(ranked[k].place) {
                let area = ranked[k].place
                if placesNamed(a.text, inside: area).contains(where: { !Self.isArea($0.place) }) {
                    b.heldReading = k
                    break
                }
            }
        }
    }

    /// The area each name marked by ``markAreasAfterComma(_:_:)`` names, as its pick.
    func areasAfterComma(_ candidates: [Candidate], _ best: inout [Resolution?], focus: [String]) {
        // (By index: the few names marked are told without retaining every candidate.)
        for j in candidates.indices {
            guard let k = candidates[j].heldReading else { continue }
            let c = candidates[j]
            guard k < c.ranked.count else { continue }
            best[j] = Self.scored(c.ranked[k], focus: focus)
        }
    }

    /// The area a comma and one name after candidate `i` name ("Columbus, Ohio", "Surrey, UK"): a
    /// first-level area or a country, unless the name at `i` is one itself.
    func nextArea(_ tokens: Tokens, _ candidates: [Candidate], _ best: [Resolution?], _ i: Int) -> Place? {
        let j = i + 1
        guard j < candidates.count, candidates[i].hint == nil || candidates[i].hint == .city,
              candidates[j].spanFirst == candidates[i].last + 1, tokens[candidates[j].spanFirst].gapStarts(with: 0x2C),
              let area = best[j]?.place, area.kind == .admin1 || area.kind == .country, best[i]?.place.kind != .country else { return nil }
        // (Not an area that starts a clause of its own, the subject of a verb of saying or of a
        // possessive: "Azerbaijan says it has taken Shusha, Armenia denies", "After Avdiivka,
        // Russia's next prize".)
        let after = candidates[j].qualifierLast ?? candidates[j].last
        if after + 1 < tokens.count, tokens[after + 1].spaced && (lexicon.reportVerbs.contains(tokens[after + 1]) || Self.denialVerbs.contains(tokens[after + 1]))
            || !tokens[after + 1].spaced && Tokenizer.isPossessiveS(tokens, after + 1) { return nil }
        return area
    }

    /// Verbs of denying or answering after a country that starts a clause ("…, Armenia denies").
    static let denialVerbs: WordSet = ["denies", "deny", "rejects", "rejected", "disputes", "disputed", "insists", "responds", "responded", "counters", "countered", "accuses", "accused"]

    /// Whether the area after candidate `i` (``nextArea(_:_:_:_:)``) holds a place of its name. (Not
    /// for a name that is first a country: "Mexico, China, Japan" is a list, and China no town in
    /// Japan.)
    func namesPlaceInNextArea(_ tokens: Tokens, _ candidates: [Candidate], _ best: [Resolution?], _ i: Int) -> Bool {
        guard candidates[i].ranked.first?.place.kind != .country, let area = nextArea(tokens, candidates, best, i) else { return false }
        return !placesNamed(candidates[i].text, inside: area).isEmpty
    }
}
