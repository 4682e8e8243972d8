import Gazetteer

extension Geoparser {
    /// Words that may stand between a place's comma and its bearing from another place: "Mansoura,
    /// west of Raqqa", "Hajin, a town 30 km south of Deir ez-Zor", "Gharanij, some 20 miles
    /// north-east of Albu Kamal". (Lower-case words only; numbers are told apart on their own.)
    static let bearingPhraseWords: WordSet = WordSet([
        "a", "an", "the", "town", "village", "city", "area", "district", "suburb", "settlement",
        "hamlet", "locality", "base", "camp", "stronghold", "bastion", "outpost", "strategic", "key",
        "small", "nearby", "border", "frontier", "desert", "farming", "oil", "rebel", "militant",
        "government", "held", "some", "about", "around", "roughly", "nearly", "almost",
        "just", "located", "situated", "lying", "which", "lies", "is", "on", "of", "and",
        "outskirts", "edge", "vicinity", "both",
    ]).union(kilometreAndMileUnits.words)

    /// How far from the place it is said to bear from a town may lie, when the text gives no
    /// distance: 150 km. (A stated distance sets it: half as far again, and at least this.)
    static let bearingKm = 150.0

    /// How many times the allowed distance a pick in the reference's own country must lie from it
    /// for a bearing to move it to a namesake (see ``placesBesideBearing(_:_:_:_:focus:)``).
    static let sameCountryBearingFactor = 3.0

    /// "Mansoura, west of Raqqa", "Hajin, a town 30 km south of Deir ez-Zor": a place named before
    /// a comma and its bearing from another place (a relation on that place's mention) lies near
    /// that place. When the pick lies farther away than the text allows and a namesake among the
    /// name's candidates (or those set aside for a major namesake) lies within it, the first such
    /// namesake by rank is meant (not Al Mansurah, Egypt, but the Raqqa village); either way the
    /// name is settled, so coherence keeps it there.
    ///
    /// Only for a town-like pick (not an area) in another country than the place of reference, which
    /// is a point (not a country, river or region); from a first-level area of reference a town
    /// within the area, or within the distance of its point, is near.
    func placesBesideBearing(_ tokens: Tokens, _ candidates: [Candidate], _ best: inout [Resolution?], _ settled: inout FlagList, focus: [String]) {
        for j in candidates.indices.dropFirst() {
            // (The candidates read in place until a bearing is found: most names have none, and
            // neither candidate is then retained.)
            guard candidates[j].role == .place, candidates[j - 1].role == .place, candidates[j - 1].placeID == nil,
                  !candidates[j - 1].commonWord, !candidates[j - 1].commonPhrase,
                  let limit = placementLimit(tokens, from: candidates[j - 1].last, bearing: candidates[j].relation != nil,
                                             to: candidates[j].spanFirst, first: candidates[j].first) else { continue }
            let anchor = candidates[j], c = candidates[j - 1]
            guard let reference = best[j]?.place, reference.hasCoordinate, Self.bearsFrom(reference),
                  let pick = best[j - 1]?.place, Self.townLike(pick) else { continue }
            func near(_ p: Place) -> Bool {
                p.hasCoordinate && (reference.kind == .admin1 && Self.holds(reference, p) || Self.km(p, reference) < limit)
            }
            if near(pick) {
                settled[j - 1] = true
                continue
            }
            // (Within the reference's country the bearing moves nothing: "Raqqa, Hama and Homs, north
            // of Damascus" keeps Homs, 160 km away; unless the bearing is in brackets and the pick lies
            // more than three times as far as the text allows: "Bohdanivka (northeast of Chasiv Yar)"
            // is no Bohdanivka near Kyiv. Then a namesake within reach is meant, if there is one.)
            // (Only a bearing in brackets right after the name, which names it alone: in "Avdiivka
            // near Stepove" Stepove may be the namesake read far away.)
            let bracketed = anchor.relation != nil && tokens[c.last + 1].gapBytes.contains(0x28)
            guard pick.country != reference.country || bracketed && Self.km(pick, reference) > Self.sameCountryBearingFactor * limit else { continue }
            // (Among the places set aside for a major namesake too: "Mansoura" keys as Al Mansurah,
            // Egypt, is written, and the Raqqa village was set aside for it.)
            let ranked = c.ranked, setAside = c.setAside
            func fitting(_ r: Resolution) -> Bool { Self.townLike(r.place) && Self.fits(r, c.text) && near(r.place) }
            guard let r = ranked.first(where: fitting) ?? setAside.first(where: fitting) else {
                // No namesake near it: a town the gazetteer lacks there, named without a place
                // ("Khalidiya, near Ramadi" is no Al Khalidiyah in Jordan, "Yathrib, near Balad" not
                // Medina, which GeoNames also calls Yathrib).
                // (Not a town in the text's countries: the place of reference may be the namesake,
                // "Novohrodivka, about 20 kilometres east of Pokrovsk" read as a Russian Pokrovsk.)
                if let current = best[j - 1], Self.lackedNear(current), !focus.contains(current.place.country) {
                    best[j - 1] = nil
                    settled[j - 1] = true
                }
                continue
            }
            best[j - 1] = Self.scored(r, focus: focus)
            settled[j - 1] = true
        }
    }

