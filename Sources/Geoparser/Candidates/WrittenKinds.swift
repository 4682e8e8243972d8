import Gazetteer

extension Geoparser {
    /// Words before "the" and a name that make the name a river: "along the Niger", "crossed the
    /// Jordan", "up the Nile".
    static let riverVerbs: WordSet = ["along", "across", "cross", "crossed", "crossing", "crosses", "up", "down", "upstream", "downstream"]

    /// Picks the first round made that the way the text writes the name corrects:
    ///
    /// - A dateline names a city: "MARIB, Yemen (Reuters)" is the city of Ma'rib, not the
    ///   governorate that shares its name (its seat, among the name's candidates in the area).
    /// - "X city" in lower case is the city X, not a district GeoNames calls "X City" ("Marib
    ///   city" is no Marib City district).
    /// - A country after a river's verb and "the" is the river of its name where the gazetteer has
    ///   one: "along the Niger" is the Niger River, not Niger.
    ///
    /// Each pick made so is settled.
    func writtenKinds(_ tokens: Tokens, _ candidates: [Candidate], _ best: inout [Resolution?], _ settled: inout FlagList, focus: [String]) {
        // (By index, the candidate bound once it passes: binding every one retained and released it.)
        for k in candidates.indices where candidates[k].role == .place && candidates[k].placeID == nil {
            let c = candidates[k]
            // (Told from the words first: most names are written none of these ways, and their
            // picks are not copied.)
            let dateline = c.first == c.spanFirst && Self.inDateline(tokens, c.first)
            let cityWord = c.last > c.first && !tokens[c.last].capitalized && tokens[c.last].isWord("city")
            let afterRiverVerb = c.first >= 2 && c.first == c.last && !tokens[c.first - 1].capitalized && tokens[c.first - 1].isWord("the")
            guard dateline || cityWord || afterRiverVerb, let pick = best[k]?.place else { continue }
            switch pick.kind {
            case .admin1 where dateline:
                let ranked = c.ranked
                guard let seat = ranked.first(where: { $0.place.kind == .city && Self.holds(pick, $0.place) && Self.fits($0, c.text)
                    && ($0.place.featureCode == "PPLA" || ($0.place.population ?? 0) >= 10_000) }) else { continue }
                best[k] = Self.scored(seat, focus: focus)
                settled[k] = true
            case .admin1, .admin2:
                guard cityWord else { continue }
                let name = Self.span(tokens, c.first, c.last - 1)
                guard let city = resolve(name, in: pick.country, kind: .city, limit: 5).first(where: { $0.place.codeKeys.admin1 == pick.codeKeys.admin1 }) else { continue }
                best[k] = Self.scored(city, focus: focus)
                settled[k] = true
            case .country:
                guard afterRiverVerb, Self.riverVerbs.contains(tokens[c.first - 2]), !tokens[c.first - 2].capitalized,
                      let river = gazetteer.candidates(c.text + " River", kind: .river).first else { continue }
                best[k] = Self.scored(river, focus: focus)
                settled[k] = true
            default:
                continue
            }
        }
    }
}
