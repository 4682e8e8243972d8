import Gazetteer

extension Geoparser {
    /// "Diffa in Niger", "Sinjar in Iraq", "Tripoli in northern Lebanon": an area named right after
    /// a place and "in" is the area that holds the place. Where the text's focus made the area
    /// another of its namesakes (Nigeria's Niger state in a report on Nigeria), the candidate that
    /// holds the place is taken instead; either way the area is settled, so coherence does not
    /// move it to the namesake for being near the text's other places, nor pull them towards the
    /// namesake.
    ///
    /// Only a switch between areas (countries and first-level areas) is made, and only to one that
    /// holds the place before "in" as resolved on its own (a first-level area, only to its
    /// country); anything else is left to the other rules.
    ///
    /// - Returns: the names (``Candidate/textKey``) the text puts in an area where the gazetteer
    ///   has no place of the name, and that are named without a place there: said again alone,
    ///   they are that place still (``oneSensePerName(_:_:unplaced:placedInArea:focusKeys:)``).
    func containingAreas(_ tokens: Tokens, _ candidates: [Candidate], _ best: inout [Resolution?], _ settled: inout FlagList, focus: [String]) -> [UInt64] {
        var placedInArea: [UInt64] = []
        for j in candidates.indices.dropFirst() {
            // (The candidates read in place until a name follows another and "in": most do not, and
            // neither candidate is then retained. The test of ``namedIn(_:_:_:)`` that most pairs
            // fail is asked here first: passing the candidates to it retained and released both.)
            guard candidates[j].spanFirst == candidates[j - 1].last + 2, Self.namedIn(tokens, candidates[j - 1], candidates[j]) else { continue }
            let c = candidates[j], before = candidates[j - 1]
            guard let inner = best[j - 1]?.place, inner.kind != .country,
                  let areaReading = best[j], Self.isArea(areaReading.place), !Self.kindWordDenies(tokens, c, areaReading) else { continue }
            let area = areaReading.place
            // (A first-level area is held by its country only.)
            func holdsInner(_ p: Place) -> Bool { (p.kind == .country || inner.kind != .admin1 && p.kind == .admin1) && Self.holds(p, inner) }
            // Already the area that holds it: settled as it is, and so is the place, which
            // coherence would otherwise move out of the area to a namesake near the text's other
            // places ("from Idlib to Sinjar in Iraq" is Sinjar, Iraq, not the Idlib village). (Not
            // a first-level area, which coherence may still take to its seat: "Ménaka in Mali".)
            if holdsInner(area) {
                settled[j] = true
                if inner.kind != .admin1 { settled[j - 1] = true }
                continue
            }
            let ranked = c.ranked
            if let k = ranked.indices.first(where: { holdsInner(ranked[$0].place) }) {
                best[j] = Self.scored(ranked[k], focus: focus)
                settled[j] = true
                continue
            }
            // No reading of the area holds the place: the place is a namesake in the area, or one the
            // gazetteer lacks there, named without a place ("the Midlands in England" is not
            // Zimbabwe's Midlands province). (Only for an area named plainly, by no common word and
            // with its phrase ending there, read from a qualifier before it: "in North-Western
            // Sydney" names no area, "Tripoli in northern Lebanon" does. An area with a qualifier or
            // article before its name places the name more loosely: with no namesake in it, the name
            // stays as read, and "al-Mayadeen in western Iraq" is the Syrian town.)
            // (A country's possessive ends the phrase too: "Palma in Mozambique's northern province".)
            let countryPossessive = area.kind == .country && c.last + 1 < tokens.count && Tokenizer.isPossessiveS(tokens, c.last + 1)
            // (So does "of" after an area's kind word: "the Shekhan district of Nineveh".)
            let ofArea = tokens[c.spanFirst - 1].isWord("of")
            guard !c.commonWord, !c.commonPhrase,
                  countryPossessive || ofArea || saidToBePlace(tokens, first: c.spanFirst, last: c.last, hint: c.hint) else { continue }
            // (A district named for its town, which the gazetteer lacks as a district, is the town:
            // "Palma district in Cabo Delgado" is no Palma district in Brazil.)
            let bare = before.last > before.first && Self.areaKindWords.contains(tokens[before.last]) ? Self.span(tokens, before.first, before.last - 1) : nil
            func fitting(_ r: Resolution) -> Bool { !Self.isArea(r.place) || r.place.kind == .admin1 && area.kind == .country }
            if let pick = placesNamed(before.text, inside: area).first(where: fitting)
                ?? bare.flatMap({ placesNamed($0, inside: area).first(where: fitting) }) {
                best[j - 1] = Self.scored(pick, focus: focus)
                settled[j - 1] = true
                settled[j] = true
            } else if !c.writtenBeforeName, Self.namedElsewhere(inner, than: area) || inner.kind == .admin1 && inner.country != area.country
                        // (After "in", a country named plainly holds the town whatever its namesake's
                        // size when the namesake lies far from it, but for a national capital, which
                        // stands for its government: "Medina in Somalia" is not the Saudi city;
                        // "Moscow in Syria" is Moscow. A large city near the country is its
                        // neighbour's, named as it was before a border moved: "Malakal in Sudan".)
                        // (Nor, however near, one that only shares a transliteration key with the name:
                        // "Barisha in Syria" is a village the gazetteer lacks, not Isparta, Turkey.)
                        || area.kind == .country && Self.namesakeAbroad(inner, than: area)
                            && (Self.km(inner, area) > Self.farNamesakeKm || best[j - 1]?.match != .alias)
                        // (However large the namesake abroad, when the area is a first-level one the text
                        // names with an area's kind word: "the town of Palma in Cabo Delgado province" is
                        // not Palma de Mallorca, nor "the village of Tripoli in Borno state" the Libyan
                        // capital; so with "region", "oblast", "governorate". No list runs on past such
                        // a word.)
                        || area.kind == .admin1 && Self.endsInAreaKindWord(tokens, c) && inner.kind == .city
                            && inner.country != area.country {
                best[j - 1] = nil
                settled[j] = true
                if !placedInArea.contains(before.textKey) { placedInArea.append(before.textKey) }
            }
        }
        return placedInArea
    }

