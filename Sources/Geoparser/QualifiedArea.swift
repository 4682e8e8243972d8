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
    func qualifiedAreas(_ candidates: [Candidate], _ best: inout [Resolution?], _ settled: inout [Bool], focus: [String]) {
        for (k, c) in candidates.enumerated() where c.saysWhichPart && c.qualifier != "central" && c.hint == nil && c.role == .place && c.placeID == nil {
            guard let city = best[k]?.place, city.kind == .city, (city.population ?? 0) < Self.partedCityPeople else { continue }
            let ranked = c.ranked
            guard let area = ranked.first(where: { $0.place.kind == .admin1 && Self.holds($0.place, city) && Self.namesItself($0) }) else { continue }
            best[k] = Self.scored(area, focus: focus)
            settled[k] = true
        }
    }
}
