import Gazetteer

extension Geoparser {
    /// How far a village of the text's countries in the romanised-name countries, named in a list,
    /// must lie from every town the text names in its country to be a namesake the gazetteer lacks,
    /// and how small it must be.
    static let listVillageOutlierKm = 200.0
    static let listVillagePeople = 20_000

    /// How far a town in a list must lie from the other names of the list, all in the text's
    /// countries, to be a village the gazetteer lacks rather than that town.
    static let listOutlierKm = 1_000.0

    /// A town abroad named in a list of places in the text's countries, far from all of them, is
    /// their country's namesake near them, or unresolved: "in Hajin, Sousa and al-Shafa" names a
    /// Syrian village the gazetteer lacks, not Sousse, Tunisia. A name without a place is not a
    /// wrong place. (Cities of 500,000 or more are meant: "Houston, Dallas and Monterrey"; and a
    /// national capital named by its own name with no namesake near: "mediators met in Cairo and
    /// Doha", but not "Suba" in Kenya, an alternate of Suva.)
    /// (`listedNext`: ``listedPairs(_:_:)``.)
    func outlyingListItems(_ tokens: Tokens, _ candidates: [Candidate], _ best: inout [Resolution?], focusKeys: [UInt64], listedNext: FlagList) {
        guard !focusKeys.isEmpty, candidates.count > 1 else { return }
        // (Neighbours `a` and `b = a + 1`, as the list of pairs says.)
        func listed(_ a: Int, _ b: Int) -> Bool { listedNext[a] }
        var outliers: [(Int, [Int])] = []
        for i in candidates.indices {
            // (The pick's kind read in place first: most are no town, and neither it nor the
            // candidate is then copied.)
            guard best[i].placeKind == .city else { continue }
            let c = candidates[i]
            guard c.role == .place, c.hint == nil || c.hint == .city, c.placeID == nil, !c.saysWhichPart, c.relation == nil,
                  let r = best[i], (r.place.population ?? 0) < 500_000, r.place.hasCoordinate else { continue }
            // (In the text's countries, a village in the romanised-name countries, where many share
            // a name, far from the towns of its list: "al-Asharah, al-Quriya and Subaykhan" on the
            // Euphrates are not beside Al Qurayyā in Sweida, 350 km away.)
            let abroad = !focusKeys.contains(r.place.codeKeys.country)
            // (A town phrase's hint leaves a town abroad to the other rules: "the town of Palma".)
            guard abroad && c.hint == nil || (r.place.population ?? 0) < Self.listVillagePeople && Lexicon.romanisedCountryCodes.contains(r.place.country) else { continue }
            // (A town of its country named by its own name, which no other town there bears, is no
            // namesake of a village the gazetteer lacks: "talks in Ghadames and Sirte", 700 km apart.)
            if !abroad, r.match == .alias, r.matchedFoldsToName, c.ranked.lazy.filter({ $0.place.kind == .city && $0.place.codeKeys.country == r.place.codeKeys.country }).count == 1 { continue }
            let neighbours = [i - 1, i + 1].filter { j in j >= 0 && j < candidates.count && (j < i ? listed(j, i) : listed(i, j)) }
            guard !neighbours.isEmpty else { continue }
            // (Such a village is far when no town the text names in its country lies near it,
            // not only its list's: in a list of two, either may be the stray. Only in a list of
            // towns of its country: "MARIB, Yemen (Reuters)" is a town and its country.)
            let far = abroad ? neighbours.allSatisfy { j in
                guard let p = best[j]?.place, focusKeys.contains(p.codeKeys.country), p.hasCoordinate else { return false }
                return Self.km(p, r.place) > Self.listOutlierKm
            } : neighbours.allSatisfy { j in best[j].map { $0.place.kind == .city && $0.place.codeKeys.country == r.place.codeKeys.country } ?? false }
                && !Self.anotherPick(best, besides: i, within: Self.listVillageOutlierKm, of: r.place) { $0.kind == .city && $0.codeKeys.country == r.place.codeKeys.country }
            if far { outliers.append((i, neighbours)) }
        }
        // A namesake in the list's country near the others is meant ("San Juan, Choropampa, and
        // Magdalena" in Cajamarca, Peru); else none.
        for (i, neighbours) in outliers {
            let near = neighbours.compactMap { best[$0]?.place }
            guard let country = near.first?.country else { continue }
            func km(_ p: Place) -> Double { near.map { Self.km($0, p) }.min() ?? .infinity }
            let namesakes = resolve(candidates[i].text, in: country, limit: 30).filter { $0.match != .fuzzy && $0.place.hasCoordinate }
            let namesake = namesakes.min { km($0.place) < km($1.place) }.flatMap { km($0.place) <= Self.listNamesakeKm ? $0 : nil }
            // (With none near, a national capital named by its own name stays: "mediators met in
            // Cairo and Doha".)
            if let r = best[i], namesake == nil, r.place.isNationalCapital, Self.namesItself(r) { continue }
            best[i] = namesake
        }
    }

