import Gazetteer

extension Geoparser {
    /// Common words that name only small towns, let through because the text plainly says they
    /// are places ("caught behind a gas station in Hurricane, according to the Putnam County sheriff"):
    /// after coherence, each is that town only when another place the text names lies within
    /// ``anchorKm`` of it (or is the first-level area that holds it), or the area after it holds
    /// a town of its name ("in Fife, Scotland"). The others are the words ("a storm in Hurricane,
    /// the officials said"), as they are when the text does not say so. Their positions.
    func strayPlainWords(_ tokens: Tokens, _ candidates: [Candidate], _ best: [Resolution?]) -> Set<Int> {
        var out = Set<Int>()
        // (By index, the candidate bound once it passes: binding every one retained and released it.)
        for i in candidates.indices where candidates[i].commonWord && candidates[i].hint == nil && candidates[i].placeID == nil {
            let c = candidates[i]
            guard let r = best[i], r.place.kind == .city, let top = c.ranked.first?.place,
                  Self.knownSmall(top, under: Self.smallTownFloor(top)),
                  saidToBePlace(tokens, c) else { continue }
            let near = candidates.indices.contains { j in
                guard j != i, candidates[j].text != c.text, let p = best[j]?.place, p.hasCoordinate || p.kind == .admin1 else { return false }
                return p.kind == .admin1 ? Self.holds(p, r.place) : p.kind != .country && Self.km(p, r.place) < Self.anchorKm
            }
            if !near && !namesPlaceInNextArea(tokens, candidates, best, i) { out.insert(i) }
        }
        return out
    }
}
