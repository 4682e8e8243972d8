import Gazetteer

extension Geoparser {
    /// How near a named place a small one must lie to be meant outside the text's countries.
    static let anchorKm = 100.0

    /// Mentions resolved to a small place (a town under 100,000 or a first-level area) in a country
    /// that no other name in the text is placed in: in news these are words and names that happen
    /// to be places ("Michael", Isle of Man; "Interior", Oman), not places the text is about —
    /// unless another name's place lies within ``loneKm``.
    static let loneKm = 1_000.0

    /// ``farChordSquared(_:)`` of ``loneKm``.
    static let loneFarChordSquared = farChordSquared(loneKm)

    /// Verbs of taking and holding ground, and nouns of it before "of": a name right after one is a
    /// place fought over, whatever else the text names ("Russia says its troops have entered
    /// Kupiansk", "taken full control of Avdiivka").
    static let controlVerbs: WordSet = [
        "entered", "enter", "enters", "captured", "capture", "captures", "seized", "seize", "seizes", "retook", "retake", "retakes",
        "recaptured", "recapture", "liberated", "liberate", "holds", "stormed", "besieged", "encircled", "overran", "shelled",
        "occupied", "occupy", "abandoned", "surrounded", "overrun", "took",
    ]
    /// Nouns of taking and holding ground before "of": "control of Avdiivka", "the fall of Bakhmut".
    static let controlNouns: WordSet = [
        "control", "capture", "fall", "liberation", "recapture", "siege", "encirclement", "seizure", "occupation", "storming",
        "defence", "defense", "battle", "retaking", "loss", "blockade", "surrender",
    ]

    /// Whether a name stands right after a verb of ``controlVerbs`` or a noun of ``controlNouns``
    /// and "of" ("control of Avdiivka", "the fall of Bakhmut"), one space apart.
    static func objectOfControl(_ tokens: Tokens, _ c: Candidate) -> Bool {
        objectOfControl(tokens, spanFirst: c.spanFirst)
    }

    /// ``objectOfControl(_:_:)`` for a mention whose words start at token `f`. (Asked of every
    /// name by its first token: passing the candidate retained and released each.)
    static func objectOfControl(_ tokens: Tokens, spanFirst f: Int) -> Bool {
        guard f >= 1, tokens[f].spaced, tokens[f - 1].spaced || f == 1 else { return false }
        if !tokens[f - 1].capitalized, controlVerbs.contains(tokens[f - 1]) { return true }
        return f >= 2 && tokens[f - 1].isWord("of") && !tokens[f - 2].capitalized && controlNouns.contains(tokens[f - 2])
    }

    /// Which candidates name lone places (see ``loneKm``). A name in `foughtOver` (the keys of names
    /// the text says are fought over, ``objectOfControl(_:_:)``) is never lone. `allFound` are all
    /// the candidates found, with the demonyms that count only towards the focus: the peoples the
    /// text names are read from them, whether or not their demonyms are reported.
    func lonePlaces(_ tokens: Tokens, _ candidates: [Candidate], _ best: [Resolution?], explicitFocus: [String], allFound: [Candidate],
                    foughtOver: [UInt64]) -> FlagList {
        var lone = FlagList(count: candidates.count)
        // A text that names one place only is about it: one (country, name) pair in all. (Demonyms
        // are no places here, with `--demonyms` as without: "Rock Hill" three times in a paper that
        // also says "Irish" is the town the text is about.)
        // (Countries and names by their keys: numbers compared, not strings.)
        var first: (country: UInt64, text: UInt64)?
        var several = false
        func note(_ country: UInt64, _ text: UInt64) {
            guard let f = first else { first = (country, text); return }
            if f.country != country || f.text != text { several = true }
        }
        // (By index, the picks read in place: a loop over the pairs copied every resolution.)
        // (Nor is a reading the kind word denies, named without a place later: "Zintan in the Western
        // Mountains" names one place, not also Western Region, Ghana.)
        for i in candidates.indices where !several && candidates[i].demonymCountry == nil {
            guard let country = best[i].countryKey else { continue }
            // (The kind word asked first: most names end in none, and their picks are not copied.)
            if Self.endsInWaterWord(tokens, candidates[i]), let r = best[i], Self.kindWordDenies(tokens, candidates[i], r) { continue }
            note(country, candidates[i].textKey)
        }
        guard several else { return lone }
        for i in candidates.indices {
            // Kept when the caller gave the country as focus, or the text says what kind of place it
            // is ("the town of …", "… province", "Lake …", "… Mountains") or which part ("western …",
            // "east of …").
            // (The candidate's own tests and the pick's kind first, read in place: most names fail
            // them, and neither the candidate nor its pick is then copied.)
            guard candidates[i].role == .place || candidates[i].role == .embedded, candidates[i].placeID == nil, candidates[i].hint == nil,
                  !candidates[i].saysWhichPart, candidates[i].relation == nil,
                  let kind = best[i].placeKind, kind == .admin1 || kind == .city else { continue }
            let c = candidates[i]
            guard let p = best[i]?.place, !explicitFocus.contains(p.country),
                  !Self.namesFeature(tokens, c), !Self.endsInLandform(tokens, c), !p.isCurated,
                  !foughtOver.contains(c.textKey) else { continue }
            guard p.kind == .admin1 || (p.kind == .city && (p.population ?? 0) < 100_000) else { continue }
            // (Nor a first-level area the text plainly names as a place by its own name: "died in
            // England", whatever else it names.)
            // (Not a common word or phrase: "near Rivers and Stokes avenues", "North West England".)
            if p.kind == .admin1, !c.commonWord, !c.commonPhrase, saidToBePlace(tokens, c), let r = best[i], Self.namesItself(r) { continue }
            // Another name placed in the same country, or one naming its people ("two Solomon
            // Islanders flew to Honiara"), with `--demonyms` as without.
            // (By index: the candidates are read in place, not copied; names and countries compared
            // by their keys, the picks read in place.)
            // (The peoples asked of the candidates found, only for the few places that get here:
            // no set of their countries built, and hashed, for every text.)
            let named = !p.country.isEmpty && allFound.contains(where: { $0.demonymCountry == p.country }) || candidates.indices.contains { j in
                candidates[j].textKey != c.textKey && best[j].countryKey == p.codeKeys.country
            }
            if named { continue }
            // A place near another name's place is not alone: "fled al-Mayadeen for Iraq". (Not near
            // the point of a region of many countries, "West Africa", or of a sea.)
            // (A place plainly farther away is told by the points' unit vectors, with no haversine.)
            lone[i] = !candidates.indices.contains { j in
                guard candidates[j].textKey != c.textKey, best[j].hasCoordinate, let near = best[j]?.place, !near.country.isEmpty,
                      !Self.plainlyFarther(near, p, chordSquared: Self.loneFarChordSquared) else { return false }
                return Self.km(near, p) < Self.loneKm
            }
        }
        return lone
    }
}