    /// Kind words after a name that make it an area's: "Hiran region", "Deraa province".
    static let areaKindWords = Lexicon.admin1KindWords.union(["region", "state", "district", "county", "territory", "prefecture", "parish", "department"])

    /// Whether a mention of more than one word ends in a word for a kind of place: a kind word
    /// (``Lexicon/kindWords``), an area's (``areaKindWords``) or a body of water's
    /// (``waterKinds``): "the Sajur river", "Hiran region", "Cauca department".
    static func endsInKindNoun(_ tokens: Tokens, _ c: Candidate) -> Bool {
        guard c.last > c.first else { return false }
        let t = tokens[c.last]
        return Lexicon.kindWords.contains(t) || areaKindWords.contains(t) || waterKinds[t.folded] != nil
    }

    /// A name that only shares a transliteration key with a place outside the text's countries
    /// lying over ``listOutlierKm`` from every place the text names as written is not that place:
    /// keys model romanisations of one name, not distant look-alikes. Named with a kind word it
    /// stays a mention without a place ("Lake Chad" in a report on the Sahel is not Lake Assad in
    /// Syria); otherwise it is no mention ("Sharara" in a report on Libya is not Salalah in Oman,
    /// and "Cynthia" in a US paper not a town in Iraq). Nor is it a town when an area's kind word
    /// names it ("X region"), however near. Returns the candidates to drop.
    /// (Countries, first-level areas and cities of 500,000 or more are left alone.)
    func farKeyMatches(_ tokens: Tokens, _ candidates: [Candidate], _ best: inout [Resolution?], focusKeys: [UInt64]) -> Set<Int> {
        guard candidates.count > 1 else { return [] }
        var far: [Int] = []
        for i in candidates.indices {
            // (The match read in place first: most are no key match, and are not copied.)
            guard candidates[i].placeID == nil, best[i].matchKind == .key, let r = best[i], !focusKeys.contains(r.place.codeKeys.country),
                  r.place.kind != .country, r.place.kind != .admin1, (r.place.population ?? 0) < 500_000,
                  r.place.hasCoordinate else { continue }
            var others = 0
            let near = candidates.indices.contains { j in
                guard j != i, let p = best[j], p.match != .key, p.place.hasCoordinate else { return false }
                others += 1
                return Self.km(p.place, r.place) <= Self.listOutlierKm
            }
            // (Nor is a town abroad what an area's kind word names: a region is no village that
            // shares its key.)
            let c = candidates[i]
            let areaWord = c.hint == .admin1 || c.hint == .admin2 || c.last > c.first && Self.areaKindWords.contains(tokens[c.last])
            if others > 0 && !near || areaWord && r.place.kind == .city { far.append(i) }
        }
        var drop: Set<Int> = []
        for i in far {
            best[i] = nil
            let c = candidates[i]
            let kindWord = c.hint != nil || c.featurePrefix != nil || Self.endsInKindNoun(tokens, c)
                || c.last > c.first && lexicon.featurePrefixes.contains(tokens[c.first])
            if !kindWord { drop.insert(i) }
        }
        return drop
    }