    /// Whether a place the text puts in `area` that does not hold it is a namesake elsewhere, to
    /// be named without a place when the gazetteer has none of the name in the area: a town under
    /// 100,000 in another country that is no national capital. (A large city or a capital before a comma and a country
    /// is a list: "talks between Moscow, Ukraine and the West".)
    static func namedElsewhere(_ p: Place, than area: Place) -> Bool {
        namesakeAbroad(p, than: area) && (p.population ?? 0) < 100_000
    }

    /// Whether a place is a town in another country than `area`'s that is no national capital
    /// (which stands for its government): what ``namedElsewhere(_:than:)`` and a country after
    /// "in" ask of a namesake. (In another country only: within one, a place's first-level code
    /// may be missing or differ from the area's by the sources' borders.)
    static func namesakeAbroad(_ p: Place, than area: Place) -> Bool {
        p.kind == .city && p.country != area.country && !p.isNationalCapital
    }

    /// How far from the point of the country a text puts a town in (after "in") its large namesake
    /// abroad must lie to be no reading of the name.
    static let farNamesakeKm = 1_000.0

    /// A context-free candidate taken as a name's pick, scored as the first round scores its
    /// picks: with the focus bonus when it lies in a focus country.
    static func scored(_ r: Resolution, focus: [String]) -> Resolution {
        var r = r
        if focus.contains(r.place.country) { r.score += Gazetteer.focusBonus }
        return r
    }

    /// The places named `name` that `area` (a country or first-level area) holds, as the gazetteer
    /// ranks them within its country (of the best 30): the namesakes of a town the text puts in an
    /// area ("Columbus, Georgia", "Belgrade in central Minnesota").
    ///
    /// (A town with no first-level code counts as held by its nearness: see ``holds(_:_:)``.)
    func placesNamed(_ name: String, inside area: Place) -> [Resolution] {
        resolve(name, in: area.country, limit: 30).filter { Self.holds(area, $0.place) }
    }

    /// How far from a first-level area's point a town of its country with no first-level code may
    /// lie to count as inside it (``holds(_:_:)``).
    static let uncodedAreaKm = 250.0

    /// Whether a place is a country or a first-level area.
    static func isArea(_ p: Place) -> Bool { p.kind == .country || p.kind == .admin1 }

    /// Whether country or first-level area `area` holds place `p` (by their codes). A town of the
    /// area's country with no first-level code (curated towns in countries whose areas the curation
    /// script has no codes for: Palma, Mozambique; Baga, Nigeria) counts as held when it lies within
    /// ``uncodedAreaKm`` of the area's point.
    static func holds(_ area: Place, _ p: Place) -> Bool {
        switch area.kind {
        case .country: return area.country == p.country
        case .admin1:
            guard area.country == p.country else { return false }
            if area.admin1Code == p.admin1Code { return true }
            return p.admin1Code.isEmpty && p.kind == .city && p.hasCoordinate && km(area, p) < uncodedAreaKm
        default: return false
        }
    }
}