    /// Whether candidate `k` is placed by a bearing from, or "near", the next candidate ("Khalidiya,
    /// near Ramadi", "Mansoura, west of Raqqa"): its name is then said to be a place's.
    func placedBesideNext(_ tokens: Tokens, _ candidates: [Candidate], _ k: Int) -> Bool {
        k + 1 < candidates.count && placementLimit(tokens, candidates[k], by: candidates[k + 1]) != nil
    }

    /// How far from `anchor`'s place the place `c` names may lie, by the words between them: a
    /// bearing (``bearingLimit(_:from:to:)``) when the anchor has a relation, else "near"
    /// (``nearLimit(_:from:to:)``); nil when neither phrase stands there.
    func placementLimit(_ tokens: Tokens, _ c: Candidate, by anchor: Candidate) -> Double? {
        placementLimit(tokens, from: c.last, bearing: anchor.relation != nil, to: anchor.spanFirst, first: anchor.first)
    }

    /// ``placementLimit(_:_:by:)`` by the tokens: from a place's last token `last` to its anchor's
    /// mention (starting at `spanFirst`, its name at `first`), the anchor having a relation
    /// (`bearing`) or not. (Asked of every pair of names by their tokens: passing the candidates
    /// retained and released both.)
    func placementLimit(_ tokens: Tokens, from last: Int, bearing: Bool, to spanFirst: Int, first: Int) -> Double? {
        bearing ? bearingLimit(tokens, from: last, to: spanFirst) : nearLimit(tokens, from: last, to: first)
    }

    /// Whether a town abroad that a bearing or "near" places far from it is a namesake the
    /// gazetteer lacks near the place of reference: not a national capital, nor a city of 100,000
    /// or more named by its own name ("Sabha, near Deir ez-Zor" stays the Libyan city).
    static func lackedNear(_ r: Resolution) -> Bool {
        !r.place.isNationalCapital && ((r.place.population ?? 0) < 100_000 || !namesItself(r))
    }

    /// Whether a place lies at a point a bearing or "near" can place: a town, a second-level area or
    /// a site (a base, a dam, a crossing), not a country, first-level area, river, region or other
    /// feature with an extent ("crossed the Zab river near al-Shirqat" says where the crossing was,
    /// not which Zab).
    static func townLike(_ p: Place) -> Bool {
        switch p.kind {
        case .city, .admin2, .dam, .airport, .military, .oilfield, .crossing, .landmark: true
        default: false
        }
    }

    /// Whether a place can be one a town's bearing is given from: a town or a first- or
    /// second-level area (not a country, river or region).
    static func bearsFrom(_ p: Place) -> Bool {
        p.kind == .city || p.kind == .admin1 || p.kind == .admin2
    }

