import Gazetteer

extension Geoparser {
    /// A city of this many people or more keeps a direction before its name: "northern Baghdad",
    /// "eastern Aleppo" are parts of the city.
    static let partedCityPeople = 1_000_000

    /// "southern Idlib", "northwest Hama", "eastern Deir ez-Zor": a direction before a name that a
    /// first-level area and its seat share names a part of the area, not of the town. The first
    /// round's city pick gives way to the area when the area is among the name's candidates by its
    /// own name and holds the city, and the pick is settled so that coherence does not take it back
    /// to the seat (see ``namesItsSeat(_:_:written:)``, for bare names).
    ///
    /// Only for a qualifier that says the name is a place (``Candidate/saysWhichPart``, not a
    /// capitalised "West Mosul") and a direction (the centre of a town is the town's: "the centre of
    /// Kunduz"), with no kind word ("Idlib city"), and a city under ``partedCityPeople``.
    ///
    /// A bare name listed beside such an area, a town that shares its name with an area of the same
    /// country, is that area too: "in Idlib and northern Hama", "southern Idlib, Hama and Latakia".
    /// So is one listed beside a name that is only an area (no town of its country bears it), or one
    /// its kind word makes an area: "from Kunduz, Takhar and Baghlan", "the countryside of Idlib and
    /// Hama".
    func qualifiedAreas(_ tokens: Tokens, _ candidates: [Candidate], _ best: inout [Resolution?], _ settled: inout FlagList, focus: [String]) {
        // (The areas still to visit, a stack on the stack, most texts pushing none: each candidate
        // is pushed once by the first pass at most, and once more at most as a neighbour, which is
        // settled as it is pushed.)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * candidates.count) { areas in
        var pending = 0
        // (Names that are only areas, kept as picked: their neighbours are moved from a town to its
        // area, and one already an area is left as it was, unsettled.)
        var onlyAreas = FlagList(count: candidates.count)
        for k in candidates.indices where candidates[k].role == .place && candidates[k].placeID == nil {
            // (Read in place: the candidate is bound only for a qualifier or a first-level area
            // pick, and the pick's kind is read before the pick is copied.)
            if candidates[k].saysWhichPart && candidates[k].qualifier != "central" && candidates[k].hint == nil {
                guard let area = areaOfSeat(candidates[k], best[k]) else { continue }
                best[k] = Self.scored(area, focus: focus)
                settled[k] = true
                areas[pending] = k
                pending += 1
            } else if candidates[k].qualifier == nil, best[k].placeKind == .admin1, let pick = best[k], Self.namesItself(pick),
                      candidates[k].hint == .admin1 || !candidates[k].ranked.contains(where: { $0.place.kind == .city && $0.match == .alias && $0.place.codeKeys.country == pick.place.codeKeys.country }) {
                areas[pending] = k
                pending += 1
                onlyAreas[k] = true
            }
        }
        // (Through the whole list: each area so found reaches its own neighbours.)
        while pending > 0 {
            pending -= 1
            let k = areas[pending]
            // (The two neighbours by stride: a list of the two was allocated for every area.)
            for j in stride(from: k - 1, through: k + 1, by: 2) where j >= 0 && j < candidates.count && !settled[j] {
                let (a, b) = j < k ? (j, k) : (k, j)
                let c = candidates[j]
                guard Self.nextListItem(tokens, after: candidates[a].last) == candidates[b].spanFirst, c.qualifier == nil, c.hint == nil,
                      c.role == .place, c.placeID == nil, !Self.appositiveSaysTown(tokens, after: c.last),
                      let area = areaOfSeat(c, best[j]), area.place.country == best[k]?.place.country,
                      !(onlyAreas[k] && best[j]?.place.kind == .admin1) else { continue }
                best[j] = Self.scored(area, focus: focus)
                settled[j] = true
                // (Room for it, as counted above; tested all the same, the stack being a raw buffer.)
                guard pending < areas.count else { continue }
                areas[pending] = j
                pending += 1
            }
        }
        }
    }

    /// Whether a comma and a phrase of lower-case words that calls the name a town follow it:
    /// "Kandahar, the country's second-largest city", "Hama, a city of 800,000".
    static func appositiveSaysTown(_ tokens: Tokens, after last: Int) -> Bool {
        guard last + 1 < tokens.count, joinsByComma(tokens[last + 1]) else { return false }
        var k = last + 1
        while k < tokens.count, k <= last + 8, !tokens[k].capitalized {
            // (One phrase: a space, hyphen or apostrophe before each word after the first.)
            if k > last + 1, !(tokens[k].spaced || tokens[k].gapIs("-") || Tokenizer.isPossessive(tokens[k])) { return false }
            if tokens[k].isWord("city") || tokens[k].isWord("town") || tokens[k].isWord("capital") { return true }
            k += 1
        }
        return false
    }

    /// The first-level area a name's city pick is the seat of, when the area is among the name's
    /// candidates by its own name, and the city is under ``partedCityPeople``; or the pick itself
    /// when it is that area already ("western Daraa", where the governorate ranks first), so that
    /// coherence does not take it to the seat, unless a city of a million there shares its name.
    private func areaOfSeat(_ c: Candidate, _ pick: Resolution?) -> Resolution? {
        guard let pick else { return nil }
        let p = pick.place
        if p.kind == .admin1 {
            guard Self.namesItself(pick) else { return nil }
            let ranked = c.ranked
            return ranked.contains(where: { $0.place.kind == .city && ($0.place.population ?? 0) >= Self.partedCityPeople && Self.holds(p, $0.place) }) ? nil : pick
        }
        guard p.kind == .city, (p.population ?? 0) < Self.partedCityPeople else { return nil }
        return c.ranked.first(where: { $0.place.kind == .admin1 && Self.holds($0.place, p) && Self.namesItself($0) })
    }
}
