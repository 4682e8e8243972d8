import Gazetteer

extension Geoparser {
    /// How far from a town the places a text puts in it may lie: its quarters, camps and landmarks,
    /// and the suburbs that news writes as in the city.
    static let townPartKm = 50.0

    /// How far from the town a reading may lie and still stand when no namesake lies nearer: news
    /// writes "in" a town loosely of places in its district.
    static let looselyInTownKm = 150.0

    /// "Abu Salim in Tripoli", "the Bakassi camp in Maiduguri": a name right before "in" and a town,
    /// and the names listed with it ("Tajoura and Abu Salim in Tripoli"), lie in or by that town. A
    /// reading farther than ``townPartKm`` gives way to a namesake within it among the name's
    /// candidates; with none there, a reading farther than ``looselyInTownKm`` is a part of the
    /// town the gazetteer lacks, named without a place (Bou Salem, Tunisia, and Bakassi in Cross
    /// River State, 900 km from Maiduguri, are not meant). Read once the towns' picks are final.
    ///
    /// Only for a town read as such, not an area ("Manbij in Aleppo", where a reading of the name
    /// is the province that holds the place, is left alone), and only for towns and second-level
    /// areas read before "in" (a country or first-level area there is a topic before its venue,
    /// "talks on Syria in Geneva", and a base or dam is placed loosely by the nearest town).
    /// - Returns: the names so left without a place, for ``oneSensePerName(_:_:unplaced:placedInArea:focusKeys:)``.
    func partsOfTowns(_ tokens: Tokens, _ candidates: [Candidate], _ best: inout [Resolution?], focus: [String]) -> [UInt64] {
        var unplaced: [UInt64] = []
        for j in candidates.indices.dropFirst() {
            // (Most names follow no "in": told by the word before, with no candidate or reading copied.)
            let f = candidates[j].spanFirst
            guard f >= 2, tokens[f - 1].isWord("in") else { continue }
            let town = candidates[j]
            guard Self.namedIn(tokens, candidates[j - 1], town) || Self.namedInAfterPartNoun(tokens, candidates[j - 1], town),
                  let t = best[j], t.place.kind == .city, t.place.hasCoordinate,
                  !town.commonWord, !town.commonPhrase else { continue }
            let townRanked = town.ranked
            var i = j - 1
            while i >= 0 {
                let c = candidates[i]
                if let r = best[i], r.place.kind == .city || r.place.kind == .admin2, !r.place.isCurated, !r.place.isSame(as: t.place), c.role == .place, c.placeID == nil,
                   !r.place.hasCoordinate || Self.km(r.place, t.place) > Self.townPartKm,
                   !townRanked.contains(where: { $0.place.kind == .admin1 && Self.holds($0.place, r.place) }) {
                    let ranked = c.ranked
                    if let k = ranked.indices.first(where: {
                        !Self.isArea(ranked[$0].place) && ranked[$0].place.hasCoordinate && Self.km(ranked[$0].place, t.place) <= Self.townPartKm
                    }) {
                        best[i] = Self.scored(ranked[k], focus: focus)
                    } else if !r.place.hasCoordinate || Self.km(r.place, t.place) > Self.looselyInTownKm {
                        best[i] = nil
                        if !unplaced.contains(c.textKey) { unplaced.append(c.textKey) }
                    }
                }
                guard i >= 1, Self.nextListItem(tokens, after: candidates[i - 1].last) == candidates[i].spanFirst else { break }
                i -= 1
            }
        }
        return unplaced
    }

    /// Lower-case nouns for a part of a town between a name and "in": "the Bakassi camp in
    /// Maiduguri", "the Jolan district in Fallujah".
    static let townPartNouns: WordSet = [
        "camp", "camps", "district", "neighbourhood", "neighborhood", "quarter", "area", "market", "hospital", "prison",
        "square", "road", "street", "bridge", "roundabout", "suburb",
    ]

    /// Whether town `c` follows name `before`, a noun of ``townPartNouns`` and a lower-case "in",
    /// one space apart ("the Bakassi camp in Maiduguri").
    static func namedInAfterPartNoun(_ tokens: Tokens, _ before: Candidate, _ c: Candidate) -> Bool {
        let first = c.spanFirst
        guard c.placeID == nil, c.role == .place, before.role == .place, first == before.last + 3 else { return false }
        let noun = tokens[before.last + 1], word = tokens[first - 1]
        return noun.spaced && !noun.capitalized && townPartNouns.contains(noun) && word.spaced && tokens[first].spaced && !word.capitalized && word.isWord("in")
    }
}