    /// How far a bearing phrase between a place's last token `last` and its reference's first
    /// token `first` lets the place lie from the reference ("Mansoura, west of Raqqa": 150 km;
    /// "Hajin, a town 30 km south of": 150 km; "some 120 miles east of": 290 km), or nil when the
    /// tokens between are no such phrase: a comma or an opening bracket right after the place
    /// ("Ivanivka (southeast of Kupiansk)", as ISW writes), then up to ten lower-case words of
    /// ``bearingPhraseWords`` and numbers, a direction and "of" (the relation's words, which
    /// ``Candidate/relation`` was read from).
    func bearingLimit(_ tokens: Tokens, from last: Int, to first: Int) -> Double? {
        guard first - last >= 3, first - last <= 12, tokens[first - 1].isWord("of") else { return nil }
        let opening = tokens[last + 1].gapBytes
        guard opening.first == 0x2C || opening.count <= 2 && opening.last == 0x28 else { return nil }
        var limit = Self.bearingKm
        var number: Double?
        for t in (last + 1)..<(first - 1) {
            let token = tokens[t]
            // (One sentence: no other punctuation than the comma and hyphens.)
            if t > last + 1, !(token.spaced || token.gapIs("-")) { return nil }
            if let n = Double(token.text) {
                number = n
                continue
            }
            guard !token.capitalized else { return nil }
            if let n = number {
                if token.isWord("km") || token.isWord("kms") || token.folded.hasPrefix("kilomet") { limit = max(limit, 1.5 * n) }
                if token.folded.hasPrefix("mile") { limit = max(limit, 1.5 * 1.609 * n) }
                number = nil
            }
            guard Self.bearingPhraseWords.contains(token) || lexicon.directions[token.folded] != nil else { return nil }
        }
        return limit
    }

    /// Words that may stand between a place and "near" and the place it is near: "Karama near
    /// Raqqa", "al-Riyadh, near Hawija", "Abu Dali, a town near Morek", "Zirgan, close to Ras
    /// al-Ain". (Lower-case words only.)
    static let nearPhraseWords: WordSet = ["a", "an", "the", "town", "village", "city", "area", "district", "suburb", "camp", "base", "small", "just", "located", "situated", "lying", "which", "lies", "is", "very", "close", "to", "near", "nearby"]

    /// How far a place said to be near another may lie from it (``bearingKm``), or nil when the
    /// tokens between the place's last token `last` and the other's first token `first` are no such
    /// phrase: an optional comma, then up to six lower-case words of ``nearPhraseWords`` ending in
    /// "near" or "close to", and an optional "the" (as ``saysNear(_:before:)`` reads it).
    func nearLimit(_ tokens: Tokens, from last: Int, to first: Int) -> Double? {
        guard first - last >= 2, first - last <= 8, Self.saysNear(tokens, before: first) else { return nil }
        for t in (last + 1)..<first {
            let token = tokens[t]
            // (One clause: a comma right after the place, one space before each other word.)
            guard token.spaced || t == last + 1 && Self.joinsByComma(token), !token.capitalized, Self.nearPhraseWords.contains(token) else { return nil }
        }
        return Self.bearingKm
    }

    /// The country of the place candidate `k` is said to bear from (``placesBesideBearing``), by
    /// that place's best reading, when the name has a namesake there (among its candidates or
    /// those set aside): what the name votes for in the focus. Nil when no bearing follows.
    func bearingCountry(_ tokens: Tokens, _ candidates: [Candidate], _ k: Int) -> String? {
        // (The words between asked first, by the tokens: most names have no bearing after them,
        // and neither candidate nor the reference's reading is then copied.)
        guard k + 1 < candidates.count, candidates[k + 1].role == .place,
              placementLimit(tokens, from: candidates[k].last, bearing: candidates[k + 1].relation != nil,
                             to: candidates[k + 1].spanFirst, first: candidates[k + 1].first) != nil,
              let reference = candidates[k + 1].ranked.first?.place, Self.bearsFrom(reference) else { return nil }
        let anchor = candidates[k + 1], c = candidates[k]
        func there(_ r: Resolution) -> Bool { r.place.country == reference.country && !Self.isArea(r.place) }
        if c.ranked.contains(where: there) || c.setAside.contains(where: there) { return reference.country }
        // (Or a town abroad far from it that the bearing rule names without a place: it is no vote
        // for Jordan that "Khalidiya, near Ramadi" was read as its Al Khalidiyah. Not where the
        // place of reference has a namesake near the town: "Novohrodivka, 20 kilometres east of
        // Pokrovsk" is Ukraine's, whichever Pokrovsk was read first.)
        guard let top = c.ranked.first, top.place.kind == .city, top.place.country != reference.country, top.place.hasCoordinate, reference.hasCoordinate,
              Self.km(top.place, reference) > Self.bearingKm, Self.lackedNear(top),
              !anchor.ranked.contains(where: { $0.place.country == top.place.country && $0.place.hasCoordinate && Self.km($0.place, top.place) < Self.bearingKm })
        else { return nil }
        return reference.country
    }
}
