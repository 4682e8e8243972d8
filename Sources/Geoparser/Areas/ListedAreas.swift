import Gazetteer

extension Geoparser {
    /// Names listed together are places of one kind: a name in a list beside a country is a
    /// country ("Mexico, China, Japan", "Spain and Italy" in a report the United States leads are
    /// not Mexico, Missouri, and Italy, Texas), and one beside first-level areas of a country is
    /// that country's area of the name when its best reading lies in another country ("British
    /// Columbia, Alberta, Manitoba, Ontario" is the province, not Ontario, California). Where the
    /// name's candidates hold such a place by its own name or an alternate, that place is taken and
    /// settled, before coherence.
    /// (`listedNext`: ``listedPairs(_:_:)``.)
    func listedAreas(_ tokens: Tokens, _ candidates: [Candidate], _ best: inout [Resolution?], _ settled: inout FlagList, focus: [String],
                     listedNext: FlagList) {
        guard candidates.count > 1 else { return }
        // The area neighbour `j` of name `i` names, when the two are listed together (the list of
        // pairs says so of the first of them).
        func listedArea(_ j: Int, beside i: Int) -> Place? {
            guard j >= 0, j < candidates.count, candidates[j].role == .place, listedNext[Swift.min(i, j)],
                  let p = best[j]?.place, Self.isArea(p) else { return nil }
            return p
        }
        for i in candidates.indices {
            // (Read in place, the neighbours asked in turn: the two lists built for every name, and
            // the candidate and pick copied before them, cost more than the rule.)
            guard candidates[i].role == .place, candidates[i].hint == nil, candidates[i].placeID == nil, best[i] != nil,
                  let area = listedArea(i - 1, beside: i) ?? listedArea(i + 1, beside: i), let r = best[i] else { continue }
            let c = candidates[i]
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
    /// National capitals listed together are the capitals: "Washington, Brussels and London should
    /// press Kigali", "Washington, Paris and Berlin back the plan" in a report the United States
    /// leads are no Brussels, London, Paris and Berlin in the United States. A name in a list (", ",
    /// "and", "or") beside another name that a national capital bears as its own name, both such
    /// names, is that capital, unless its pick is a town within ``listNamesakeKm`` of a neighbour's
    /// pick that is no capital either: "Rome and Athens" in a Georgia paper stay the Georgia towns.
    /// Settled, before coherence.
    /// (`listedNext`: ``listedPairs(_:_:)``.)
    func listedCapitals(_ tokens: Tokens, _ candidates: [Candidate], _ best: inout [Resolution?], _ settled: inout FlagList, focus: [String],
                        listedNext: FlagList) {
        guard candidates.count > 1 else { return }
        // Which names stand in a list beside the next one, told by their tokens first: most names
        // stand in none, and their candidates are then never read.
        guard listedNext.any else { return }
        // (Not a name a country bears too, whose country the other rules read: "Djibouti and
        // Gibraltar", "Kuwait and Singapore".)
        // (Each capital by its place in the name's candidates: a list of positions, not of
        // resolutions, each copied in and released with the list; and built only once a capital
        // is found, which most texts with lists have none of.)
        var capitals: [Int?] = []
        for i in candidates.indices where listedNext[i] || i > 0 && listedNext[i - 1] {
            let c = candidates[i]
            guard c.role == .place, c.hint == nil, c.placeID == nil else { continue }
            let ranked = c.ranked
            guard let k = Self.capitalIndexByOwnName(ranked), !ranked.contains(where: Self.isCountryByItsName) else { continue }
            if capitals.isEmpty { capitals = [Int?](repeating: nil, count: candidates.count) }
            capitals[i] = k
        }
        guard !capitals.isEmpty else { return }
        // Whether neighbour `j` of name `i` is a capital listed beside it.
        func listedCapital(_ j: Int, beside i: Int) -> Bool {
            j >= 0 && j < candidates.count && capitals[j] != nil && listedNext[Swift.min(i, j)]
        }
        for i in candidates.indices {
            guard let k = capitals[i], listedCapital(i - 1, beside: i) || listedCapital(i + 1, beside: i),
                  let pick = best[i]?.place else { continue }
            let capital = candidates[i].ranked[k]
            let neighbours = [i - 1, i + 1].filter { j in listedCapital(j, beside: i) }
            // (A capital already read stays one: coherence would move "Paris" beside Washington to a
            // Paris in the United States.)
            if pick.isSame(as: capital.place) {
                settled[i] = true
                continue
            }
            let local = neighbours.contains { j in
                guard let other = best[j]?.place, !other.isNationalCapital, other.hasCoordinate, pick.hasCoordinate else { return false }
                return Self.km(other, pick) < Self.listNamesakeKm
            }
            if local { continue }
            best[i] = Self.scored(capital, focus: focus)
            settled[i] = true
        }
    }

    /// For each candidate, whether it and the next are neighbours in a list (``listed(_:_:_:_:)``;
    /// false for the last): asked once for the rules that read lists after the keep rules, each of
    /// which had asked it of every pair again.
    static func listedPairs(_ tokens: Tokens, _ candidates: [Candidate]) -> FlagList {
        FlagList(count: candidates.count) { i in i + 1 < candidates.count && listed(tokens, candidates, i, i + 1) }
    }

    /// Whether candidates `a` and `b` (`a` before `b`) are neighbours in a list: ", ", " and " or
    /// " or " between them.
    static func listed(_ tokens: Tokens, _ candidates: [Candidate], _ a: Int, _ b: Int) -> Bool {
        nextListItem(tokens, after: candidates[a].last) == candidates[b].first
    }

    /// For each candidate, whether it stands in a list (", ", "and", "or") beside a name that is
    /// first a country, by its own name or an alternate, before any context: the list's other
    /// names say what kind of name it is.
    static func listedBesideCountry(_ tokens: Tokens, _ candidates: [Candidate]) -> FlagList {
        func firstIsCountry(_ c: Candidate) -> Bool {
            c.role == .place && c.placeID == nil && c.ranked.first.map { $0.place.kind == .country && $0.match == .alias } == true
        }
        func listed(_ a: Int, _ b: Int) -> Bool { Self.listed(tokens, candidates, a, b) }
        return FlagList(count: candidates.count) { i in
            (i > 0 && listed(i - 1, i) && firstIsCountry(candidates[i - 1]))
                || (i + 1 < candidates.count && listed(i, i + 1) && firstIsCountry(candidates[i + 1]))
        }
    }
}
