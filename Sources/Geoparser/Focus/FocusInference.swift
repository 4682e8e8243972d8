import Gazetteer

extension Geoparser {
    /// How far below a name's top place abroad, and among how many of its next options, a place
    /// in the text's leading country takes the name's vote for the focus (``inferFocus(_:_:)``).
    static let focusVoteMargin = 0.1
    static let focusVoteOptions = 4

    /// Whether a town the text says is fought over (``objectOfControl(_:_:)``), whose top place is a
    /// town of 10,000 or more, votes twice for the focus, as a country named does: "Russia says it
    /// completed the seizure of Avdiivka" is about Ukraine too. (The second vote goes where the
    /// first went once votes have moved: "Iraqi troops entered Rawa" is about Iraq.)
    static func votesTwiceAsFoughtOver(_ tokens: Tokens, _ c: Candidate, _ top: Place) -> Bool {
        top.kind == .city && (top.population ?? 0) >= 10_000 && objectOfControl(tokens, c)
    }

    /// Comparatives of size before "than" ("larger than Britain").
    static let sizeComparatives: WordSet = ["larger", "bigger", "smaller", "greater"]

    /// Whether candidate `c` is a place a size is measured by: after "the size of", "larger than",
    /// "as large as" ("an area the size of Belgium").
    static func measuresSize(_ tokens: Tokens, _ c: Candidate) -> Bool {
        let f = c.article ?? c.first
        guard f >= 2, tokens[f].spaced, tokens[f - 1].spaced else { return false }
        if tokens[f - 1].isWord("of") { return tokens[f - 2].isWord("size") }
        if tokens[f - 1].isWord("than") { return sizeComparatives.contains(tokens[f - 2]) }
        return f >= 3 && tokens[f - 1].isWord("as") && tokens[f - 3].isWord("as") && (tokens[f - 2].isWord("large") || tokens[f - 2].isWord("big"))
    }