    /// A town abroad that a name matches only by an alternate, not by its own name, lying over
    /// ``listOutlierKm`` from every place the text names and in a country the text places nothing
    /// else in, is not that town. Said to be a place (a kind word, a qualifier or a relation) the
    /// name stays a mention without one: "the outskirts of Qairawan, west of Sinjar" name a town the
    /// gazetteer lacks, not Kairouan, Tunisia (al-Qayrawan to GeoNames). Otherwise it is no mention:
    /// "Drug Enforcement Unit" is not Durg, India. So is a town abroad matched by its own name
    /// where the text calls the name a town or city ("the town of Palma" in a report on Cabo
    /// Delgado is not Palma de Mallorca): named, without a place. Returns the candidates to drop.
    /// (National capitals and cities of 500,000 or more are left alone, and so is a town whose
    /// country the text states: "the Lebanese city of Tripoli" in a report on Libya.)
    func farAlternates(_ tokens: Tokens, _ candidates: [Candidate], _ best: inout [Resolution?], focus: [String], focusKeys: [UInt64]) -> Set<Int> {
        guard candidates.count > 1 else { return [] }
        var drop: Set<Int> = []
        for i in candidates.indices {
            // (The match and kind read in place first: most picks are no town matched by an
            // alternate, and are not copied.)
            guard candidates[i].placeID == nil, !candidates[i].countryStated, best[i].placeKind == .city, best[i].matchKind == .alias,
                  let r = best[i], !focusKeys.contains(r.place.codeKeys.country),
                  (r.place.population ?? 0) < 500_000, !r.place.isNationalCapital, r.place.hasCoordinate,
                  candidates[i].hint == .city || !Self.namesItself(r), !Self.objectOfControl(tokens, candidates[i]) else { continue }
            // (A romanisation of a town in the romanised-name countries is that town unless the text
            // is about one of them, where a village the gazetteer lacks is likelier: "Dayr az Zawr
            // refugees" in a Kentucky paper are Deir ez-Zor's.)
            if lexicon.romanisedCountryCodes.contains(r.place.country), !focus.contains(where: { lexicon.romanisedCountryCodes.contains($0) }) { continue }
            var others = 0
            // (The same town named again says nothing for it: "between Boni and Hombori" after
            // "near Boni" in a report on Mali.)
            let near = candidates.indices.contains { j in
                guard j != i, let p = best[j], p.place.hasCoordinate, !p.place.isSame(as: r.place) else { return false }
                if p.place.codeKeys.country == r.place.codeKeys.country { return true }
                others += 1
                return Self.km(p.place, r.place) <= Self.listOutlierKm
            }
            guard others > 0 && !near else { continue }
            best[i] = nil
            let c = candidates[i]
            let saysPlace = c.hint != nil || c.featurePrefix != nil || c.saysWhichPart || c.relation != nil || c.sideStart != nil || c.leftBank != nil
                || Self.endsInKindNoun(tokens, c)
            if !saysPlace { drop.insert(i) }
        }
        return drop
    }

    /// Words that end the names of mountains and valleys: "the Nuba Mountains", "the Tirah valley".
    static let landformEnds: WordSet = ["mountains", "mountain", "hills", "valley"]

    /// Whether a mention of more than one word ends in a word of ``landformEnds``.
    /// Countries whose places news writes with an Arabic article ("al-Raqqa", "el-Arish"): the
    /// Arabic-speaking world with Israel, Chad, Somalia, Djibouti, the Comoros, Eritrea and Western
    /// Sahara.
    static let arabicArticleCountries = Lexicon.arabicSpeaking.union(["IL", "TD", "SO", "DJ", "KM", "ER", "EH"])
}
