import Gazetteer

extension Geoparser {
    /// Words for a part of a city: "the Tamim district of Ramadi".
    static let quarterWords: WordSet = ["district", "quarter", "neighbourhood", "neighborhood", "microraion", "microdistrict", "mikroraion"]

    /// A quarter of a city ("the Tamim district of Ramadi") lies in the city: a place of its name
    /// farther than ``anchorKm`` from it, or an area larger than a district, is not it ("Tamim" is
    /// also an old name of Kirkuk province). The quarter is then named, not resolved. (Only for a
    /// city in the text's countries, or one of 100,000 or more by its own name: "the al-Hadd
    /// district of Yafa" in a report on Yemen names a Yemeni district, whatever town abroad "Yafa"
    /// was taken for.) The city may follow "of" or "in" ("the neighbourhood of al-Julan in
    /// Fallujah"). A quarter named with no city is
    /// in the text's countries: a town or province abroad far from the places it names there is not
    /// it, and the quarter is named, not resolved.
    func cityQuarters(_ tokens: Tokens, _ candidates: [Candidate], _ best: inout [Resolution?], focusKeys: [UInt64]) {
        for i in candidates.indices {
            // The word ends the mention ("the Tamim district"), or follows it ("the al-Julan
            // neighbourhood", where it joins no mention).
            // (Most names have none: the candidate is read in place until one is found.)
            guard let word = Self.quarterWord(tokens, first: candidates[i].first, last: candidates[i].last, spanFirst: candidates[i].spanFirst),
                  let r = best[i] else { continue }
            let c = candidates[i]
            // The city after it: "the Tamim district of Ramadi", "the neighbourhood of al-Julan in
            // Fallujah".
            if i + 1 < candidates.count, word >= c.last && candidates[i + 1].first == word + 2 && tokens[word + 1].isWord("of")
                || candidates[i + 1].spanFirst == c.last + 2 && tokens[c.last + 1].isWord("in") && tokens[c.last + 1].spaced {
                // (In the text's countries, or a city of 100,000 or more by its own name: "the
                // Hamdaniyah district of Aleppo" in a report that names Iraq more often.)
                guard let next = best[i + 1], next.place.kind == .city,
                      focusKeys.contains(next.place.codeKeys.country) || (next.place.population ?? 0) >= 100_000 && Self.namesItself(next) else { continue }
                let city = next.place
                if r.place.kind == .country || r.place.kind == .admin1 || Self.km(r.place, city) > Self.anchorKm { best[i] = nil }
                continue
            }
            // A district or quarter is no first-level area known by another name: "the Tamim
            // district" of Ramadi is not Kirkuk governorate, once at-Ta'mim. A second-level area or
            // town of the name is meant where there is one, else it is named without a place.
            if !tokens[word].capitalized, r.place.kind == .admin1, !Self.namesItself(r) {
                let ranked = c.ranked
                best[i] = ranked.first { ($0.place.kind == .admin2 || $0.place.kind == .city) && $0.place.codeKeys.country == r.place.codeKeys.country }
                continue
            }
            // Named with no city, a quarter lies in the text's countries: a town or a province abroad
            // that no other place the text names in them lies near is not it ("the al-Husseiniyah
            // neighbourhood" in a report on Deir ez-Zor is no Egyptian town, "the al-Julan district"
            // of Fallujah not the Golan).
            // (Written in lower case: "the Southeast District Competition" names something else,
            // which the keep rules weigh. Nor for common words, which they drop as words.)
            // (Outside the text's main country: "the neighbourhoods of Ghweiran and Nashwa" in a
            // report on Hasakah that names the United States too is no Nashua, New Hampshire.)
            guard let main = focusKeys.first, !tokens[word].capitalized, !c.commonWord, !c.commonPhrase, r.place.kind == .city || r.place.kind == .admin1, r.place.hasCoordinate,
                  r.place.codeKeys.country != main else { continue }
            let nearOne = Self.anotherPick(best, besides: i, within: Self.anchorKm, of: r.place) { $0.kind != .country && focusKeys.contains($0.codeKeys.country) }
            if !nearOne { best[i] = nil }
        }
    }