    /// The countries with three votes or more, most first (at most four), else those tied for the
    /// most votes, the one with the biggest town first (at most four; "Raqqa … Hawija … Qayyarah":
    /// Syria and Iraq). A country named votes twice, as does a town the text says is fought over
    /// (``votesTwiceAsFoughtOver(_:_:_:)``); a place's top candidate or a demonym once.
    func inferFocus(_ tokens: Tokens, _ candidates: [Candidate]) -> [String] {
        // Votes per country, and the largest population among its towns voting. (A text names a
        // handful of countries: a list searched in order beats hashing each code.)
        // (Each by its code key too, ``Place/codeKeys``: found by a number, not a string, and a
        // place's vote read without its code unless the country is new.)
        var counts: [(key: String, code: UInt64, value: Int, people: Int)] = []
        counts.reserveCapacity(8)
        let noCountry = Place.codeKey("")
        func add(code: UInt64, _ n: Int, _ people: Int, _ country: () -> String) {
            // (A sea, a continent or a region across borders has no country: no vote, and no empty
            // code in the focus.)
            guard code != noCountry else { return }
            if let k = counts.firstIndex(where: { $0.code == code }) {
                counts[k].value += n
                counts[k].people = max(counts[k].people, people)
            } else {
                counts.append((country(), code, n, people))
            }
        }
        func add(_ place: Place, _ n: Int, _ people: Int) { add(code: place.codeKeys.country, n, people) { place.country } }
        func add(_ country: String, _ n: Int, _ people: Int) { add(code: Place.codeKey(country), n, people) { country } }
        let paired = Self.pairedCountries(candidates)
        // Towns the text says are fought over, and the country each votes for: they vote a second
        // time once the votes have moved (see ``votesTwiceAsFoughtOver(_:_:_:)``).
        var foughtOver: [(k: Int, country: String)] = []
        // A name after a comma that is the area holding the name before it votes for that area's
        // country, as does the name before ("Columbus, Georgia": the United States twice).
        // (So does a name right before an abbreviated area: "Long Island, N.Y.".)
        func heldAfter(_ k: Int) -> Place? {
            guard k + 1 < candidates.count else { return nil }
            let next = candidates[k + 1]
            if let id = next.placeID {
                // (A state's abbreviation after a town: not "In Afghanistan, U.S. aircraft".)
                guard next.afterComma, candidates[k].placeID == nil, candidates[k].ranked.first?.place.kind != .country,
                      let p = gazetteer.place(id: PlaceID(id)), p.kind == .admin1 else { return nil }
                return p
            }
            guard let r = next.heldReading, r < next.ranked.count else { return nil }
            return next.ranked[r].place
        }
        // The countries the text names by a name whose top place is one, and those it names a
        // people of (empty for a people of no one country), for moving votes below. (Gathered in
        // this pass: a pass of their own read every candidate again.)
        // (By code key, each once: a text that names its country again and again grew a list of its
        // code strings, a new buffer at each doubling. Kept in the lists' own values: see
        // ``SmallKeyList``.)
        var named = SmallKeyList()
        var demonymOf = SmallKeyList()
        for (k, c) in candidates.enumerated() {
            // (Read in the list: the first resolution copied out was retained and released.)
            if c.role == .place, !c.ranked.isEmpty, c.ranked[0].place.kind == .country { named.insert(c.ranked[0].place.codeKeys.country) }
            if let cc = c.demonymCountry {
                demonymOf.insert(Place.codeKey(cc))
                if !cc.isEmpty { add(cc, 1, 0); continue }
            }
            // An abbreviation votes for its own place's country ("W.Va.", "U.S.").
            if let id = c.placeID {
                if let p = gazetteer.place(id: PlaceID(id)) { add(p, p.kind == .country ? 2 : 1, 0) }
                continue
            }
            // (Nor does a name its word calls a kind of place whose top place it matches only by an
            // alternate unlike the place's name: "the Tirah valley" is not Tirat Karmel, Israel,
            // which GeoNames also calls "Tirah"; see `parse`.)
            // (Nor a phrase of common words after "the" that starts as a part of a town named for
            // its age or place does, kept only for a major place or one in the focus: "the Old City"
            // and "the Old Bridge" of Raqqa make no case for the United States.)
            guard c.role == .place, !c.shortKey, !c.namesSeaOrCape, !(c.commonPhrase && Self.partOfTownPhrase(tokens, c)), let first = c.ranked.first,
                  Self.fits(first, c.text) || !Self.endsInKindNoun(tokens, c) else { continue }
            let top = first.place
            // Nor does a river, lake, oil field, base, dam or crossing the gazetteer does not know,
            // whose name a town shares: "the Sajur river" in a report on Syria puts no Israel in the
            // focus, which would then keep the town of Sājūr as the river (see `parse`). (A town
            // whose own name holds the word votes: "Elbow Lake", "Fall River".)
            if Self.kindWordDenies(tokens, c, first) { continue }
            // Nor a street, square, park, gate or bridge named after a place ("Haifa Street" in
            // Baghdad; see `parse`), nor a name written with an Arabic article for a place where
            // none are ("al-Mashhad" is no vote for Iran).
            if Self.namesUrbanFeature(tokens, c) || Self.writtenWithArabicArticle(tokens, c) && !Self.arabicArticleCountries.contains(top.country) { continue }
            // Nor a place a size is measured by: "an area the size of Belgium", "larger than
            // Britain" is no report on Belgium or Britain.
            if Self.measuresSize(tokens, c) { continue }
            // Nor a quarter named with its word in lower case, which lies in the countries the rest
            // of the text is about (see `cityQuarters`): "the neighbourhoods of al-Joura and
            // al-Qusour" make no case for Egypt's Luxor.
            if top.kind == .city, let word = Self.quarterWord(tokens, c), !tokens[word].capitalized { continue }
            if let r = c.heldReading, r < c.ranked.count {
                let area = c.ranked[r].place
                add(area, area.kind == .country ? 2 : 1, 0)
                continue
            }
            if let area = heldAfter(k) {
                add(area, 1, 0)
                continue
            }
            // A town the text puts in a first-level area named with its kind word votes for the
            // area's country, not for a namesake abroad: "the village of Tripoli in Borno state" is
            // about Nigeria, not Libya (see `containingAreas`).
            if top.kind == .city, let area = areaNamedAfterIn(tokens, candidates, k), area.country != top.country {
                add(area, 1, 0)
                continue
            }
            // So does a town before its bearing from a place of another country that has a namesake
            // of it: "Mansoura, west of Raqqa" is about Syria, not Egypt (see `placesBesideBearing`).
            if top.kind == .city, let country = bearingCountry(tokens, candidates, k), country != top.country {
                add(country, 1, 0)
                continue
            }
            if !paired.nameOf.isEmpty, paired.nameOf[k] >= 0, let cc = paired.vote[paired.nameOf[k]] {
                add(cc, 1, 0)
                continue
            }
            // A name two countries share alike ("Congo") votes once for each.
            if top.kind == .country, c.ranked.count > 1, c.ranked[1].place.kind == .country, c.ranked[1].score == c.ranked[0].score {
                add(top, 1, 0)
                add(c.ranked[1].place, 1, 0)
                continue
            }
            if Self.votesTwiceAsFoughtOver(tokens, c, top) { foughtOver.append((k, top.country)) }
            add(top, top.kind == .country ? 2 : 1, top.kind == .city ? top.population ?? 0 : 0)
        }
        // (A total order: countries are distinct, so the order they were met in does not matter.
        // Among countries with as many votes, the one with the biggest town named leads, as below:
        // three "Irish" do not lead three "Rock Hill" in a South Carolina paper.)
        func order(_ a: (key: String, code: UInt64, value: Int, people: Int), _ b: (key: String, code: UInt64, value: Int, people: Int)) -> Bool {
            a.value != b.value ? a.value > b.value : a.people != b.people ? a.people > b.people : a.key < b.key
        }
        // (Sorted in place, with no second list: the votes are found by country below, not by
        // position, and the order is total, so sorting again after changes gives what sorting a
        // copy would.)
        counts.sort(by: order)
        // A name whose top place abroad, a town, all but ties with one in the leading country votes
        // for the leader (or, when it alone votes for its country, for another the text names),
        // unless the text names the town's country: "Rawa", said three times in a report on Anbar,
        // is Rāwah, Iraq, a hair behind Rawa Mazowiecka, and does not make Poland a focus. (Only
        // when the text votes for two countries or more; the lists are read by index, with no
        // candidate copied.)
        if counts.count > 1 {
            let leader = counts[0].key
            // (A leader by votes, not by people alone.)
            let firmLeader = counts[0].value > counts[1].value
            var moved = false
            for (k, c) in candidates.enumerated() where c.role == .place && !c.shortKey && c.demonymCountry == nil && !c.ranked.isEmpty
                && c.heldReading == nil {
                let ranked = c.ranked
                let top = ranked[0].place, topScore = ranked[0].score
                // (`heldAfter` asked once the cheaper tests pass: most names fail one of them first.)
                guard top.country != leader || !firmLeader, top.kind == .city, !Self.isMajor(top), heldAfter(k) == nil, !named.contains(top.codeKeys.country),
                      let from = counts.firstIndex(where: { $0.code == top.codeKeys.country }) else { continue }
                // The name's next few options close to its top, the first that passes a test.
                // (Searched in place: no list of them is built for the one wanted.)
                func firstOption(where test: (Int) -> Bool) -> Int? {
                    ranked.indices.dropFirst().prefix(Self.focusVoteOptions).first { ranked[$0].score >= topScore - Self.focusVoteMargin && test($0) }
                }
                // To the leader; or, from a town that alone votes for its country (the leader by people
                // alone among equals, or not), to another country the text names or names a people of:
                // "Iraqi troops entered Rawa" is about Iraq, not Poland. (Not to a country only its
                // towns vote for: "Chile's Ripley department store" in a Miami paper is no Ripley in
                // the United States. Nor for English words: "the Old City" of Mosul is no town in a
                // country the text names.)
                let target = (top.country != leader ? firstOption { ranked[$0].place.country == leader } : nil)
                    ?? (counts[from].value == 1 && !c.commonWord && !c.commonPhrase ? firstOption { o in
                        ranked[o].place.country != top.country && (named.contains(ranked[o].place.codeKeys.country) || demonymOf.contains(ranked[o].place.codeKeys.country))
                    } : nil)
                guard let target, let to = counts.firstIndex(where: { $0.code == ranked[target].place.codeKeys.country }) else { continue }
                counts[from].value -= 1
                counts[to].value += 1
                if let f = foughtOver.firstIndex(where: { $0.k == k }) { foughtOver[f].country = counts[to].key }
                moved = true
            }
            if moved { counts.sort(by: order) }
        }
        if !foughtOver.isEmpty {
            for v in foughtOver { add(v.country, 1, 0) }
            counts.sort(by: order)
        }
        // Those with three votes or more, else those tied at the top (the biggest town's country
        // first): in order either way, the first few, as far as they have `least` votes.
        // (Read off the sorted list: no lists filtered and mapped for them.)
        let least = min(3, counts.first?.value ?? 0)
        // (Room made once for the few it can hold: appended one by one, it grew twice.)
        var focus: [String] = []
        focus.reserveCapacity(min(4, counts.count))
        for entry in counts.prefix(4) {
            guard entry.value >= least else { break }
            focus.append(entry.key)
        }
        return focus
    }
}
