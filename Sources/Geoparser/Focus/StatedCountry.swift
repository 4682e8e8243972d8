import Gazetteer

extension Geoparser {
    /// Demonyms of peoples who live in several countries: "the Turkmen town of Amerli"
    /// (Iraq), "the Armenian town of Kessab" (Syria), "the Tajik district of X" (Afghanistan).
    static let peopleOfSeveralCountries: WordSet = [
        "turkmen", "turkoman", "turkomen", "turkman", "armenian", "azeri", "tajik", "uzbek", "kazakh", "kyrgyz", "somali", "albanian",
        "baloch", "baluch", "pashtun", "hazara", "circassian",
    ]

    /// "the northern Lebanese city of Tripoli", "the Syrian border town of Tal Abyad": a demonym
    /// of one country before a town or area phrase ("city of", "town of", "province of", "region
    /// of") says the country the place is in. The place is taken there (the best of its candidates
    /// there, else the best of the gazetteer's names or keys there), and settled, so coherence does
    /// not move it (nor the rule on alternates far from the text's other places:
    /// ``Candidate/countryStated``); where the gazetteer has no place of the name in that country,
    /// it is named with no place: "the Lebanese city of Tripoli" is not the Libyan capital.
    ///
    /// Up to two lower-case words or demonyms of no country may stand between the demonym and the
    /// kind word ("border", "oil", "port", "the Iraqi Kurdish region of Sinjar"); the demonym must
    /// not be joined to the next word ("the Russian-held city of Melitopol" is in Ukraine) nor by a
    /// dash to the one before ("the Syrian-Turkish border town of Tal Abyad"), and all the words
    /// are spaced (no comma or bracket between).
    ///
    /// A place beside a country's border ("toward the Iraqi border near Sinjar") is that country's
    /// namesake where it has one.
    ///
    /// So does a country or first-level area named with a possessive right before the place:
    /// "Lebanon's Tripoli" is the Lebanese city. The place is then taken among its candidates in
    /// the area, and settled; with none there, a town under 100,000 abroad
    /// (``namedElsewhere(_:than:)``) is named with no place.
    ///
    /// `found` are all the candidates, demonyms that only count towards the focus included.
    func statedCountries(_ tokens: Tokens, _ found: [Candidate], _ candidates: [Candidate], _ best: inout [Resolution?], _ settled: inout FlagList, focus: [String]) {
        // (Most texts name no place so: the demonyms are looked at only once one could be.)
        var demonyms: [(first: Int, last: Int, country: String)]?
        func demonymEnding(at k: Int) -> (first: Int, last: Int, country: String)? {
            if demonyms == nil { demonyms = found.compactMap { d in d.demonymCountry.map { (d.first, d.last, $0) } } }
            return demonyms?.first { $0.last == k }
        }
        // (By index, the candidate bound once it passes, here and below: binding every one retained and
        // released it.)
        for k in candidates.indices where candidates[k].role == .place && candidates[k].placeID == nil && candidates[k].first >= 3 {
            let c = candidates[k]
            let of = c.first - 1, noun = c.first - 2
            // (Or "region of", "district of", which give a kind hint only where the gazetteer has such
            // an area of the name: "the Iraqi Kurdish region of Sinjar" is the Iraqi town.)
            guard tokens[c.first].spaced, tokens[of].spaced, tokens[of].isWord("of"), tokens[noun].spaced,
                  c.hint != nil && Gazetteer.kind(beforeOf: tokens[noun].folded) != nil || Self.areaNounsBeforeOf(tokens[noun]) != nil else { continue }
            // The demonym ends right before the kind word, or one or two lower-case words before it,
            // or demonyms of no country ("the Iraqi Kurdish region of Sinjar").
            var country: String?
            var ethnic = false
            var gap = 0, last = noun - 1
            while gap <= 2 && last >= 0 {
                if let d = demonymEnding(at: last) {
                    if d.country.isEmpty {
                        guard tokens[d.first].spaced else { break }
                        last = d.first - 1
                        gap += 1
                        continue
                    }
                    // (Joined to no other word: "the Syrian-Turkish border town of Tal Abyad" says no one country.)
                    if tokens[last + 1].spaced, d.first == 0 || !Tokenizer.isHyphen(tokens[d.first].gapBytes, enDash: true) {
                        country = d.country
                        ethnic = Self.peopleOfSeveralCountries.contains(tokens[d.first])
                    }
                    break
                }
                guard tokens[last].spaced, !tokens[last].capitalized else { break }
                last -= 1
                gap += 1
            }
            guard let country else { continue }
            if best[k]?.place.country == country {
                settled[k] = true
                c.countryStated = true
                continue
            }
            let ranked = c.ranked
            let there = ranked.indices.first { ranked[$0].place.country == country && ranked[$0].place.kind == c.hint }
                ?? ranked.indices.first { ranked[$0].place.country == country }
            // (Not a name within a few edits: a town the gazetteer lacks is no other town.)
            let answer = there.map { Self.scored(ranked[$0], focus: focus) }
                ?? resolve(c.text, in: country, limit: 5).first { $0.match != .fuzzy }.map { Self.scored($0, focus: focus) }
            // A people of several countries says no country where the one it is named for has no
            // place of the name: "the Turkmen town of Amerli" is in Iraq.
            if answer == nil, ethnic { continue }
            settled[k] = true
            c.countryStated = true
            best[k] = answer
        }
        // "toward the Iraqi border near Sinjar": a place beside a country's border is that country's
        // namesake where it has one (Sinjar, Iraq, not the Idlib village in a report on Syria); with
        // none there it stays ("the Turkish border near Kobani").
        for k in candidates.indices where candidates[k].role == .place && candidates[k].placeID == nil && !candidates[k].countryStated && candidates[k].first >= 3 {
            let c = candidates[k]
            let before = c.article ?? c.first
            guard before >= 3, tokens[before].spaced, tokens[before - 1].spaced,
                  tokens[before - 1].isWord("near") || tokens[before - 1].isWord("at") || tokens[before - 1].isWord("by"),
                  tokens[before - 2].isWord("border") || tokens[before - 2].isWord("frontier"), tokens[before - 2].spaced else { continue }
            guard let d = demonymEnding(at: before - 3), !d.country.isEmpty, best[k]?.place.country != d.country else { continue }
            let ranked = c.ranked
            guard let there = ranked.indices.first(where: { ranked[$0].place.country == d.country && ranked[$0].match != .fuzzy }) else { continue }
            best[k] = Self.scored(ranked[there], focus: focus)
            settled[k] = true
            c.countryStated = true
        }
        for k in candidates.indices.dropFirst() {
            let c = candidates[k], a = candidates[k - 1]
            guard c.role == .place, c.placeID == nil, !c.countryStated, a.role == .place, a.placeID == nil, c.spanFirst == a.last + 2,
                  Tokenizer.isPossessiveS(tokens, a.last + 1), tokens[c.spanFirst].spaced,
                  let area = best[k - 1]?.place, Self.isArea(area), let inner = best[k]?.place, inner.kind != .country,
                  area.kind == .country || inner.kind != .admin1 else { continue }
            settled[k] = true
            c.countryStated = true
            if Self.holds(area, inner) { continue }
            let ranked = c.ranked
            if let there = ranked.indices.first(where: { Self.holds(area, ranked[$0].place) }) {
                best[k] = Self.scored(ranked[there], focus: focus)
            } else if Self.namedElsewhere(inner, than: area) {
                best[k] = nil
            }
        }
    }
}
