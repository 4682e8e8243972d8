import Gazetteer

extension Geoparser {
    /// "Diffa in Niger", "Sinjar in Iraq": an area named right after a place and "in" is the area
    /// that holds the place. Where the text's focus made the area another of its namesakes
    /// (Nigeria's Niger state in a report on Nigeria), the candidate that holds the place is taken
    /// instead; either way the area is settled, so coherence does not move it to the namesake for
    /// being near the text's other places, nor pull them towards the namesake.
    ///
    /// Only a switch between areas (countries and first-level areas) is made, and only to one that
    /// holds the place before "in" as resolved on its own (a first-level area, only to its
    /// country); anything else is left to the other rules.
    func containingAreas(_ tokens: [Token], _ candidates: [Candidate], _ best: inout [Resolution?], _ settled: inout [Bool], focus: [String]) {
        for j in candidates.indices.dropFirst() {
            let c = candidates[j], before = candidates[j - 1]
            guard c.placeID == nil, c.role == .place, before.role == .place, c.first == before.last + 2,
                  tokens[c.first].spaced, tokens[c.first - 1].spaced, tokens[c.first - 1].isWord("in"), !tokens[c.first - 1].capitalized,
                  let inner = best[j - 1]?.place, inner.kind != .country,
                  let area = best[j]?.place, Self.isArea(area) else { continue }
            // (A first-level area is held by its country only.)
            func holdsInner(_ p: Place) -> Bool { (p.kind == .country || inner.kind != .admin1 && p.kind == .admin1) && Self.holds(p, inner) }
            // Already the area that holds it: settled as it is.
            if holdsInner(area) {
                settled[j] = true
                continue
            }
            let ranked = c.ranked
            guard let k = ranked.indices.first(where: { holdsInner(ranked[$0].place) }) else { continue }
            best[j] = Self.scored(ranked[k], focus: focus)
            settled[j] = true
        }
    }

    /// A context-free candidate taken as a name's pick, scored as the first round scores its
    /// picks: with the focus bonus when it lies in a focus country.
    static func scored(_ r: Resolution, focus: [String]) -> Resolution {
        var r = r
        if focus.contains(r.place.country) { r.score += Gazetteer.focusBonus }
        return r
    }

    /// Whether a place is a country or a first-level area.
    static func isArea(_ p: Place) -> Bool { p.kind == .country || p.kind == .admin1 }

    /// Whether country or first-level area `area` holds place `p` (by their codes).
    static func holds(_ area: Place, _ p: Place) -> Bool {
        switch area.kind {
        case .country: return area.country == p.country
        case .admin1: return area.country == p.country && area.admin1Code == p.admin1Code
        default: return false
        }
    }
}
