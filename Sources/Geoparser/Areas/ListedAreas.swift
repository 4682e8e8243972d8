import Gazetteer

extension Geoparser {
    /// Names listed together are places of one kind: a name in a list beside a country is a
    /// country ("Mexico, China, Japan", "Spain and Italy" in a report the United States leads are
    /// not Mexico, Missouri, and Italy, Texas), and one beside first-level areas of a country is
    /// that country's area of the name when its best reading lies in another country ("British
    /// Columbia, Alberta, Manitoba, Ontario" is the province, not Ontario, California). Where the
    /// name's candidates hold such a place by its own name or an alternate, that place is taken and
    /// settled, before coherence.
    func listedAreas(_ tokens: [Token], _ candidates: [Candidate], _ best: inout [Resolution?], _ settled: inout [Bool], focus: [String]) {
        guard candidates.count > 1 else { return }
        func listed(_ a: Int, _ b: Int) -> Bool { Self.listed(tokens, candidates, a, b) }
        for i in candidates.indices {
            let c = candidates[i]
            guard c.role == .place, c.hint == nil, c.placeID == nil, let r = best[i] else { continue }
            let neighbours = [i - 1, i + 1].filter { j in j >= 0 && j < candidates.count && candidates[j].role == .place && (j < i ? listed(j, i) : listed(i, j)) }
            let areas = neighbours.compactMap { j -> Place? in
                guard let p = best[j]?.place, Self.isArea(p) else { return nil }
                return p
            }
            guard let area = areas.first else { continue }
            // The kind the list gives: a country among countries, a first-level area of the same
            // country among those.
            func fits(_ p: Place) -> Bool {
                area.kind == .country ? p.kind == .country && p.id != area.id
                    : p.kind == .admin1 && p.country == area.country && p.id != area.id
            }
            // (Within the areas' country a name is left to the other rules: "Deir Ezzor, Homs and
            // Raqqa" beside a province are cities, as news names the province with its word.)
            guard !fits(r.place), area.kind == .country || r.place.country != area.country else { continue }
            let ranked = c.ranked
            guard let k = ranked.indices.first(where: { ranked[$0].match == .alias && fits(ranked[$0].place) }) else { continue }
            best[i] = Self.scored(ranked[k], focus: focus)
            settled[i] = true
        }
    }
}

extension Geoparser {
    /// Whether candidates `a` and `b` (`a` before `b`) are neighbours in a list: ", ", " and " or
    /// " or " between them.
    static func listed(_ tokens: [Token], _ candidates: [Candidate], _ a: Int, _ b: Int) -> Bool {
        nextListItem(tokens, after: candidates[a].last) == candidates[b].first
    }

    /// For each candidate, whether it stands in a list (", ", "and", "or") beside a name that is
    /// first a country, by its own name or an alternate, before any context: the list's other
    /// names say what kind of name it is.
    static func listedBesideCountry(_ tokens: [Token], _ candidates: [Candidate]) -> [Bool] {
        func firstIsCountry(_ c: Candidate) -> Bool {
            c.role == .place && c.placeID == nil && c.ranked.first.map { $0.place.kind == .country && $0.match == .alias } == true
        }
        func listed(_ a: Int, _ b: Int) -> Bool { Self.listed(tokens, candidates, a, b) }
        return candidates.indices.map { i in
            (i > 0 && listed(i - 1, i) && firstIsCountry(candidates[i - 1]))
                || (i + 1 < candidates.count && listed(i, i + 1) && firstIsCountry(candidates[i + 1]))
        }
    }
}