    /// The word that calls a name a part of a city: it ends the mention ("the Tamim district"),
    /// follows it ("the al-Julan neighbourhood", where it joins no mention), or stands before "of"
    /// and a list the name is in, plural ("the neighbourhoods of al-Joura and al-Qusour"); nil for
    /// most names.
    static func quarterWord(_ tokens: Tokens, _ c: Candidate) -> Int? {
        quarterWord(tokens, first: c.first, last: c.last, spanFirst: c.spanFirst)
    }

    /// ``quarterWord(_:_:)`` for a name of tokens `first`…`last` whose mention starts at token
    /// `spanFirst`. (Asked of every name by its tokens: passing the candidate retained and
    /// released each.)
    static func quarterWord(_ tokens: Tokens, first: Int, last: Int, spanFirst: Int) -> Int? {
        // (Cheap tests first: the words are probed only where a lower-case word could be one.)
        last > first && !tokens[last].capitalized && quarterWords.contains(tokens[last]) ? last
            : last + 1 < tokens.count && tokens[last + 1].spaced && !tokens[last + 1].capitalized && quarterWords.contains(tokens[last + 1]) ? last + 1
            : singularQuarterWord(tokens, before: spanFirst) ?? pluralQuarterWord(tokens, before: spanFirst, last: last)
    }

    /// The word of "the neighbourhood of X", "the quarter of X" before a name (not "the district
    /// of X", which names a second-level area as often: "the district of Palma"; nor the city of
    /// "the al-Julan neighbourhood of Fallujah", where a name stands between "the" and the word).
    static func singularQuarterWord(_ tokens: Tokens, before first: Int) -> Int? {
        guard first >= 3, tokens[first].spaced, tokens[first - 1].isWord("of"), tokens[first - 1].spaced, !tokens[first - 2].capitalized,
              tokens[first - 2].spaced, tokens[first - 3].isWord("the") || tokens[first - 3].isWord("a") else { return nil }
        let w = tokens[first - 2]
        return w.isWord("neighbourhood") || w.isWord("neighborhood") || w.isWord("quarter") ? first - 2 : nil
    }

    /// Whether a pick other than the `i`th, with a coordinate and one `fits` accepts, lies within
    /// `km` of `place`: the text names a place near it.
    static func anotherPick(_ best: [Resolution?], besides i: Int, within km: Double, of place: Place, where fits: (Place) -> Bool) -> Bool {
        best.indices.contains { j in
            guard j != i, let p = best[j]?.place, p.hasCoordinate, fits(p) else { return false }
            return Self.km(p, place) <= km
        }
    }

    /// Plural words for parts of a city, before "of" and a list of them.
    static let pluralQuarterWords: WordSet = ["districts", "quarters", "neighbourhoods", "neighborhoods", "microraions", "microdistricts"]

    /// The plural quarter word of "the neighbourhoods of al-Joura and al-Qusour" when the name that
    /// starts at token `first` stands in such a list of two names or more (its names capitalised,
    /// with Arabic articles, joined by commas and "and"; another may follow the name, which ends
    /// at token `last`), or nil. (One name after the word is the city or area that holds them: "the
    /// coastal districts of Cabo Delgado".)
    static func pluralQuarterWord(_ tokens: Tokens, before first: Int, last: Int) -> Int? {
        // (Most names follow no such list: a lower-case word before them ends the search at once.)
        var k = first - 1
        var listed = false
        while k >= 1, k >= first - 16 {
            let t = tokens[k]
            if t.isWord("of") {
                guard t.spaced, pluralQuarterWords.contains(tokens[k - 1]), !tokens[k - 1].capitalized else { return nil }
                return listed || nextListItem(tokens, after: last) != nil ? k - 1 : nil
            }
            guard t.capitalized || t.isWord("and") || tokens[k + 1].gapFirstByte == 0x2D && hyphenatedArticle(tokens, k) else { return nil }
            if t.isWord("and") || joinsByComma(t) { listed = true }
            k -= 1
        }
        return nil
    }
}
