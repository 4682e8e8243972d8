import Gazetteer

extension Geoparser {
    static let maxNameTokens = 6

    /// Candidate names: gazetteer matches that pass the place-or-not rules, with qualifiers,
    /// relations and kind hints attached.
    func findCandidates(_ tokens: [Token], text: String, options: GeoparseOptions) -> [Candidate] {
        var out: [Candidate] = []
        // (A text names a few dozen places at most, most a handful: room for them at once.)
        out.reserveCapacity(32)
        // Words seen as part of a person's name ("Michael Jones"): the same word alone later in the
        // text ("Jones said") is that person too. Names of diseases join them ("West Nile virus").
        var personWords = NameList()
        // A mountain or wadi word before a name the gazetteer does not know with it
        // ("Jabal al-Zawiya", "Mount Sinjar"), or a sea's or cape's word and "of" ("the Gulf of
        // Guinea"): its first and last tokens, for the name that follows.
        var featurePrefix: (first: Int, last: Int)?
        // The names of a list after "the provinces of" and the like, by first token, and the kind
        // the plural gives them (``pluralKindOfList(_:first:)``).
        var listedKinds: [Int: PlaceKind] = [:]
        // Later names of a list of towns the gazetteer lacks, by first token → last token (see
        // ``unknownTownNames(_:at:)``).
        var unknownTowns: [Int: Int] = [:]
        prefetchLookups(tokens)
        var i = 0
        while i < tokens.count {
            // (It reaches the name across articles: "Jabal al-Zawiya".)
            if let p = featurePrefix, !((p.last + 1)..<i).allSatisfy({ lexicon.arabicArticles.contains(tokens[$0]) }) { featurePrefix = nil }
            // Most words start nothing: skip them without copying the token.
            // (A word before a lower-case word starts no name: told without a call.)
            if !tokens[i].capitalized && !(i + 1 < tokens.count && tokens[i + 1].capitalized && canStartName(tokens, i)) {
                i += 1
                continue
            }
            let t = tokens[i]
            // Abbreviations written with periods: "W.Va.", "Calif.", "U.S.".
            if t.capitalized, let (last, id) = abbreviation(tokens, text: text, at: i) {
                // A noun modifier, as "US-led" is: "U.S.-led", "U.K.-backed".
                if last + 1 < tokens.count, tokens[last + 1].gapIs(".-"), lexicon.modifierSuffixes.contains(tokens[last + 1]) {
                    i = last + 1
                    continue
                }
                let c = Candidate(first: i, last: last, text: Self.span(tokens, i, last), hint: nil, role: .place, placeID: id, trailingPeriod: true)
                c.ranked = gazetteer.candidates(c.text)
                out.append(c)
                i = last + 1
                continue
            }
            // Demonyms first ("Syrian Democratic Forces" starts with one; see `demonym(_:at:)`).
            if t.capitalized, let (last, d) = demonym(tokens, at: i) {
                // (A demonym of no one country, "Arab", "Asian", "Kurdish", names no place to report.)
                let next = last + 1
                // (Nor does one that begins an organisation's name, "the Sri Lankan Army".)
                let report = options.demonyms && !d.country.isEmpty
                    && !(next < tokens.count && tokens[next].capitalized && Tokenizer.joinable(tokens[last], tokens[next]) && lexicon.organisationHeads.contains(tokens[next]))
                // Not reported, it still counts towards the focus, with `--demonyms` as without.
                let c = Candidate(first: i, last: last, text: Self.span(tokens, i, last), hint: nil, role: report ? .demonym : .focusOnly, demonymCountry: d.country)
                if !d.id.isEmpty { c.demonymPlace = d.id }
                out.append(c)
                i = next
                continue
            }
            // A function word or month that cannot start a longer name ("The", "In", "May" before a
            // lower-case word) is never a place alone (see `decide`): no lookup.
            if (lexicon.calendarWords.contains(t) || lexicon.functionWords.contains(t) && !t.allCaps) && !canExtend(tokens, i) {
                i += 1
                continue
            }
            if t.capitalized, lexicon.featurePrefixes.contains(t), canExtend(tokens, i), tokens[i + 1].spaced || tokens[i + 1].gapIs("-"),
               !startsLongerName(tokens, i) {
                featurePrefix = (i, i)
                i += 1
                continue
            }
            // "the Gulf of Guinea", "the Cape of Good Hope": a name after a sea's or cape's word and
            // "of", where the gazetteer does not know the whole, names that feature, not the place
            // (see `parse`). ("the Gulf of Aden", which it knows, is found whole.)
            if t.capitalized, lexicon.ofFeatureHeads.contains(t), i + 2 < tokens.count, tokens[i + 1].spaced, tokens[i + 1].isWord("of"),
               tokens[i + 2].spaced, tokens[i + 2].capitalized, !startsLongerName(tokens, i) {
                featurePrefix = (i, i + 1)
                i += 2
                continue
            }
            // "the village of Qabr al-Hamra", "the villages of al-Sukkariya, Bqros and Tal al-Sheikh":
            // names a town phrase gives that the gazetteer lacks are named, with no place.
            // (Asked only in such a list, or where no known name starts after "of": most words
            // are neither.)
            if !unknownTowns.isEmpty, let c = pendingTown(tokens, at: i, pending: &unknownTowns) {
                out.append(c)
                i = c.last + 1
                continue
            }
            guard canStartName(tokens, i), let (match, shortKey) = longestMatch(tokens, from: i) else {
                if i >= 2, tokens[i - 1].isWord("of"), let c = unknownTown(tokens, at: i, pending: &unknownTowns) {
                    out.append(c)
                    i = c.last + 1
                    continue
                }
                i += 1
                continue
            }
            // A known name that runs on through a French, Spanish, Portuguese or Italian particle
            // into a capitalised word is the head of a longer name the gazetteer lacks: "the Adrar
            // des Ifoghas mountains" in Mali are not Mauritania's Adrar region, nor "Lula da Silva" a
            // town. (The whole name, when known, is matched whole: "Rio de Janeiro".)
            if Self.continuesPastParticle(tokens, match) {
                i = match + 1
                continue
            }
            var last = match
            var hint: PlaceKind?
            // "the Idlib town of Khan Sheikhoun": the name is the area that holds the town the kind
            // word introduces, and the word is not part of it.
            let areaOfTown = townOfNameFollows(tokens, after: last)
            // A kind word after the name joins the mention ("Deir ez-Zor province", "Euphrates River"),
            // unless the name ends in one and the word is written in lower case: "the Euphrates River
            // dam" is a dam on the river, "the Orange County town of …" a town in the county (but "the
            // Red River Valley" is the valley's name).
            // (But a river's valley is a place of its own: "the Euphrates River valley".)
            let endsInKind = endsInKindWord(tokens, first: i, last: last) && !(tokens[last].isWord("river") && tokens[last + 1].isWord("valley"))
            if !areaOfTown, !endsInKind, last + 1 < tokens.count, Tokenizer.joinable(tokens[last], tokens[last + 1]), lexicon.kindWords.contains(tokens[last + 1]),
               !(tokens[last + 1].isWord("state") || tokens[last + 1].isWord("region")) || tokens[last + 1].capitalized == false,
               !countryBeforePartWord(tokens, first: i, last: last) {
                last += 1
            } else if !areaOfTown, !endsInKind, departmentFollows(tokens, last) {
                // "the Centre department", "Cauca department": Haiti's and Colombia's first-level areas.
                last += 1
            } else if !endsInKind, let phraseEnd = kindPhraseEnd(tokens, after: last), phraseEnd == last + 2 {
                // So does a kind phrase the gazetteer does not know with the name ("the Sharara oil field").
                last = phraseEnd
            }
            // "city of X", "province of X".
            if i >= 2, tokens[i - 1].isWord("of"), let k = Gazetteer.kind(beforeOf: tokens[i - 2].folded) {
                hint = k
            } else {
                // "the provinces of Latakia, Hama and Aleppo": the kind of every name in the list (its
                // later names kept by first token), but a larger area there holds the places of that
                // kind ("the provinces of Iraq", "the towns of western Anbar").
                // (A name found with its article is kept by the word after it, as the list reads it.)
                var listKind = listedKinds.isEmpty ? nil : listedKinds[i] ?? (i + 1 < tokens.count && tokens[i + 1].gapFirstByte == 0x2D && Self.hyphenatedArticle(tokens, i) ? listedKinds[i + 1] : nil)
                if listKind == nil, let (k, later) = pluralKindOfList(tokens, first: i) {
                    listKind = k
                    for item in later { listedKinds[item] = k }
                }
                if let k = listKind, !namesAreaAbove(k, Self.span(tokens, i, last)) { hint = k }
            }
            // The area of "the Idlib town of Khan Sheikhoun" is the province where the gazetteer has one
            // of the name (not the city of Idlib), as "the Ohio city of Dayton" is the state.
            // So is the area whose countryside the text names ("the eastern countryside of Aleppo",
            // "the southern Idlib countryside", "Idlib's southern countryside", "rural Hama"): the
            // province, not its city.
            // (Where the gazetteer names the countryside itself, that area: "the Damascus countryside"
            // is Rif Dimashq, GeoNames' "Damascus Countryside", not the capital's own governorate.)
            // (Asked once: most names have neither.)
            var countrysideID: String?
            let countryside = hint == nil && !areaOfTown && last == match && namesCountryside(tokens, first: i, last: last)
            if countryside, let area = gazetteer.candidates(Self.span(tokens, i, last) + " countryside", kind: .admin1).first, area.match == .alias {
                countrysideID = area.place.id.rawValue
            }
            if hint == nil, areaOfTown || countryside,
               gazetteer.candidatesAndKinds(Self.span(tokens, i, last)).kinds.contains(.admin1) { hint = .admin1 }
            // "the region of Jizan", "the district of Razih": the area of the name, where the
            // gazetteer has one and no country of the name ("the resource-rich region of Syria", "the
            // Diffa region of Niger" name the countries), as "province of" names a province.
            if hint == nil, last == match, i >= 2, tokens[i - 1].spaced, tokens[i - 1].isWord("of"), tokens[i].spaced, !tokens[i - 2].capitalized,
               let k = Self.areaNounsBeforeOf(tokens[i - 2]) {
                let kinds = gazetteer.candidatesAndKinds(Self.span(tokens, i, last)).kinds
                if kinds.contains(k) && !kinds.contains(.country) { hint = k }
            }
            // "the town of Adan Yabaal": after a kind phrase, a capitalised word that is no English
            // word and starts no name continues the name, which the gazetteer does not know (not
            // Aden, Yemen).
            if hint != nil, last == match, last + 1 < tokens.count, tokens[last + 1].spaced, tokens[last + 1].capitalized,
               !tokens[last + 1].allCaps, !lexicon.englishWords.contains(tokens[last + 1]), !lexicon.functionWords.contains(tokens[last + 1]),
               !lexicon.calendarWords.contains(tokens[last + 1]), !lexicon.organisationHeads.contains(tokens[last + 1]),
               !(last + 2 < tokens.count && tokens[last + 2].isWord("s") && Tokenizer.isPossessive(tokens[last + 2])),
               // (Nor an Arabic direction adjective, which says which part: "ريف حلب الشمالي".)
               !(tokens[last + 1].uncased && Self.arabicDirectionAdjectives[tokens[last + 1].folded] != nil),
               longestMatch(tokens, from: last + 1) == nil {
                last += 1
            }
            // "Kilis and Hatay provinces", "Franklin, Union and Marion counties": a plural kind word
            // after a list names the kind of every name in it.
            if hint == nil, last == match, let k = pluralKindHint(tokens, first: i, last: last) {
                hint = k
            }
            var besidePerson = false
            let decision = decide(tokens, first: i, last: last, nameEnd: match, hint: hint, options: options, personWords: &personWords, besidePerson: &besidePerson)
            if let role = decision {
                let c = Candidate(first: i, last: last, text: Self.span(tokens, i, last), hint: hint, role: role, placeID: countrysideID)
                c.besidePerson = besidePerson
                // (An Arabic article joined to one word is one word: "al-Jafra".)
                c.single = i == last || last == i + 1 && Self.hyphenatedArticle(tokens, i)
                c.shortKey = shortKey
                if let p = featurePrefix {
                    c.featurePrefix = p.first
                    c.namesSeaOrCape = p.last > p.first
                }
                c.commonWord = i == last && !tokens[i].allCaps && lexicon.englishWords.contains(tokens[i])
                c.commonPhrase = match > i && (i...match).allSatisfy { !tokens[$0].allCaps && lexicon.englishWords.contains(tokens[$0]) }
                // An Arabic article the name was found without is part of the mention as written
                // ("al-Raqqa", found as "Raqqa"), and qualifiers stand before it ("western al-Raqqa").
                if i >= 1, Self.hyphenatedArticle(tokens, i - 1) { c.article = i - 1 }
                attachQualifier(tokens, c)
                // A name its qualifier's words make is no place of its own: in "North-East Nigeria"
                // the words are Nigeria's part, not Ghana's North East region.
                if let q = c.qualifierFirst, let prior = out.last, prior.first >= q, prior.last < c.first { out.removeLast() }
                if role == .place || (role == .embedded && options.embedded) {
                    // (With what the list holds, told without reading its places: each is a cache miss.)
                    let (list, listKinds) = gazetteer.candidatesAndKinds(c.text, kind: c.hint)
                    c.ranked = list
                    Self.prefetchPlaces(list)
                    var kinds = listKinds
                    // A word cut from an Arabic article the gazetteer does not know it with names a
                    // place where names are romanised so, or none the gazetteer has ("al-Hol" was Hol,
                    // Norway, before the gazetteer had that spelling of the Syrian town).
                    if c.article != nil {
                        c.ranked.removeAll { !lexicon.romanisedCountryCodes.contains($0.place.country) }
                        if c.ranked.isEmpty {
                            i = last + 1
                            continue
                        }
                        kinds = CandidateKinds(c.ranked)
                    }
                    // English names rivers with the article ("the Euphrates") or the word ("Jordan
                    // River"); a bare name is the country or town ("in Jordan").
                    // (Asked first: removing from the shared cached list copies it even when nothing goes.
                    // Asked of the summary: reading each candidate's kind was a cache miss a place.)
                    // And "the" before a name a river shares with a town is the river: "the left bank
                    // of the Dnipro", not the city of Dnipro.
                    // (Not a name that ends in the word: "Dnipro river levels fell" at a sentence's
                    // start is the river, the gazetteer knowing the name whole.)
                    if last == match, kinds.contains(.river), !tokens[last].isWord("river") {
                        let afterThe = i > 0 && tokens[i - 1].isWord("the")
                        if !afterThe, kinds.containsOther(than: .river) {
                            c.ranked.removeAll { $0.place.kind == .river }
                        } else if afterThe, kinds.contains(.city) {
                            c.ranked.removeAll { $0.place.kind == .city }
                        }
                    }
                    // A sea that gives its name to first-level areas is the sea unless a kind word says
                    // otherwise: "Port Sudan on the Red Sea coast" is the sea, "Red Sea state" Sudan's
                    // state (its kind word hints the area), whatever the text's focus adds to the state.
                    if last == match, kinds.contains(.sea), kinds.contains(.admin1) {
                        c.ranked.removeAll { $0.place.kind == .admin1 }
                    }
                    // "the border with Niger" is the country, not Nigeria's Niger state; so is "near the
                    // Niger border".
                    let borderWith = i >= 2 && tokens[i - 1].isWord("with") && (Self.borderWords.contains(tokens[i - 2]) || tokens[i - 2].isWord("borders"))
                    let borderAfter = Self.borderWordFollows(tokens, last)
                    if last == match, borderWith || borderAfter,
                       c.ranked.indices.contains(where: { c.ranked[$0].place.kind == .country }) {
                        c.ranked.removeAll { $0.place.kind != .country }
                    }
                    // "Deraa province": a spelling the gazetteer has only for a province's seat names the
                    // province (GeoNames lists far more spellings of cities than of their provinces).
                    if last > match, lexicon.admin1KindWords.contains(tokens[last]), let province = provinceOfSeat(c.ranked) {
                        c.ranked.insert(province, at: 0)
                        if province.match == .key { kinds = CandidateKinds(c.ranked) }
                    }
                    // A border is an area's: "the Homs-Raqqa border", "the Deir Ezzor border" name the
                    // provinces whose seats the names also are.
                    // (Hinted as one, so that coherence does not read the bare name as the city.)
                    // (Its seat goes, so that coherence does not move the name to it either.)
                    if c.qualifier == "border" || borderAfter, c.hint == nil, let top = c.ranked.first?.place.kind, top == .admin1 || top == .city {
                        if top == .city, let province = seatsProvince(c.ranked) { c.ranked.insert(province, at: 0) }
                        if c.ranked[0].place.kind == .admin1 {
                            let area = c.ranked[0].place.codeKeys
                            c.ranked.removeAll { $0.place.kind == .city && $0.place.codeKeys == area }
                            c.hint = .admin1
                        }
                    }
                    // A place that only shares a transliteration key, ranked below a major place the
                    // name is written as, is not lifted past it by the focus or by coherence ("El-Arish"
                    // in a report on Syria is Arish, Egypt, not the Syrian hamlet ‘Arīshah). (A place inside
                    // the major one stays: "Deir Ezzor" is the province's alternate and the city's key.)
                    // (Key matches below the major place are looked for by index first: most lists have none.)
                    // (Most lists have no key match: told by the summary, which removals above leave
                    // true at worst.)
                    if kinds.hasKeyMatch, let m = c.ranked.indices.first(where: { c.ranked[$0].match == .alias && Self.isMajor(c.ranked[$0].place) }),
                       c.ranked.indices.contains(where: { c.ranked[$0].match == .key && c.ranked[$0].score < c.ranked[m].score }) {
                        let major = c.ranked[m].place, top = c.ranked[m].score
                        func below(_ r: Resolution) -> Bool {
                            r.match == .key && r.score < top && !(major.kind == .admin1 && r.place.country == major.country && r.place.admin1Code == major.admin1Code)
                        }
                        c.setAside = c.ranked.filter(below)
                        c.ranked.removeAll(where: below)
                    }
                    out.append(c)
                }
            }
            i = last + 1
        }
        // (Most texts name no person by a place's name: nothing to compare then.)
        guard !personWords.isEmpty else { return out }
        // A name the text plainly gives a place somewhere ("in Charleston", "in DeKalb") is a
        // place wherever it stands alone, whatever a club or shop named after it made of it
        // elsewhere ("Charleston Gold Dome Lions Club", "the DeKalb Lowe's store").
        var places = NameList()
        // (By the candidates' keys: no text hashed or compared.)
        for c in out where c.role == .place && c.placeID == nil && personWords.contains(key: c.textKey) && saidToBePlace(tokens, c) {
            places.insert(key: c.textKey)
        }
        return out.filter { !($0.role == .place && personWords.contains(key: $0.textKey) && $0.placeID == nil && !places.contains(key: $0.textKey)) }
    }

    /// Hints the cache lines that the lookups of the capitalised words will read: the run table's
    /// slot for each word alone and for it with the next, and its slot in the English words. Both
    /// tables are a megabyte, and each lookup was a cache miss; the hints, given all at once before
    /// the words are examined, let the misses overlap.
    func prefetchLookups(_ tokens: [Token]) {
        let runs = spanMatches
        lexicon.englishWords.withPrefetcher { english in
            tokens.withUnsafeBufferPointer { tokens in
                for k in tokens.indices where tokens[k].capitalized {
                    let key = Tokenizer.spanKey(0, tokens[k].key)
                    runs.prefetch(key)
                    english(tokens[k].key)
                    if k + 1 < tokens.count, tokens[k + 1].spaced, tokens[k + 1].capitalized {
                        runs.prefetch(Tokenizer.spanKey(key, tokens[k + 1].key))
                    }
                }
            }
        }
    }

    /// The first-level area whose seat is among a name's candidates, when none of them is a
    /// first-level area; scored above the seat. A seat is a first-level or national capital
    /// (GeoNames `PPLA`, `PPLC`), or a town of 20,000 or more that bears its area's name (see
    /// ``NameFolding/resembles(_:_:)``; GeoNames lists Daraa, the seat of Daraa governorate, as a plain `PPL`).
    func provinceOfSeat(_ ranked: [Resolution]) -> Resolution? {
        guard !ranked.contains(where: { $0.place.kind == .admin1 }) else { return nil }
        for seat in ranked where seat.place.kind == .city {
            let p = seat.place
            guard let area = gazetteer.admin1(country: p.country, code: p.admin1Code),
                  p.featureCode == "PPLA" || p.isNationalCapital
                    || (p.population ?? 0) >= 20_000 && NameFolding.resembles(area.name, p.name),
                  var province = resolution(of: area)
            else { continue }
            province.score = max(province.score, (ranked.first?.score ?? 0) + 0.01)
            return province
        }
        return nil
    }

    /// The first-level area a name's best candidate, a city, is the seat of: the area among the
    /// candidates that holds it, else ``provinceOfSeat(_:)``; scored above the city.
    func seatsProvince(_ ranked: [Resolution]) -> Resolution? {
        guard let city = ranked.first?.place else { return nil }
        if let k = ranked.indices.first(where: { ranked[$0].place.kind == .admin1 && ranked[$0].place.codeKeys == city.codeKeys }) {
            var province = ranked[k]
            province.score = max(province.score, ranked[0].score + 0.01)
            return province
        }
        return provinceOfSeat(ranked)
    }

    /// Whether a country or a first-level area bears `name` as its own name, not only as an
    /// alternate (among the gazetteer's cached candidates).
    func namesAreaItself(_ name: String) -> Bool {
        // (As written: "Adan" only shares a transliteration key with Adana province, whose own name
        // a key match reports.)
        gazetteer.candidates(name).contains { ($0.place.kind == .country || $0.place.kind == .admin1) && $0.match == .alias && Self.namesItself($0) }
    }

    /// Where the next name of a list starts after a name that ends at token `k`: after ", ",
    /// " and ", ", and ", " or " or ", or "; nil when no list goes on there. (The plural kind
    /// words and the towns far from the rest of their list read lists alike.)
    static func nextListItem(_ tokens: [Token], after k: Int) -> Int? {
        let j = k + 1
        guard j < tokens.count else { return nil }
        let comma = joinsByComma(tokens[j])
        guard isListJoin(tokens, j) else { return comma ? j : nil }
        guard tokens[j].spaced || comma, j + 1 < tokens.count, tokens[j + 1].spaced else { return nil }
        return j + 1
    }

    /// Whether token `k` is a lower-case "and" or "or".
    static func isListJoin(_ tokens: [Token], _ k: Int) -> Bool {
        !tokens[k].capitalized && (tokens[k].isWord("and") || tokens[k].isWord("or"))
    }

    /// Whether a comma and one space stand before a token.
    static func joinsByComma(_ t: Token) -> Bool {
        let g = t.gapBytes
        return g.count == 2 && g[0] == 0x2C && g[1] == 0x20
    }

    /// "the town of", "the province of": a kind of place between a relation and its name.
    static let kindNounsBeforeOf: WordSet = ["town", "city", "village", "province", "governorate", "district"]
    /// "border areas", "frontier zones".
    static let areaNouns: WordSet = ["areas", "area", "regions", "region", "zone", "zones"]
    static let borderWords: WordSet = ["border", "frontier"]

    /// Whether a lower-case word of ``borderWords`` follows token `last`, one space after it: "the
    /// Niger border", "the Iran frontier".
    static func borderWordFollows(_ tokens: [Token], _ last: Int) -> Bool {
        last + 1 < tokens.count && tokens[last + 1].spaced && !tokens[last + 1].capitalized && borderWords.contains(tokens[last + 1])
    }

    /// Words for part of a country or province after a direction: "Iraq's western desert".
    static let partNouns: WordSet = [
        "desert", "deserts", "province", "provinces", "governorate", "governorates", "region", "regions", "area", "areas",
        "part", "parts", "border", "borders", "borderlands", "frontier", "countryside", "flank", "half", "reaches",
        "territory", "territories", "plains", "highlands", "districts", "suburbs", "outskirts", "edge", "bank", "banks",
    ]

    /// A country, first-level area or city of 100,000 or more.
    static func isMajor(_ p: Place) -> Bool {
        p.kind == .country || p.kind == .admin1 || (p.kind == .city && (p.population ?? 0) >= 100_000)
    }

    /// Head words of institution names that end in "of" and a place ("the Bank of England").
    static let institutionsOf: WordSet = [
        "state", "bank", "university", "republic", "army", "council", "government", "ministry", "embassy", "times",
        // Parties and movements: "the Patriotic Union of Kurdistan", "the Democratic Party of Iranian Kurdistan".
        "union", "party", "front", "movement", "alliance", "league",
        // "the Autonomous Administration of North and East Syria", "the Islamic Emirate of Afghanistan".
        "administration", "emirate",
        // A military operation: "Wrath of Euphrates" (the SDF's Raqqa campaign).
        "wrath",
    ]

    /// Military operations of the Syrian war named like places, folded: read as operations before
    /// a word for their area or forces (``namesOperation(_:_:)``).
    static let operationNames: Set<String> = ["olive branch", "peace spring", "euphrates shield", "spring of peace", "inherent resolve", "dawn of freedom"]

    /// The first words of ``operationNames``.
    static let operationFirstWords = WordSet(operationNames.map { String($0.prefix { $0 != " " }) })

    /// Words after an operation's name that make it one: "the Olive Branch region", "Peace Spring
    /// forces".
    static let operationAreaWords: WordSet = ["region", "area", "areas", "zone", "zones", "offensive", "operation", "operations", "campaign", "forces", "factions", "fighters", "pocket", "strip"]

    /// Whether the capitalised words from token `first` are a military operation's name
    /// (``operationNames``, two or three words) followed by a lower-case word for its area or
    /// forces (``operationAreaWords``).
    static func namesOperation(_ tokens: [Token], _ first: Int) -> Bool {
        // (Most names are no such thing: the word after the first, and the first, tell at once.)
        guard first + 2 < tokens.count, tokens[first + 1].spaced, tokens[first + 1].capitalized || tokens[first + 1].isWord("of"),
              operationFirstWords.contains(tokens[first]) else { return false }
        for length in 2...3 where first + length < tokens.count {
            let after = tokens[first + length]
            guard after.spaced, !after.capitalized, operationAreaWords.contains(after) else { continue }
            guard (first + 1..<first + length).allSatisfy({ tokens[$0].spaced }) else { continue }
            let phrase = (first..<first + length).map { tokens[$0].folded }.joined(separator: " ")
            if operationNames.contains(phrase) { return true }
        }
        return false
    }

    /// Adjectives of faiths and sects that GeoNames also has as places' names ("Christian",
    /// "Sunni", "Druze"): before a lower-case word they name no place.
    static let faithAdjectives: WordSet = [
        "christian", "muslim", "sunni", "shia", "shiite", "alawite", "druze", "yazidi", "catholic", "orthodox", "jewish", "sufi",
        "assyrian", "chaldean", "protestant", "evangelical", "coptic", "maronite",
    ]

    /// Whether a comma and a country's one-word name follow token `first` of a dateline, and the
    /// country has a town called `name`: "RAWA, Iraq (Reuters)".
    func datelineCountryHasTown(_ tokens: [Token], _ first: Int, _ name: String) -> Bool {
        guard first + 1 < tokens.count, tokens[first + 1].gapIs(", "),
              let country = gazetteer.candidates(tokens[first + 1].text).first?.place, country.kind == .country else { return false }
        return gazetteer.candidates(name).contains { $0.place.kind == .city && $0.place.country == country.country && $0.match == .alias }
    }

    /// Words after an operation's name in quotes: the SDF's "Wrath of the Euphrates" operation.
    static let operationWords: WordSet = ["operation", "offensive", "campaign"]

    /// Whether tokens `first...nameEnd` stand in quotes that name an operation: after a capitalised
    /// "Operation" (Operation "We Are Coming, Nineveh") or before a word of ``operationWords``. The
    /// quotes open at most six words before the name and close at most four after it.
    static func inQuotedOperationName(_ tokens: [Token], _ first: Int, _ nameEnd: Int) -> Bool {
        // (Most names stand in no quotes: the gaps around them tell at once, a gap of one space by
        // a flag. The closing quote is looked for first: it must come within four words.)
        var close = nameEnd + 1
        while close < tokens.count, close <= nameEnd + 4, tokens[close].spaced || !quoteMark(in: tokens[close].gapBytes, closing: true) { close += 1 }
        guard close < tokens.count, close <= nameEnd + 4 else { return false }
        var open = first
        while open >= 0, open >= first - 6, tokens[open].spaced || !quoteMark(in: tokens[open].gapBytes, closing: false) { open -= 1 }
        guard open >= 0, open >= first - 6 else { return false }
        // (No quotes closed between the opening one and the name.)
        for k in (open + 1)..<(first + 1) where !tokens[k].spaced && quoteMark(in: tokens[k].gapBytes, closing: true) { return false }
        if open >= 1, tokens[open - 1].capitalized, tokens[open - 1].isWord("operation") { return true }
        return !tokens[close].capitalized && operationWords.contains(tokens[close])
    }

    /// Whether a gap holds a double quotation mark that opens (`"` or `“`) or closes (`"` or `”`) a
    /// quotation.
    static func quoteMark(in gap: UnsafeBufferPointer<UInt8>, closing: Bool) -> Bool {
        guard !gap.isEmpty else { return false }
        if gap.contains(0x22) { return true }
        // “ is E2 80 9C, ” E2 80 9D.
        let last: UInt8 = closing ? 0x9D : 0x9C
        for k in 0..<gap.count where k + 2 < gap.count && gap[k] == 0xE2 && gap[k + 1] == 0x80 && gap[k + 2] == last { return true }
        return false
    }

    /// Causes a group's name is "for the … of" a place ("the Popular Front for the Liberation of
    /// Palestine").
    static let causesOf: WordSet = ["liberation", "salvation", "independence", "defence", "defense", "protection", "unity", "restoration", "freedom"]

    /// Institutions named "… of X" whatever comes before ("the University of Mosul"); the others
    /// need a name before them ("the Islamic State of Iraq", but "the State of Israel").
    static let institutionsOfAnyPlace: WordSet = ["university", "bank", "embassy", "ministry", "times", "wrath"]

    /// The last token and place id of an abbreviation starting at `i` ("W.Va." is W . Va .).
    func abbreviation(_ tokens: [Token], text: String, at i: Int) -> (Int, String)? {
        // Every abbreviation has a period right after its first word ("W.", "Calif.", "U."): most
        // capitalised words do not, and need no lookup.
        if i + 1 < tokens.count, tokens[i + 1].gapFirstByte != 0x2E { return nil }
        guard lexicon.abbreviationStarts.contains(tokens[i]) else { return nil }
        for n in stride(from: 3, through: 1, by: -1) where i + n <= tokens.count {
            var key = tokens[i].text
            var ok = true
            for k in (i + 1)..<(i + n) where ok {
                let g = tokens[k].gap
                if g == "." || g == ". " { key += "." + tokens[k].text } else { ok = false }
            }
            guard ok, tokens[i + n - 1].end - tokens[i + n - 1].start <= 5 else { continue }
            // The abbreviation's own final period: the next token's gap starts with it, or the text ends with it.
            // (After the last word, the byte after it: a text may end "N.Y.\n".)
            let afterGap = i + n < tokens.count ? tokens[i + n].gap
                : String(decoding: text.utf8.dropFirst(Int(tokens[i + n - 1].byteEnd)).prefix(1), as: UTF8.self)
            guard afterGap.hasPrefix(".") else { continue }
            if let id = lexicon.abbreviations[key + "."] { return (i + n - 1, id) }
        }
        return nil
    }

    /// A name starts at a capitalised word, a non-Latin word, or an article/particle before one.
    func canStartName(_ tokens: [Token], _ i: Int) -> Bool {
        if tokens[i].capitalized { return true }
        // Arabic articles: hyphenated ("al-Mayadeen", "as-Sukhnah"), or al/el before a capitalised word ("al Qaim").
        guard tokens[i].end - tokens[i].start <= 3, i + 1 < tokens.count, tokens[i + 1].capitalized else { return false }
        return Self.hyphenatedArticle(tokens, i) || (tokens[i + 1].spaced && (tokens[i].isWord("al") || tokens[i].isWord("el")))
    }

    /// Whether token `k` is an Arabic article joined by a hyphen to a capitalised word ("al-Raqqa",
    /// "as-Sukhnah"): where a name starts, where a name found without its article begins in the
    /// text, and what makes a word before it part of a person's name ("Haider al-Abadi").
    static func hyphenatedArticle(_ tokens: [Token], _ k: Int) -> Bool {
        guard k + 1 < tokens.count else { return false }
        let next = tokens[k + 1], gap = next.gapBytes
        return gap.count == 1 && gap[0] == 0x2D && next.capitalized && Lexicon.arabicArticles.contains(tokens[k])
    }

    /// The last token of the longest gazetteer name starting at `i`, and whether only a short
    /// (four-letter) transliteration key matched; nil when no name starts there.
    func longestMatch(_ tokens: [Token], from i: Int) -> (Int, shortKey: Bool)? {
        // The longest run of joinable words that can be inside a name (capitalised, or particles:
        // "Deir ez-Zor", "Ras al-Ayn").
        var end = i
        while end - i + 1 < Self.maxNameTokens && canExtend(tokens, end) { end += 1 }
        // A name that ends in a kind phrase of lower-case words: "al-Omar oil field".
        // (Not a town word that introduces another name: "the Aleppo town of al-Bab". Nor after a
        // name that ends in a kind word already, in lower case: "the Euphrates River dam" is a dam
        // on the river, named "Euphrates River".)
        let phraseEnd = townOfNameFollows(tokens, after: end) || endsInKindWord(tokens, first: i, last: end) ? nil : kindPhraseEnd(tokens, after: end)
        // The key of each run i...k, from its words' keys (on the stack): no text is built unless
        // the run is new.
        // One word alone, the commonest case (a capitalised word at a sentence's start, a surname):
        // its one run asked directly, with no keys laid out.
        if end == i && phraseEnd == nil {
            switch spanMatch(tokens, i, i, key: Tokenizer.spanKey(0, tokens[i].key)) {
            case .alias, .key: return (i, false)
            case .shortKey: return (i, true)
            case .none: return nil
            }
        }
        let reach = phraseEnd ?? end
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: reach - i + 1) { keys -> (Int, shortKey: Bool)? in
            keys[0] = Tokenizer.spanKey(0, tokens[i].key)
            if reach > i {
                for t in (i + 1)...reach {
                    // (A possessive "s" joins the word before: the run through it is keyed as that word
                    // with "s", "peoples".)
                    if t <= end, possessiveInName(tokens, t) {
                        keys[t - i] = Tokenizer.spanKey(t - 1 > i ? keys[t - i - 2] : 0, Tokenizer.keyWithS(tokens[t - 1]))
                    } else {
                        keys[t - i] = Tokenizer.spanKey(keys[t - i - 1], tokens[t].key)
                    }
                }
            }
            if let phraseEnd {
                let m = spanMatch(tokens, i, phraseEnd, key: keys[phraseEnd - i])
                if m == .alias || m == .key { return (phraseEnd, false) }
            }
            var last = end
            let functionStart = lexicon.functionWords.contains(tokens[i]) || lexicon.calendarWords.contains(tokens[i])
            while last >= i {
                // The last word of a name is never a bare particle.
                if last > i && !tokens[last].capitalized && !Self.isDesignationNumber(tokens, last) { last -= 1; continue }
                // Nor a letter whose designation number follows: "The T-4 airbase" is not "The T".
                if last < end && Self.isDesignationNumber(tokens, last + 1) { last -= 1; continue }
                // Nor is a name an Arabic article cut from the words it joins: "al-Washokani", which the
                // gazetteer lacks, is not "Al" (an alternate of Halle, Belgium).
                if last == i && end > i && lexicon.arabicArticles.contains(tokens[i]) { break }
                let m = spanMatch(tokens, i, last, key: keys[last - i])
                // A name that starts with a function word or a month must be one as written ("In Salah"),
                // not by a transliteration key ("In Syria" is not Inchiri; "May Day" is not Madaya).
                if last > i && functionStart && m != .alias { last -= 1; continue }
                // Nor does a key run a known name into a capitalised English word after it: "Mosul
                // Eye", the monitor, is Mosul's key ("Mosouli") by its letters, but Mosul and "Eye".
                if last > i, m == .key || m == .shortKey, tokens[last].spaced, !tokens[last].allCaps, lexicon.englishWords.contains(tokens[last]),
                   spanMatch(tokens, i, last - 1, key: keys[last - 1 - i]) == .alias { last -= 1; continue }
                switch m {
                case .alias, .key: return (last, false)
                case .shortKey: return (last, true)
                case .none: last -= 1
                }
            }
            return nil
        }
    }

    /// Hints that the first places of a name's candidates will soon be read (see
    /// ``Gazetteer/Resolution/prefetch(_:count:)``): the rules below and those of the later passes
    /// read them one by one, and in a stream of texts each is otherwise a cache miss that waits
    /// for the last.
    static func prefetchPlaces(_ ranked: [Resolution]) {
        ranked.withUnsafeBufferPointer { Resolution.prefetch($0, count: prefetchedPlaces) }
    }

    /// How many of a name's candidates ``prefetchPlaces(_:)`` asks for: as many as coherence weighs
    /// (``coherenceCandidates``) and two more, which the focus may lift among them.
    static let prefetchedPlaces = 12

    /// The demonym at token `i`: its last token and its entry. One of two words first ("Sri Lankan",
    /// "South Korean", "South Sudanese" before "Sudanese"), then one of one word ("Syrian"); none
    /// where the words begin a gazetteer name of more words than the demonym's own ("the Syrian
    /// Desert"), nor where a demonym of two words is itself a gazetteer name.
    func demonym(_ tokens: [Token], at i: Int) -> (last: Int, entry: (id: String, country: String))? {
        if lexicon.demonymFirstWords.contains(tokens[i]), i + 1 < tokens.count, tokens[i + 1].spaced, tokens[i + 1].capitalized,
           let d = lexicon.demonyms[Self.span(tokens, i, i + 1)], !startsLongerName(tokens, i) {
            return (i + 1, d)
        }
        guard lexicon.demonymWords.contains(tokens[i]), let d = lexicon.demonyms[tokens[i].text], !startsLongerName(tokens, i) else { return nil }
        return (i, d)
    }

    /// Whether a gazetteer name of more than one word starts at token `i` ("the Syrian Desert",
    /// "Mount Lebanon").
    func startsLongerName(_ tokens: [Token], _ i: Int) -> Bool {
        longestMatch(tokens, from: i).map { $0.0 > i } ?? false
    }

    /// How the run of tokens `first...last` (whose key is `key`) matches the gazetteer; cached
    /// across texts by key, so a run seen before costs one probe and no text.
    func spanMatch(_ tokens: [Token], _ first: Int, _ last: Int, key: UInt64) -> SpanMatch {
        spanMatches.value(key) {
            var f = tokens[first].folded
            if last > first {
                for k in (first + 1)...last {
                    // (A possessive "s" inside a name is part of the word before: "peoples republic".)
                    if !possessiveInName(tokens, k) { f += " " }
                    f += tokens[k].folded
                }
            }
            let m = spanMatch(f)
            // A name that is nothing as written is asked with its hyphenated parts joined, as the
            // gazetteer asks it (``Gazetteer/NameFolding/hyphensJoined(_:)``: "Pétion-Ville" is
            // GeoNames' "Pétionville"), unless a word after a hyphen is an acronym or an English
            // word ("AKS-U", "Tri-State").
            guard m == .none, last > first,
                  !((first + 1)...last).contains(where: { Tokenizer.isHyphen(tokens[$0].gapBytes) && (tokens[$0].allCaps || lexicon.englishWords.contains(tokens[$0])) }),
                  let joined = NameFolding.hyphensJoined(Self.span(tokens, first, last)), !gazetteer.aliasCandidates(folded: joined).isEmpty
            else { return m }
            return .alias
        }
    }

    /// Whether the name at tokens `first...last` is a country's, and no first-level area's, and a
    /// lower-case word for a part of a country follows it: the phrase is about a part of the country
    /// ("the US state of Texas", "a UK county"), not a place called so. ("Georgia state" is the US
    /// state; "Kuwait city" the capital: "city" is no such word, nor are rivers and valleys: "the
    /// Jordan valley".)
    func countryBeforePartWord(_ tokens: [Token], first: Int, last: Int) -> Bool {
        guard last + 1 < tokens.count, !tokens[last + 1].capitalized, Self.countryPartWords.contains(tokens[last + 1]) else { return false }
        let (list, kinds) = gazetteer.candidatesAndKinds(Self.span(tokens, first, last))
        return list.first?.place.kind == .country && !kinds.contains(.admin1)
    }

    /// Words for a part of a country (see ``countryBeforePartWord(_:first:last:)``).
    static let countryPartWords: WordSet = ["state", "province", "region", "county", "town", "village", "district", "governorate", "oblast"]

    /// Whether "department" follows token `k` as a kind word: in lower case, after a space, and not
    /// before "store" or before "of" and anything but a country ("the Centre department", "the
    /// Centre department of Haiti"; not "the Police Department", "the Ohio department of health",
    /// which are offices, or "the Ripley department store").
    func departmentFollows(_ tokens: [Token], _ k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k + 1].spaced, !tokens[k + 1].capitalized, tokens[k + 1].isWord("department") else { return false }
        guard k + 2 < tokens.count, tokens[k + 2].spaced else { return true }
        if tokens[k + 2].isWord("store") || tokens[k + 2].isWord("stores") { return false }
        guard tokens[k + 2].isWord("of") else { return true }
        guard k + 3 < tokens.count, tokens[k + 3].capitalized, let (end, _) = longestMatch(tokens, from: k + 3) else { return false }
        return resolveAlone(Self.span(tokens, k + 3, end), hint: nil)?.place.kind == .country
    }

    /// The last token of a kind phrase ("oil field", "air base") or kind word ("crossing", "dam")
    /// joined after token `k`.
    func kindPhraseEnd(_ tokens: [Token], after k: Int) -> Int? {
        guard k + 1 < tokens.count, tokens[k + 1].spaced else { return nil }
        if k + 2 < tokens.count, tokens[k + 2].spaced, lexicon.kindPhraseStarts.contains(tokens[k + 1]),
           lexicon.kindPhrases.contains(tokens[k + 1].folded + " " + tokens[k + 2].folded) { return k + 2 }
        return lexicon.kindWords.contains(tokens[k + 1]) ? k + 1 : nil
    }

    /// Whether the name at tokens `first...last` (more than one word) ends in a kind word and a word
    /// in lower case follows it: no second kind word joins it then ("the Euphrates River dam" is
    /// "Euphrates River"; "the Red River Valley" stays whole).
    func endsInKindWord(_ tokens: [Token], first: Int, last: Int) -> Bool {
        last > first && lexicon.kindWords.contains(tokens[last]) && last + 1 < tokens.count && !tokens[last + 1].capitalized
    }

    /// Whether a kind word for a populated place (city, town, village), "of" and a name (a capitalised
    /// word, or an Arabic article joined to one) follow token `k`: "the Idlib town of Khan Sheikhoun",
    /// "the Aleppo town of al-Bab", "the Licking County cities of Newark and Heath".
    func townOfNameFollows(_ tokens: [Token], after k: Int) -> Bool {
        guard k + 3 < tokens.count, tokens[k + 1].spaced, tokens[k + 2].spaced, tokens[k + 3].spaced, tokens[k + 2].isWord("of"),
              tokens[k + 3].capitalized || k + 4 < tokens.count && tokens[k + 4].capitalized && lexicon.arabicArticles.contains(tokens[k + 3])
        else { return false }
        return Self.townWords.contains(tokens[k + 1])
    }

    /// Whether the name at tokens `first...last` is an area whose countryside or desert the text
    /// names: "countryside of", "desert of" or "rural" before it, or "countryside" or "desert"
    /// after it, after a possessive and a direction at most ("the southern Idlib countryside",
    /// "Idlib's southern countryside", "the eastern desert of Homs").
    func namesCountryside(_ tokens: [Token], first: Int, last: Int) -> Bool {
        // (Or its desert, which news names alike: "the eastern desert of Homs", "Hama's eastern
        // desert", as "the Homs desert" is found whole with its kind word.)
        func outlying(_ t: Token) -> Bool { t.isWord("countryside") || t.isWord("desert") }
        // (From an Arabic article the name was found without: "the countryside of al-Raqqa".)
        let first = first >= 1 && Self.hyphenatedArticle(tokens, first - 1) ? first - 1 : first
        if first >= 2, tokens[first].spaced, tokens[first - 1].spaced, tokens[first - 1].isWord("of"), outlying(tokens[first - 2]) { return true }
        if first >= 1, tokens[first].spaced, !tokens[first - 1].capitalized, tokens[first - 1].isWord("rural") { return true }
        // "ريف دير الزور", the countryside of Deir ez-Zor in Arabic.
        if first >= 1, tokens[first].spaced, tokens[first].uncased, tokens[first - 1].uncased, tokens[first - 1].folded == Self.arabicCountryside { return true }
        var k = last + 1
        if k < tokens.count, Tokenizer.isPossessiveS(tokens, k) { k += 1 }
        if k < tokens.count, tokens[k].spaced, !tokens[k].capitalized, lexicon.directionWords.contains(tokens[k]) { k += 1 }
        return k < tokens.count && tokens[k].spaced && outlying(tokens[k])
    }

    /// The kind of area a noun before "of" and a name calls it, where the gazetteer has an area
    /// of that kind of the name: "the region of Jizan" (a first-level area), "the district of Razih"
    /// (a second-level one).
    static func areaNounsBeforeOf(_ t: Token) -> PlaceKind? {
        t.isWord("region") ? .admin1 : t.isWord("district") ? .admin2 : nil
    }

    /// Whether the name at token `k` is followed, after a comma or "and", by another name whose best
    /// place alone is no common word and lies in `place`'s country within ``listOutlierKm``: the
    /// start of a list of places ("Hit and Rutba", "Hit, Haditha and Rawa"; not "Hope and Cheney").
    func listOfCountrymenFollows(_ tokens: [Token], after k: Int, _ place: Place) -> Bool {
        var j = k + 1
        guard j < tokens.count else { return false }
        if tokens[j].isWord("and") && tokens[j].spaced { j += 1 } else if !tokens[j].gapStarts(with: 0x2C) { return false }
        guard j < tokens.count, tokens[j].capitalized, !tokens[j].allCaps, !lexicon.englishWords.contains(tokens[j]),
              let (end, _) = longestMatch(tokens, from: j), let next = resolveAlone(Self.span(tokens, j, end), hint: nil) else { return false }
        return next.place.country == place.country && next.place.hasCoordinate && place.hasCoordinate && Self.km(next.place, place) < Self.listOutlierKm
    }

    /// Romanised Arabic adjectives that name a part or a twin of a place after its name ("Abu Kamal
    /// al-Sharqi", "Baghuz al-Fawqani"), not a person's origin.
    static let arabicPartAdjectives: WordSet = [
        "sharqi", "gharbi", "shamali", "janubi", "janoubi", "sharqiya", "gharbiya", "shamaliya", "janubiya",
        "fawqani", "tahtani", "kabir", "saghir", "jadid", "jadida", "qadim", "qadima", "wusta",
    ]

    /// Kind words for populated places that introduce a name after "of".
    static let townWords: WordSet = ["city", "cities", "town", "towns", "village", "villages"]

    /// Whether a name reaching token `k` can go on to the next: joined to it, and the next word is
    /// capitalised or a particle.
    func canExtend(_ tokens: [Token], _ k: Int) -> Bool {
        k + 1 < tokens.count && Tokenizer.joinable(tokens[k], tokens[k + 1])
            && (tokens[k + 1].capitalized || lexicon.nameParticles.contains(tokens[k + 1]) || possessiveInName(tokens, k + 1)
                || Self.isDesignationNumber(tokens, k + 1))
    }

    /// Whether the words after token `k` are a lower-case Romance particle and a capitalised word,
    /// spaced ("Adrar des Ifoghas", "Lula da Silva"): a name ending at `k` goes on.
    static func continuesPastParticle(_ tokens: [Token], _ k: Int) -> Bool {
        k + 2 < tokens.count && tokens[k + 1].spaced && !tokens[k + 1].capitalized && Lexicon.romanceParticles.contains(tokens[k + 1])
            && tokens[k + 2].spaced && tokens[k + 2].capitalized && !tokens[k + 2].allCaps
    }

    /// Whether token `k` is the number of a letter-and-number designation: up to three digits
    /// after a hyphen and a capital letter alone ("T-4", the Tiyas air base; "K-1", "H-3"). The
    /// run is a name only where the gazetteer has it.
    static func isDesignationNumber(_ tokens: [Token], _ k: Int) -> Bool {
        guard k >= 1, tokens[k - 1].end - tokens[k - 1].start == 1, tokens[k - 1].capitalized, Tokenizer.isHyphen(tokens[k].gapBytes) else { return false }
        return tokens[k].isNumber(digits: 3)
    }

    /// Whether token `k` is a possessive "s" inside a name: after a capitalised word, before one
    /// joined to it ("People's Republic of China", "Queen Anne's County"). A name's words read it
    /// as part of the word before (``Tokenizer/keyWithS(_:)``); a name never ends with it.
    @inline(__always)
    func possessiveInName(_ tokens: [Token], _ k: Int) -> Bool {
        // (Most words asked are spaced or longer than one letter: told first, in place.)
        guard k > 0, !tokens[k].spaced, tokens[k].byteEnd - tokens[k].byteStart == 1 else { return false }
        return k + 1 < tokens.count && tokens[k - 1].capitalized && Tokenizer.isPossessiveS(tokens, k)
            && tokens[k + 1].capitalized && Tokenizer.joinable(tokens[k], tokens[k + 1])
    }

    /// How a folded run of words matches the gazetteer, if at all (cached across texts: the same
    /// words recur in every article).
    func spanMatch(_ f: String) -> SpanMatch {
        if !gazetteer.aliasCandidates(folded: f).isEmpty { return .alias }
        // ("al-Rai" as GeoNames writes it, "Ar Rā‘ī": see `NameFolding.assimilatedArticle`.)
        if let a = NameFolding.assimilatedArticle(f), !gazetteer.aliasCandidates(folded: a).isEmpty { return .alias }
        let key = TransliterationKey.key(folded: f)
        // Keys exist for Arabic (and Persian, Turkish, Pashto) romanisations; elsewhere they match
        // English words and surnames to unrelated towns ("Getting" → Göttingen).
        if key.utf8.count >= 5 && gazetteer.hasKey(key, inCountries: lexicon.romanisedCountries) { return .key }
        // A four-letter key ("Hawija" → huij) is tried only for a place in an Arabic-speaking
        // country and a word that is not English; the mention is kept only if it resolves by that
        // key to such a place and the text's focus is there (short keys match many first names).
        if key.utf8.count == 4, f.utf8.count >= 5, !lexicon.englishWords.contains(f), gazetteer.hasKey(key, inCountries: lexicon.arabicSpeaking) { return .shortKey }
        return .none
    }

    /// Whether tokens `first...nameEnd`, folded, are one of ``Lexicon/organisationNames``. ASCII
    /// words joined by spaces or hyphens fold to their folded words joined by spaces, so a first
    /// word that starts no such name settles it without folding the text.
    func isOrganisationName(_ tokens: [Token], _ first: Int, _ nameEnd: Int) -> Bool {
        let t = tokens[first]
        if t.ascii {
            if first == nameEnd { return lexicon.organisationNames.contains(t) }
            if !lexicon.organisationNameStarts.contains(t),
               ((first + 1)...nameEnd).allSatisfy({ tokens[$0].ascii && (tokens[$0].spaced || tokens[$0].gapIs("-")) }) { return false }
        }
        return lexicon.organisationNames.contains(NameFolding.fold(Self.span(tokens, first, nameEnd)))
    }

    /// Whether the words after a place's last token make it an outlet's or a title's name: "24"
    /// (a news channel: "Kurdistan 24", "France 24", "Deir Ezzor 24"), unless a unit or a lower-case
    /// noun follows ("Mosul 24 km", "Aleppo 24 people"); or "is" and two or more capitalised English
    /// words ("Raqqa is Being Slaughtered Silently").
    /// (A method reading the parser's lexicon in place: passed the lexicon as an argument, each
    /// call copied it, some sixty sets.)
    func isOutletName(_ tokens: [Token], after k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k + 1].spaced else { return false }
        let next = tokens[k + 1]
        if next.isWord("24") {
            guard k + 2 < tokens.count else { return true }
            let after = tokens[k + 2]
            // (Or what it was told: "told Deir Ezzor 24 that …".)
            // (Or another outlet's name after "and": "Kurdistan 24 and Rudaw reported"; or an outlet
            // noun: "the Deir ez-Zor 24 network".)
            return after.capitalized || !after.spaced || lexicon.reportVerbs.contains(after) || lexicon.outletNouns.contains(after) || after.isWord("that")
                || after.isWord("and") && k + 3 < tokens.count && tokens[k + 3].capitalized && tokens[k + 3].spaced
        }
        // A station's number and its kind: "Europe 1 radio", "France 2 television".
        if next.isNumber(digits: 2), k + 2 < tokens.count, tokens[k + 2].spaced,
           tokens[k + 2].isWord("radio") || tokens[k + 2].isWord("television") || tokens[k + 2].isWord("tv") { return true }
        // (In title case too, "Raqqa Is Being Slaughtered Silently", but not the acronym: "Mosul IS".)
        guard next.isWord("is"), !next.allCaps else { return false }
        var caps = 0
        var j = k + 2
        while j < tokens.count, tokens[j].spaced, tokens[j].capitalized, !tokens[j].allCaps, lexicon.englishWords.contains(tokens[j]) {
            caps += 1
            j += 1
        }
        return caps >= 2
    }

    /// "Servant of": the first word of an Arabic theophoric name ("Abdul-Zahra", "Abdel-Karim",
    /// "Abd al-Mahdi").
    static let servantOfWords: WordSet = ["abdul", "abdel", "abd", "abdal", "abdol", "abdoul"]

    /// Words that end the name of a school, hospital or museum.
    static let institutionEnds: WordSet = ["school", "schools", "academy", "hospital", "clinic", "center", "centre", "library", "museum"]

    /// Whether a comma and a first-level area or country follow token `k` ("Fife, Scotland", "Surrey,
    /// UK"), and that area holds a place named `name`.
    func namesPlaceInAreaAfter(_ tokens: [Token], _ k: Int, _ name: String) -> Bool {
        let j = k + 1
        guard j < tokens.count, tokens[j].capitalized, Self.joinsByComma(tokens[j]), let (end, _) = longestMatch(tokens, from: j),
              let area = resolveAlone(Self.span(tokens, j, end), hint: nil)?.place, area.kind == .admin1 || area.kind == .country
        else { return false }
        return !placesNamed(name, inside: area).isEmpty
    }

    /// Whether the name at token `first` stands in a jihadist group's name, or is the second of
    /// two names there: "the Islamic State of Iraq and Syria", "the Islamic State in Iraq and the
    /// Levant", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Arabian Peninsula"; or right
    /// after "Islamic State", as its branches are named: "Islamic State Sahel Province", "Islamic
    /// State Somalia", "the Islamic State in the Greater Sahara". (Not "held by Islamic State in Iraq" or "al-Qaeda in Yemen": the group in a
    /// place.)
    static func inGroupName(_ tokens: [Token], _ first: Int, last: Int) -> Bool {
        if first >= 2, tokens[first].spaced, tokens[first - 1].spaced, tokens[first - 1].capitalized, tokens[first - 2].capitalized,
           tokens[first - 1].isWord("state"), tokens[first - 2].isWord("islamic") { return true }
        // "State" or "Qaeda" stands two to six words before, or there is no such name: told by
        // comparing token keys, for the many names that stand in none.
        let (state, qaeda, qaida) = groupHeadKeys
        var h = first - 2, found = false
        while h >= 0 && h >= first - 6 && !found {
            let key = tokens[h].key
            found = key == state || key == qaeda || key == qaida
            h -= 1
        }
        guard found else { return false }
        func word(_ i: Int, _ w: StaticString) -> Bool { i >= 0 && tokens[i].isWord(w) }
        var k = first - 1
        if word(k, "islamic"), tokens[k].capitalized { k -= 1 }
        // "the Islamic State in the Greater Sahara": a capitalised "Greater" makes the words a
        // branch's name, not the group in a place.
        var greater = false
        if word(k, "greater"), tokens[k].capitalized, word(k - 1, "the") { k -= 1; greater = true }
        var the = false
        if word(k, "the") { k -= 1; the = true }
        // The second of two names: "… of Iraq and Syria", "… in Iraq and the Levant", "… and al-Sham".
        var second = false
        if word(k, "and") {
            k -= 1
            guard k >= 0, tokens[k].capitalized else { return false }
            // (The first name: up to three capitalised words and an article, "Saudi Arabia", "al-Sham".)
            var words = 0
            while k >= 0, words < 3, tokens[k].capitalized { k -= 1; words += 1 }
            if k >= 0, Lexicon.arabicArticles.contains(tokens[k]) { k -= 1 }
            second = true
        }
        guard word(k, "of") || word(k, "in") else { return false }
        if word(k - 1, "qaeda") || word(k - 1, "qaida") { return the }
        guard word(k - 1, "state"), tokens[k - 1].capitalized, word(k - 2, "islamic") else { return false }
        // "in" only before a pair: "the Islamic State in Iraq and Syria" (or the Levant).
        let pairFollows = last + 2 < tokens.count && tokens[last + 1].isWord("and") && (tokens[last + 2].capitalized || tokens[last + 2].isWord("the"))
        return word(k, "of") || second || pairFollows || greater
    }

    /// The token keys of "state", "qaeda" and "qaida" (see ``inGroupName(_:_:last:)``).
    static let groupHeadKeys = (Tokenizer.foldedKey("state"), Tokenizer.foldedKey("qaeda"), Tokenizer.foldedKey("qaida"))

    /// Whether the words after token `k` make the name before them a disease's: a disease word
    /// (``Lexicon/diseaseWords``), or "flu" and one.
    static func namesDisease(_ tokens: [Token], after k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k + 1].spaced else { return false }
        if Lexicon.diseaseWords.contains(tokens[k + 1]) { return true }
        return tokens[k + 1].isWord("flu") && k + 2 < tokens.count && tokens[k + 2].spaced && Lexicon.diseaseWords.contains(tokens[k + 2])
    }

    /// A place, a place embedded in an organisation's name, or nil (not a place here); `hint` is the
    /// kind the words around the name give it ("the town of", "Bay and Bakool regions").
    func decide(_ tokens: [Token], first: Int, last: Int, nameEnd: Int, hint: PlaceKind?, options: GeoparseOptions, personWords: inout NameList,
                besidePerson: inout Bool) -> Role? {
        func topAlone(_ text: String) -> Resolution? { resolveAlone(text, hint: nil) }
        let t = tokens[first]
        let single = first == nameEnd
        if lexicon.calendarWords.contains(t) && single { return nil }
        // A letter alone is no place name ("Y" of a broken "N.Y." is not Italy).
        if single && t.end - t.start == 1 { return nil }
        // An Arabic direction noun is a direction, whatever it also names: "غرب" in "شمال غرب حلب"
        // (north-west of Aleppo) is not the Gharb.
        if single, t.uncased, Self.arabicDirectionNouns[t.folded] != nil { return nil }
        // A month or weekday and common words: a holiday or date ("May Day"), whatever it also names.
        if lexicon.calendarWords.contains(t), (first...nameEnd).allSatisfy({ lexicon.englishWords.contains(tokens[$0]) }) { return nil }
        if lexicon.functionWords.contains(t) && single && !t.allCaps { return nil }
        // (Unless a plural kind word or "province of" makes it an area's name: "Bay and Bakool regions";
        // a direction stays a direction: "the province of Western Kasai".)
        if lexicon.genericNouns.contains(t) && first == last && (hint != .admin1 && hint != .admin2 || lexicon.directions[t.folded] != nil) { return nil }
        // (Not with a kind word after it: "the al-Jazeera desert" is the Jazira, not the channel.)
        if last == nameEnd, isOrganisationName(tokens, first, nameEnd) { return nil }
        // Acronyms: only the country short forms the gazetteer knows (US, UK, UAE), never ISIS, IS or AP.
        // (A short capitalised dateline is its city, named by a name, not a code: "ADEN (AP) —",
        // "GAZA, March 3 —", but not "GBI, police arrest…", an airport code of Kalaburagi.)
        if single && t.allCaps {
            if lexicon.outletAcronyms.contains(t) { return nil }
            let top = topAlone(t.text)
            // (Or a first-level area's abbreviation of three letters or more, written as the gazetteer
            // has it: "NSW" is New South Wales, but "EST" after a time is not Burkina Faso's Est.)
            guard let top, top.match == .alias,
                  top.place.kind == .country || top.place.kind == .admin1 && t.bytes.count >= 3 && top.matched == t.text
                    || Self.inDateline(tokens, first) && top.place.kind == .city && (top.place.population ?? 0) >= 50_000 && !top.matchedIsShortCode
                    // (Or any town of the country the dateline names after it: "RAWA, Iraq (Reuters)",
                    // "HIT, IRAQ —".)
                    || Self.inDateline(tokens, first) && datelineCountryHasTown(tokens, first, t.text)
            else { return nil }
        }
        // An Arabic word that begins place names, before a capitalised word it does not form a known
        // name with, begins a name the gazetteer lacks: "the Tal Sheikh Youssef hill".
        if single, last == nameEnd, nameEnd + 1 < tokens.count, lexicon.toponymPrefixes.contains(t), tokens[nameEnd + 1].capitalized,
           tokens[nameEnd + 1].spaced || Tokenizer.isHyphen(tokens[nameEnd + 1].gapBytes) { return nil }
        // The rest of a name whose Arabic first word the gazetteer does not know with it: "Tel
        // al-Sultan" is a quarter of Rafah, not Sulţānah (but "Juroud Arsal", the barrens of Arsal,
        // names Arsal).
        if first >= 1, tokens[first].spaced, tokens[first - 1].capitalized, lexicon.toponymPrefixes.contains(tokens[first - 1]),
           !lexicon.areaOfWords.contains(tokens[first - 1]) { return nil }
        // Titles and their abbreviations (Sgt, Sen, Gen) are never places on their own.
        if single && lexicon.titles.contains(t) { return nil }
        // Noun modifiers: US-led, Iran-backed.
        if nameEnd + 1 < tokens.count, tokens[nameEnd + 1].gapIs("-"), lexicon.modifierSuffixes.contains(tokens[nameEnd + 1]) { return nil }
        // A disease named after a place: "West Nile virus", "Rift Valley fever", "Hong Kong Flu virus".
        // The name is the disease's elsewhere in the text too ("60 percent of West Nile cases").
        if last == nameEnd, Self.namesDisease(tokens, after: nameEnd) {
            personWords.insert(Self.span(tokens, first, nameEnd))
            return nil
        }
        // A day named for a saint or a person: "St. Patrick's Day", "St Patrick's Day violence".
        if last == nameEnd, nameEnd + 2 < tokens.count, Tokenizer.isPossessiveS(tokens, nameEnd + 1), tokens[nameEnd + 2].spaced,
           tokens[nameEnd + 2].capitalized, tokens[nameEnd + 2].isWord("day") { return nil }
        // A currency: "US$543 million", "A$20", "HK$".
        if single, t.allCaps, nameEnd + 1 < tokens.count, tokens[nameEnd + 1].gapBytes.first == UInt8(ascii: "$") { return nil }
        // A party named for its country: "United Russia controls the legislatures"; and a movement:
        // "Tehrik-i-Taliban Pakistan".
        if first >= 1, t.spaced, tokens[first - 1].isWord("united") || tokens[first - 1].isWord("taliban"), tokens[first - 1].capitalized { return .embedded }
        // A title before: a person ("General Igor"), not a place.
        if first > 0, lexicon.titles.contains(tokens[first - 1]), tokens[first - 1].capitalized { return nil }
        // A title and a given name before, and nothing capitalised after: the person's surname, however
        // large a city it names ("Defense Secretary Lloyd Austin", "Senator Lindsey Graham"). (The
        // given name is no English word: "President Obama's Chicago speech" keeps Chicago, and so
        // does "the Governor Visits Chicago" in a headline.) The word alone later is the person's too.
        if single, last == nameEnd, first >= 2, t.spaced {
            let given = tokens[first - 1], title = tokens[first - 2]
            if given.spaced, given.capitalized, !given.allCaps, title.capitalized, lexicon.titles.contains(title), !lexicon.englishWords.contains(given),
               nameEnd + 1 >= tokens.count || !(tokens[nameEnd + 1].capitalized && tokens[nameEnd + 1].spaced) {
                personWords.insert(tokens[nameEnd].text)
                return nil
            }
        }
        // Organisation or outlet names: a place followed by a capitalised head word ("Russia Today",
        // "Iraqi Army"), or inside "Islamic State of …" / "Operation …".
        if last == nameEnd, nameEnd + 1 < tokens.count {
            let n = tokens[nameEnd + 1]
            if n.capitalized, Tokenizer.joinable(tokens[nameEnd], n), lexicon.organisationHeads.contains(n) {
                // (A common English word before "Court" is the court's adjective, no place: "Merrimack
                // County Superior Court" does not name Superior, Wisconsin; "Oxford Police" is Oxford's.)
                if single, !t.allCaps, n.isWord("court"), lexicon.englishWords.contains(t) { return nil }
                return .embedded
            }
            // Or by a few capitalised words that end in one: "Deir ez-Zor Military Council", "Baghdad
            // Operations Command", "Kurdistan Workers' Party".
            // (Not across a function word or in an upper-case headline: "Eastern Syria As Army
            // Reaches", "EASTERN SYRIA AS ARMY REACHES".)
            var k = nameEnd + 1
            while k < tokens.count, k <= nameEnd + 3, tokens[k].capitalized, Tokenizer.joinable(tokens[k - 1], tokens[k]),
                  !lexicon.functionWords.contains(tokens[k]), tokens[k].bytes.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) {
                if k > nameEnd + 1, lexicon.organisationEnds.contains(tokens[k]) { return .embedded }
                // A school, hospital or museum named after a city ("Buffalo Science Magnet School",
                // "Buffalo Public Schools") does not make the city a person's first name; one after a
                // small town's name usually bears a person's ("Kennedy Elementary School").
                if k > nameEnd + 1, Self.institutionEnds.contains(tokens[k]), single,
                   let top = topAlone(t.text), top.place.kind == .country || top.place.kind == .admin1 || (top.place.population ?? 0) >= 100_000 {
                    return .embedded
                }
                k += 1
            }
        }
        // Outlets and titles that start with a place: a 24-hour news channel ("Kurdistan 24
        // reported", "Deir Ezzor 24"), and a place with "is" and a run of capitalised words
        // ("Raqqa is Being Slaughtered Silently", a title, not a sentence about Raqqa).
        if last == nameEnd, isOutletName(tokens, after: nameEnd) || namesBroadcaster(tokens, first, nameEnd)
            || Self.afterArabicOrganisationNoun(tokens, first) { return .embedded }
        // A tribe named like a place: "the Shammar tribe", "the Jubur clan".
        if last == nameEnd, nameEnd + 1 < tokens.count, tokens[nameEnd + 1].spaced, Self.isTribeNoun(tokens[nameEnd + 1]) { return nil }
        // "… of X" in an institution's name: "the Islamic State of Iraq", "the University of Mosul".
        // (A demonym may stand between: "the Democratic Party of Iranian Kurdistan".)
        let of = first >= 1 && tokens[first - 1].capitalized && lexicon.demonymWords.contains(tokens[first - 1]) ? first - 1 : first
        if of >= 2, tokens[of - 1].isWord("of"), Self.institutionsOf.contains(tokens[of - 2]), tokens[of - 2].capitalized,
           Self.institutionsOfAnyPlace.contains(tokens[of - 2]) || of >= 3 && tokens[of - 3].capitalized && !tokens[of - 3].isWord("the") {
            return .embedded
        }
        // (With an article after "of" too: "Wrath of the Euphrates", the SDF's Raqqa campaign.)
        if of >= 3, tokens[of - 1].isWord("the"), !tokens[of - 1].capitalized, tokens[of - 2].isWord("of"), tokens[of - 3].capitalized,
           Self.institutionsOfAnyPlace.contains(tokens[of - 3]) { return .embedded }
        // A station named for a place: "Radio Free Asia", "Radio Damascus".
        if first >= 1, t.spaced, tokens[first - 1].capitalized,
           tokens[first - 1].isWord("radio") || first >= 2 && tokens[first - 1].isWord("free") && tokens[first - 2].isWord("radio") && tokens[first - 1].spaced {
            return .embedded
        }
        // A group's cause: "the Popular Front for the Liberation of Palestine", "the Democratic
        // Forces for the Liberation of Rwanda", "the Movement for the Salvation of Azawad".
        if of >= 4, tokens[of - 1].isWord("of"), tokens[of - 2].capitalized, Self.causesOf.contains(tokens[of - 2]),
           tokens[of - 3].isWord("the"), tokens[of - 4].isWord("for") { return .embedded }
        // A mission's or force's name with "in": "the United Nations Support Mission in Libya", "the
        // Multinational Force in Iraq" (a capitalised word before the head: not "a mission in Mali").
        // (A mission's "for" too: "the United Nations Assistance Mission for Iraq".)
        if of >= 3, tokens[of - 1].isWord("in") || tokens[of - 1].isWord("for") && tokens[of - 2].isWord("mission"), !tokens[of - 1].capitalized,
           tokens[of - 2].capitalized, tokens[of - 3].capitalized,
           tokens[of - 2].isWord("mission") || tokens[of - 2].isWord("force") || tokens[of - 2].isWord("forces") { return .embedded }
        if first >= 1, tokens[first - 1].isWord("operation"), tokens[first - 1].capitalized { return .embedded }
        // An operation's name in quotes: Operation "We Are Coming, Nineveh", the SDF's "Wrath of the
        // Euphrates" operation.
        if Self.inQuotedOperationName(tokens, first, nameEnd) { return .embedded }
        // A military operation's name without "Operation", before a word for its area or its
        // forces: "the Olive Branch region" (Turkey's Afrin campaign) is no Olive Branch,
        // Mississippi; "the Peace Spring area" names no Peace River.
        if Self.namesOperation(tokens, first) { return .embedded }
        // (Nor is the rest of one a place: "Spring" of "the Peace Spring region".)
        if first >= 1, t.spaced, tokens[first - 1].capitalized && Self.namesOperation(tokens, first - 1)
            || first >= 2 && tokens[first - 1].isWord("of") && Self.namesOperation(tokens, first - 2) { return nil }
        if Self.inGroupName(tokens, first, last: nameEnd) { return .embedded }
        // A capitalised word that is also a common English word: at a sentence start, or naming only
        // a small place, it is the word.
        if single && !t.allCaps && lexicon.englishWords.contains(t) {
            guard let top = topAlone(t.text) else { return nil }
            let major = Self.majorForWord(top.place)
            // (Unless it begins a list of places of its country: "Hit and Rutba were recaptured",
            // "Hit, Haditha and Rawa".)
            if Tokenizer.startsSentence(tokens, first) && !major && !listOfCountrymenFollows(tokens, after: first, top.place) { return nil }
            // (A town of 10,000 will do where English words rarely coincide with town names, in the
            // romanised-name countries: Mocha, Yemen; the keep rules then want it in the text's
            // countries, where an unknown population is no sign of a hamlet either: `knownSmall`.)
            let floor = Self.smallTownFloor(top.place)
            // (Unless the area after a comma holds a place of the name: "Cellardyke in Fife, Scotland" names
            // the Scottish council area, not Fife, Washington.)
            // (Nor one the text plainly says is a place, "in Hurricane,": the keep rules then want a
            // place of the name next to another the text names. Not with a kind word after it,
            // which the keep rules do not read as a common word: "in Harbor City".)
            // (Nor one a plural kind word gives its kind: "the three Licking County cities of Newark,
            // Heath and Pataskala".)
            if !major && Self.knownSmall(top.place, under: floor) && !namesPlaceInAreaAfter(tokens, nameEnd, t.text),
               last > nameEnd || !saidToBePlace(tokens, first: first, last: last, hint: hint) { return nil }
        }
        // An Arabic surname or adjective of origin (a nisba: a place's name and "i") naming only a
        // small town: "Baghdadi" is the Islamic State's leader or someone from Baghdad, not
        // Baghdati, Georgia.
        if single, last == nameEnd, isNisbaOfMajorPlace(t) { return nil }
        // The second half of a double-barrelled surname after a given name: "Joaquin Navarro-Valls",
        // "Linda Thomas-Greenfield" (not when the first half is a country, a first-level area or a
        // town of 50,000, "The Syria-Turkey border", "Distance Misrata-Sirte", or ends a place's
        // name, "the Deir Ezzor-Palmyra road", nor after a function word).
        if single, last == nameEnd, first >= 2, t.gapIs("-"), tokens[first - 1].spaced, tokens[first - 1].capitalized, !tokens[first - 1].allCaps,
           tokens[first - 2].capitalized, !tokens[first - 2].allCaps, !tokens[first - 2].uncased, !lexicon.functionWords.contains(tokens[first - 2]),
           !lexicon.titles.contains(tokens[first - 2]), !lexicon.demonymWords.contains(tokens[first - 2]),
           first < 3 || !tokens[first - 2].spaced || !tokens[first - 3].isWord("of"),
           !(topAlone(tokens[first - 1].text).map { $0.place.kind == .country || $0.place.kind == .admin1 || ($0.place.population ?? 0) >= 50_000 } ?? false),
           topAlone(Self.span(tokens, first - 2, first - 1)) == nil {
            // (The same word later is the person too: "Navarro-Valls also said".)
            personWords.insert(t.text)
            return nil
        }
        // A faith's or sect's adjective before a lower-case word names no place: "Christian towns in
        // the Al-Ghab Plain" (no Christian County), "Druze villages", "Sunni areas".
        if single, last == nameEnd, Self.faithAdjectives.contains(t), nameEnd + 1 < tokens.count, tokens[nameEnd + 1].spaced,
           !tokens[nameEnd + 1].capitalized { return nil }
        // A place after "pro-" or "anti-" is a noun modifier, as "US-led" is: "pro-Damascus militias".
        if first >= 1, t.gapIs("-"), tokens[first - 1].isWord("pro") || tokens[first - 1].isWord("anti") { return nil }
        // A word before "Abdul-…", "Abdel-…" or "Abd" is a given name, and a word joined to one by
        // a hyphen its bearer's: "Qassim Abdul-Zahra" names no Al-Qassim Region and no al-Zahraa.
        // (Not a country: "Jordan Abdullah" is no such name.)
        if single, last == nameEnd, nameEnd + 1 < tokens.count, tokens[nameEnd + 1].spaced, tokens[nameEnd + 1].capitalized,
           Self.servantOfWords.contains(tokens[nameEnd + 1]), topAlone(t.text)?.place.kind != .country {
            return nil
        }
        if first >= 1, t.gapIs("-"), tokens[first - 1].capitalized, Self.servantOfWords.contains(tokens[first - 1]) { return nil }
        // A kunya and a nisba: "Abu" or "Umm" and a word, then an article joined to a capitalised
        // word, is a person's name ("Abu Ali al-Anbari" is no Āb‘alī, Iran; "Abu Kamal" alone stays
        // the town), unless the two words name a major place.
        if nameEnd == first + 1, last == nameEnd, t.capitalized, t.isWord("abu") || t.isWord("abou") || t.isWord("umm"),
           nameEnd + 2 < tokens.count, tokens[nameEnd + 1].spaced, !tokens[nameEnd + 1].capitalized, Self.hyphenatedArticle(tokens, nameEnd + 1),
           !Self.arabicPartAdjectives.contains(tokens[nameEnd + 2]),
           !(topAlone(Self.span(tokens, first, nameEnd)).map { Self.isMajor($0.place) } ?? false) {
            return nil
        }
        // Next to another capitalised word that is not a kind word: part of a person's name
        // ("Igor Konashenkov", "Michael Jones"), unless the place is a country or admin1 area.
        // "al-Abadi" after "Haider" is one name word too: an article and a word.
        let articleAndWord = nameEnd == first + 1 && lexicon.arabicArticles.contains(t)
        if (single || articleAndWord) && last == nameEnd {
            // (Not in a script without case, where every word is "capitalised": "الميادين الرقة".)
            let nextCap = nameEnd + 1 < tokens.count && tokens[nameEnd + 1].capitalized && !tokens[nameEnd + 1].uncased && !tokens[nameEnd + 1].allCaps
                && tokens[nameEnd + 1].spaced && !lexicon.kindWords.contains(tokens[nameEnd + 1])
                && !lexicon.titles.contains(tokens[nameEnd + 1]) && !lexicon.organisationHeads.contains(tokens[nameEnd + 1])
                && !lexicon.municipalNouns.contains(tokens[nameEnd + 1])
                // (A weekday or month after a place is a date: "attacked Tikrit Tuesday".)
                && !lexicon.calendarWords.contains(tokens[nameEnd + 1])
            // A word and an article joined to a capitalised word, the gazetteer knowing no name of
            // them all: a person's name too ("Bashar al-Assad", "Haider al-Abadi").
            let nextArticle = nameEnd + 2 < tokens.count && tokens[nameEnd + 1].spaced && !tokens[nameEnd + 1].capitalized
                && Self.hyphenatedArticle(tokens, nameEnd + 1)
            // A capitalised word that can stand in a person's or group's name before this one.
            func nameWord(_ k: Int) -> Bool {
                tokens[k].capitalized && !tokens[k].uncased && !tokens[k].allCaps && !lexicon.functionWords.contains(tokens[k]) && !lexicon.titles.contains(tokens[k])
                    && lexicon.directions[tokens[k].folded] == nil && !lexicon.kindPrefixes.contains(tokens[k])
                    // (Nor "Village" or "Camp": "SOS Children's Village Malakal" names Malakal.)
                    && !tokens[k].isWord("village") && !tokens[k].isWord("camp")
            }
            let prevCap = first > 0 && t.spaced && nameWord(first - 1)
            // The same before an article the name was found without: "Asaib Ahl al-Haq" (found as
            // "Haq", a town in Iran).
            let articleCutAfterName = single && first >= 2 && tokens[first - 1].spaced && Self.hyphenatedArticle(tokens, first - 1) && nameWord(first - 2)
            // After a middle initial ("Derek D. Moore"): a surname.
            let afterInitial = first >= 2 && t.gapIs(". ") && tokens[first - 1].end - tokens[first - 1].start == 1
                && tokens[first - 1].capitalized && tokens[first - 1].spaced && tokens[first - 2].capitalized
            // Before a verb of speaking and not after a preposition ("Nelson said", not "in Nelson said"):
            // a person speaking.
            let speaks = nameEnd + 1 < tokens.count && tokens[nameEnd + 1].spaced && lexicon.speechVerbs.contains(tokens[nameEnd + 1])
                && !(first > 0 && lexicon.functionWords.contains(tokens[first - 1]))
            // An article and a word after a capitalised word continue an Arabic name, a person's or a
            // group's, whatever place the word alone names: "Haider al-Abadi", "Hayat Tahrir al-Sham",
            // "Liwa al-Quds".
            // The word is the person's later in the text too: "Abu Bakr al-Baghdadi … Baghdadi had
            // declared" (Baghdati, Georgia, by an alternate). But not a city of 100,000 or more that
            // the word names by its own name: a town named after it, "Amiriyat al-Fallujah", leaves
            // "Fallujah" said alone the city.
            // In a headline every word is capitalised: a capitalised neighbour that is a common
            // English word names no person there ("Syrian Army Liberates Al-Mayadeen From ISIS"),
            // while one that is not still does ("Warren Buffett Buys …", "Bashar Al-Assad Visits …").
            // (The line is scanned only when a neighbour is capitalised.)
            let headline = (nextCap || prevCap || articleCutAfterName) && Tokenizer.inHeadline(tokens, first)
            func nameNeighbour(_ k: Int) -> Bool { !headline || !lexicon.englishWords.contains(tokens[k]) }
            let prevName = prevCap && nameNeighbour(first - 1)
            let nextName = nextCap && nameNeighbour(nameEnd + 1)
            if articleAndWord && prevName {
                if !Self.isLargeCityByItsName(topAlone(tokens[nameEnd].text)) { personWords.insert(tokens[nameEnd].text) }
                return nil
            }
            if articleCutAfterName && nameNeighbour(first - 2) { return nil }
            // Before an age between commas: a person ("Her eldest, Harrison, 8, held …").
            let age = nameEnd + 2 < tokens.count && tokens[nameEnd + 1].gapIs(", ") && tokens[nameEnd + 2].gapFirstByte == UInt8(ascii: ",")
                && tokens[nameEnd + 1].isNumber(digits: 3)
            if nextName || prevName || nextArticle || afterInitial || speaks || age {
                let name = Self.span(tokens, first, nameEnd)
                let top = topAlone(name)
                // (A large city counts as written only, by its own name or one of a country's or a
                // first-level area's, or a national capital by a spelling of its name ("Kiev says"):
                // "Bashar" shares a transliteration key with Basrah, and "Bashar al-Assad" is a person;
                // "Chu" is an alternate of Quzhou, and "Steven Chu" a person, while "Racing Victoria"
                // does not make Victoria, Australia, a first name. A curated place is itself, but a sea
                // before capitalised words names something else: "Pacific Decadal Oscillation".)
                // (A country or first-level area matched only by a transliteration key is no reason
                // to keep the word: "Qassem Soleimani" is a person, not Al-Qassim Region; nor a
                // curated place so matched: "al-Assadi said" is no Saadiya.)
                // (Nor a first-level area outside the Arabic-speaking world before an article and a
                // word: "Sabah al-Numan" is a spokesman, not the Malaysian state.)
                if let top, top.match == .key
                    || nextArticle && top.place.kind == .admin1 && !lexicon.arabicSpeaking.contains(top.place.country)
                    || top.place.kind != .country && top.place.kind != .admin1
                    && (!top.place.isCurated || top.place.kind == .sea)
                    && ((top.place.population ?? 0) < 500_000 || top.match == .key
                        || !Self.namesItself(top) && !namesAreaItself(name) && !Self.capitalByItsSpelling(top)) {
                    personWords.insert(name)
                    return nil
                }
                // A country whose name is also a given name, before a capitalised word that is no
                // English word, is a person: "Chad LaBumbard, technical director", "Jordan Henderson"
                // (not "Jordan Valley", "Georgia Tech").
                if single, nextName, let top, top.place.kind == .country, lexicon.givenNameCountries.contains(t),
                   !lexicon.englishWords.contains(tokens[nameEnd + 1]) {
                    personWords.insert(name)
                    return nil
                }
                // A first-level area stays, for now: the keep rules drop it if it lies outside the
                // text's countries ("Keith Paul" in a US paper is no Cape Verdean municipality). (Not a
                // country: "Neighbouring Israel", "Sweden announced", "the US Centers for Disease Control".)
                if let top, top.place.kind == .admin1, !speaks { besidePerson = true }
            }
        }
        return .place
    }

    /// Whether a capitalised ASCII word ending in "i" names no more than a town under 20,000, and
    /// without its "i" names a country, a first-level area or a city of 100,000 or more by its own
    /// name: an Arabic nisba ("Baghdadi", "Anbari"), a person's name or an origin, not the small
    /// namesake. (A word naming a larger place is left to the other rules: "Delhi", "Mali", and
    /// "Homsi", an alternate of Homs.)
    /// (The word's shape is told in line, where most candidates stop; the lookups out of line.)
    @inline(__always)
    func isNisbaOfMajorPlace(_ t: Token) -> Bool {
        guard t.ascii, !t.allCaps, t.byteEnd - t.byteStart >= 5, t.base[Int(t.byteEnd) - 1] == UInt8(ascii: "i") else { return false }
        return nisbaNamesMajorPlace(t.text)
    }

    /// The lookups of ``isNisbaOfMajorPlace(_:)`` for a word of its shape.
    @inline(never)
    private func nisbaNamesMajorPlace(_ word: String) -> Bool {
        guard let top = resolveAlone(word, hint: nil), top.place.kind == .city, (top.place.population ?? 0) < 20_000,
              let stem = resolveAlone(String(word.dropLast()), hint: nil) else { return false }
        // (The stem matched as written, not by a transliteration key only: "Ubaydi" is a town by
        // al-Qaim, though "Ubayd" shares a key with El Obeid, Sudan; and by the place's own name,
        // not another alternate: "Amedi" is Amadiya, though "Amed" is Diyarbakır in Kurdish.)
        return stem.match == .alias && Self.isMajor(stem.place) && Self.namesByItsName(stem)
    }

    /// Whether a word is a noun that makes the name before it a tribe's ("the Shammar tribe"),
    /// compared in place.
    static func isTribeNoun(_ t: Token) -> Bool {
        t.isWord("tribe") || t.isWord("tribes") || t.isWord("clan") || t.isWord("clans")
    }

    /// Whether a resolution is a city of 100,000 or more matched by its own name, its article
    /// and spelling aside ("Fallujah" for Al Fallūjah; not "Sadr" for Sadr City).
    static func isLargeCityByItsName(_ r: Resolution?) -> Bool {
        guard let r else { return false }
        return r.place.kind == .city && isMajor(r.place) && namesByItsName(r)
    }

    /// Whether a resolution matched its place's own name, folded or by its transliteration key
    /// (article and spelling aside: "Fallujah" for Al Fallūjah), not another alternate ("Sadr"
    /// for Sadr City, "Amed" for Diyarbakır).
    static func namesByItsName(_ r: Resolution) -> Bool {
        namesItself(r) || TransliterationKey.key(r.matched) == TransliterationKey.key(r.place.name)
    }

    /// Whether a name matched a national capital by a spelling of its name (an alternate that
    /// resembles it, as English exonyms do): "Kiev says" is Kyiv speaking, as "Moscow says" is
    /// Moscow, not a person named Kiev.
    static func capitalByItsSpelling(_ r: Resolution) -> Bool {
        r.place.isNationalCapital && r.match == .alias && r.matchedResemblesName
    }

    /// Prepositions that put what follows them in a place: "in Charleston", "near DeKalb".
    static let placePrepositions: WordSet = ["in", "near", "outside", "throughout", "across", "toward", "towards", "around"]

    /// Words for the ground of a part of a place, before its direction: "the mountainous north".
    static let groundWords: WordSet = ["mountainous", "rugged", "restive", "remote", "rural", "volatile", "hilly", "arid", "populated", "besieged", "encircled", "embattled", "liberated"]

    /// Second halves of a compound that says who holds a part: "rebel-held", "Turkish-controlled".
    static let holderWords: WordSet = ["held", "controlled", "occupied", "dominated", "run", "led", "backed"]

    /// The first token of a modifier of a part's direction that ends at token `k`: a word of
    /// ``groundWords``, or a compound of a word, a hyphen and a word of ``holderWords``
    /// ("rebel-held", "Kurdish-led"); nil for any other word.
    static func partModifierStart(_ tokens: [Token], endingAt k: Int) -> Int? {
        guard k >= 1, !tokens[k].capitalized else { return nil }
        if tokens[k].spaced { return groundWords.contains(tokens[k]) ? k : nil }
        guard holderWords.contains(tokens[k]), Tokenizer.isHyphen(tokens[k].gapBytes, enDash: true), tokens[k - 1].spaced else { return nil }
        return k - 1
    }

    /// Whether the text plainly says candidate `c` is a place: a kind hint ("the city of X"), a
    /// dateline, or a preposition of place before it with the name's phrase ending there (not
    /// "in Nelson's office", nor "in Fairfield hearing", where the name is a noun's modifier, a
    /// defendant's in that headline). A capitalised direction before the name is read with it:
    /// "in South West England,".
    func saidToBePlace(_ tokens: [Token], _ c: Candidate) -> Bool {
        saidToBePlace(tokens, first: c.qualifierCapitalised ? c.qualifierFirst ?? c.first : c.first, last: c.last, hint: c.hint)
    }

    /// ``saidToBePlace(_:_:)`` for the name at tokens `first...last` with kind hint `hint`.
    func saidToBePlace(_ tokens: [Token], first: Int, last: Int, hint: PlaceKind?) -> Bool {
        if hint != nil || Self.inDateline(tokens, first) || appositiveNamesPlace(tokens, after: last) { return true }
        guard first >= 1, tokens[first].spaced, !tokens[first - 1].capitalized, Self.placePrepositions.contains(tokens[first - 1]) else { return false }
        guard last + 1 < tokens.count else { return true }
        let next = tokens[last + 1]
        // (Punctuation, a capitalised word, a function word or a verb of saying or reporting after
        // it: the phrase ends there. "Hospitals in England reported more cases".)
        // (Not a possessive: "in Charleston's", "in Flores' honor".)
        return !next.spaced ? !Tokenizer.gapStartsWithApostrophe(next)
            : next.capitalized || lexicon.functionWords.contains(next) || lexicon.calendarWords.contains(next) || lexicon.reportVerbs.contains(next)
    }

    /// Whether a comma and an appositive that calls the name a place follow token `last`: an
    /// article, at most two more lower-case words, and a noun for a place, which ends its noun
    /// phrase ("Sake, a town about 25 km west of Goma", "Gharyan, a hilltop town", "Rubaya, the
    /// mining town where …"; not "Hope, a city councilwoman" or "Clay, a town hall regular").
    func appositiveNamesPlace(_ tokens: [Token], after last: Int) -> Bool {
        let a = last + 1
        guard a < tokens.count, Self.joinsByComma(tokens[a]), !tokens[a].capitalized,
              tokens[a].isWord("a") || tokens[a].isWord("an") || tokens[a].isWord("the") else { return false }
        var k = a + 1
        while k < tokens.count, k <= a + 3, tokens[k].spaced, !tokens[k].capitalized {
            if Self.appositivePlaceNouns.contains(tokens[k]) {
                // (The noun ends the phrase: punctuation, a number, a function word or a direction
                // after it, or the text's end.)
                guard k + 1 < tokens.count, tokens[k + 1].spaced, !tokens[k + 1].capitalized else { return true }
                let next = tokens[k + 1]
                return next.bytes.first.map { $0 &- 0x30 < 10 } == true || lexicon.functionWords.contains(next) || lexicon.directionWords.contains(next)
            }
            k += 1
        }
        return false
    }

    /// Nouns for a place that an appositive calls a name (``appositiveNamesPlace(_:after:)``).
    static let appositivePlaceNouns: WordSet = ["town", "city", "village", "hamlet", "district", "province", "region", "suburb", "port", "neighbourhood", "neighborhood"]

    /// Whether the one-word name at `first` opens a dateline: the text's or a line's first word,
    /// followed by a bracket, comma or dash ("ADEN (AP) —", "GAZA, March 3 —").
    static func opensDateline(_ tokens: [Token], _ first: Int) -> Bool {
        // (After a caption's number too: "5. HIT, IRAQ —".)
        let numbered = first >= 1 && tokens[first].gapIs(". ") && (first == 1 || tokens[first - 1].startsLine)
            && tokens[first - 1].isNumber(digits: 2)
        guard first == 0 || tokens[first].startsLine || numbered else { return false }
        return endsDatelineCity(tokens, first, joined: 0)
    }

    /// Whether token `first` is a dateline's place: one that opens it (``opensDateline(_:_:)``), or
    /// an upper-case city after a slash in one ("KYIV" in "MOSCOW/KYIV (Reuters) -").
    static func inDateline(_ tokens: [Token], _ first: Int) -> Bool {
        var s = first
        while s >= 1, s > first - 2, tokens[s].gapIs("/"), isUpperCaseWord(tokens[s]), isUpperCaseWord(tokens[s - 1]) { s -= 1 }
        return opensDateline(tokens, s)
    }

    /// Whether token `k` is followed by what ends a dateline's place: "(", ",", a dash, or a slash
    /// and another upper-case city that is ("BAKU/YEREVAN (Reuters) -", "MOSCOW/KYIV, March 3 -").
    private static func endsDatelineCity(_ tokens: [Token], _ k: Int, joined: Int) -> Bool {
        guard k + 1 < tokens.count else { return false }
        let gap = tokens[k + 1].gapBytes
        guard let j = gap.firstIndex(where: { $0 != 0x20 }) else { return false }
        switch gap[j] {
        case 0x28, 0x2C, 0x2D: return true                        // ( , -
        case 0xE2: return j + 2 < gap.count && gap[j + 1] == 0x80 && (gap[j + 2] == 0x93 || gap[j + 2] == 0x94)   // – —
        case 0x2F:                                                  // /
            // (Both cities in capitals, a slash alone between them; at most three cities.)
            guard gap.count == 1, joined < 2, isUpperCaseWord(tokens[k]), isUpperCaseWord(tokens[k + 1]) else { return false }
            return endsDatelineCity(tokens, k + 1, joined: joined + 1)
        default: return false
        }
    }

    /// Whether a word is written in capitals with no lower-case letter ("BAKU", "YEREVAN").
    private static func isUpperCaseWord(_ t: Token) -> Bool {
        t.capitalized && !t.uncased && !t.bytes.contains(where: { $0 &- 0x61 < 26 })
    }

    /// Whether a name is one of a hyphenated pair before a border word: "Syria" and "Iraq" in "the
    /// Syria-Iraq border", "Yemen" and "Saudi Arabia" in "the Yemen–Saudi Arabia frontier".
    static func nameOfBorderPair(_ tokens: [Token], _ c: Candidate) -> Bool {
        func dash(_ k: Int) -> Bool { k < tokens.count && !tokens[k].spaced && Tokenizer.isHyphen(tokens[k].gapBytes, enDash: true) }
        func borderWord(_ k: Int) -> Bool { k < tokens.count && tokens[k].spaced && borderWords.contains(tokens[k]) }
        // The first of the pair: a dash, up to three capitalised words, the border word.
        if dash(c.last + 1), tokens[c.last + 1].capitalized {
            var k = c.last + 2
            while k < tokens.count, k <= c.last + 3, tokens[k].spaced, tokens[k].capitalized { k += 1 }
            if borderWord(k) { return true }
        }
        // The second: a capitalised word and a dash before it, the border word after it.
        return c.first >= 1 && dash(c.first) && tokens[c.first - 1].capitalized && borderWord(c.last + 1)
    }

    /// Whether a gap is an apostrophe and one space: a possessive after a word ending in s
    /// ("the Euphrates' eastern bank").
    static func isTrailingApostrophe(_ g: UnsafeBufferPointer<UInt8>) -> Bool {
        // ' (1 byte) or ’ (E2 80 99), then a space.
        (g.count == 2 && g[0] == 0x27 && g[1] == 0x20) || (g.count == 4 && g[0] == 0xE2 && g[1] == 0x80 && g[2] == 0x99 && g[3] == 0x20)
    }

    /// Qualifiers before the name ("western Iraq", "the western part of Iraq", "border areas of
    /// Iraq") and relations ("east of the Euphrates", "the eastern bank of the Euphrates").
    func attachQualifier(_ tokens: [Token], _ c: Candidate) {
        if tokens[c.first].uncased, attachArabicDirection(tokens, c) { return }
        let f = c.article ?? c.first
        func word(_ k: Int, _ w: StaticString) -> Bool { k >= 0 && tokens[k].isWord(w) }
        func word(_ k: Int, in set: WordSet) -> Bool { k >= 0 && set.contains(tokens[k]) }
        func direction(_ k: Int) -> String? {
            // (Most words are no part of a direction: told by key, with no text built.)
            guard k >= 0, lexicon.directionWords.contains(tokens[k]) else { return nil }
            // "north-western" is two tokens joined by a hyphen.
            if k >= 1, tokens[k].gapIs("-"), let d = lexicon.directions["\(tokens[k - 1].folded)-\(tokens[k].folded)"] { return d }
            return lexicon.directions[tokens[k].folded]
        }
        func directionStart(_ k: Int) -> Int { k >= 1 && tokens[k].gapIs("-") && lexicon.directionWords.contains(tokens[k]) && lexicon.directions["\(tokens[k - 1].folded)-\(tokens[k].folded)"] != nil ? k - 1 : k }
        // After the name, a possessive and a bare direction: "Syria's north-east", "Iraq's west".
        // The possessive is "'s", or an apostrophe alone after a name ending in s ("the Euphrates'
        // eastern bank"); `p` is its last token.
        let l = c.last
        let p: Int
        if l + 1 < tokens.count, tokens[l + 1].isWord("s"), Tokenizer.isPossessive(tokens[l + 1]) {
            p = l + 1
        } else if l + 1 < tokens.count, tokens[l].bytes.last == UInt8(ascii: "s"), Self.isTrailingApostrophe(tokens[l + 1].gapBytes) {
            p = l
        } else {
            p = -1
        }
        if p >= 0, p + 1 < tokens.count, p == l || tokens[p + 1].spaced,
           !tokens[p + 1].capitalized, !tokens[p + 1].folded.hasSuffix("ern") {
            let hyphenated = p + 2 < tokens.count && tokens[p + 2].gapIs("-") ? lexicon.directions["\(tokens[p + 1].folded)-\(tokens[p + 2].folded)"] : nil
            let end = hyphenated == nil ? p + 1 : p + 2
            // Only where the phrase ends: in "Syria's northwest province of Idlib" the direction is Idlib's.
            let phraseEnds = end + 1 >= tokens.count || !tokens[end + 1].spaced || tokens[end + 1].capitalized
                || (lexicon.functionWords.contains(tokens[end + 1]) && !tokens[end + 1].isWord("of"))
            if phraseEnds, let d = hyphenated ?? lexicon.directions[tokens[p + 1].folded], d != "central" {
                c.qualifier = d
                c.qualifierLast = end
                return
            }
        }
        // A possessive, a direction adjective and a word for part of a country: "Iraq's western
        // desert", "Syria's eastern provinces" (not "Syria's northern city of Manbij": a kind of
        // place is a place of its own).
        // (A bare direction before a bank too: "the Euphrates' west bank".)
        let bank = p >= 0 && p + 2 < tokens.count && (tokens[p + 2].isWord("bank") || tokens[p + 2].isWord("banks"))
        if p >= 0, p + 2 < tokens.count, p == l || tokens[p + 1].spaced,
           !tokens[p + 1].capitalized, tokens[p + 1].folded.hasSuffix("ern") || tokens[p + 1].isWord("central") || bank,
           let d = lexicon.directions[tokens[p + 1].folded], tokens[p + 2].spaced, Self.partNouns.contains(tokens[p + 2]),
           p + 3 >= tokens.count || !tokens[p + 3].isWord("of") {
            // (Its outskirts, edge or bank lie around it: "Hawija's western outskirts", "the
            // Euphrates' eastern bank" are relations.)
            if bank || tokens[p + 2].isWord("outskirts") || tokens[p + 2].isWord("edge") {
                c.relation = d
                return
            }
            c.qualifier = d
            c.qualifierLast = p + 2
            return
        }
        // "the Syria-Iraq border", "the Yemen–Saudi Arabia frontier": both names' border areas.
        if Self.nameOfBorderPair(tokens, c) {
            c.qualifier = "border"
            return
        }
        // "the Iran border", "the Lebanon frontier": a country's border areas.
        if f >= 1, tokens[f - 1].isWord("the"), Self.borderWordFollows(tokens, c.last), c.role == .place,
           gazetteer.candidates(c.text).first?.place.kind == .country {
            c.qualifier = "border"
            return
        }
        // Skip an article between "of" and the name, and a modifier after it: "the northern part of
        // the occupied Golan", "the east of the rebel-held Idlib" (a word of ``groundWords`` or
        // ``holderWords`` alone, or such a compound).
        var k = f - 1
        if k >= 1, tokens[f].spaced, !tokens[k].capitalized {
            let alone = tokens[k].spaced && Self.holderWords.contains(tokens[k]) ? k : nil
            if let m = Self.partModifierStart(tokens, endingAt: k) ?? alone, word(m - 1, "the") { k = m - 1 }
        }
        if word(k, "the") { k -= 1 }
        // Directly before: "western Iraq" (adjective forms only; "North Korea" is a name).
        // A bare direction in lower case reads as one too: "north-west Syria", "east Aleppo".
        // Only within one phrase: not "… to the north. Yemen's government …".
        // A capitalised bare direction before a major place the gazetteer knows no name of both
        // with is one too: "West Mosul", "East Aleppo", "North Syria" ("North Korea", "South
        // Sudan" and "West Bank" are names, found whole; a small place keeps the word apart, as a
        // direction would otherwise make a stray word look said to be a place).
        // (Hyphenated too: "North-east Syria", "South-West Syria".)
        // (Where a direction before the name would start, worked out once; read only for f ≥ 1.)
        let dStart = f >= 1 ? directionStart(f - 1) : f
        // (A four-letter direction in capitals reads as an acronym, except before a name in capitals:
        // a headline's "WEST MOSUL".)
        let capitalBareOfMajor = tokens[f].spaced && f >= 1 && tokens[dStart].capitalized && (!tokens[dStart].allCaps || Self.isUpperCaseWord(tokens[f]))
            && !tokens[f - 1].folded.hasSuffix("ern") && direction(f - 1) != nil && c.role == .place
            && gazetteer.candidates(c.text).first.map { Self.isMajor($0.place) && $0.match == .alias } == true
        // (Two such words, spaced, are one diagonal: "South West England", "North East Syria".)
        if capitalBareOfMajor, f >= 2, tokens[f - 1].spaced, tokens[f - 2].capitalized, !tokens[f - 2].allCaps,
           tokens[f - 2].isWord("north") || tokens[f - 2].isWord("south"), tokens[f - 1].isWord("east") || tokens[f - 1].isWord("west"),
           let d = lexicon.directions[tokens[f - 2].folded + tokens[f - 1].folded] {
            c.qualifier = d
            c.qualifierCapitalised = true
            c.qualifierFirst = f - 2
            return
        }
        if tokens[f].spaced, let d = direction(f - 1),
           tokens[f - 1].folded.hasSuffix("ern") || d == "central" || !tokens[dStart].capitalized || capitalBareOfMajor,
           !tokens[f - 1].capitalized || Tokenizer.startsSentence(tokens, f - 1) || c.role == .place {
            // (A capitalised adjective mid-sentence too, the gazetteer knowing no name of both: "in
            // Eastern Homs", as some agencies write it; "Eastern Ghouta" and "Northern Ireland" are
            // names and never reach here.)
            if !(tokens[f - 1].capitalized && !Tokenizer.startsSentence(tokens, f - 1)) || tokens[f - 1].folded.hasSuffix("ern") && !tokens[f - 1].allCaps
                || capitalBareOfMajor {
                c.qualifier = d
                c.qualifierCapitalised = capitalBareOfMajor
                c.qualifierFirst = dStart
                return
            }
        }
        // "eastern rural Deir ez-Zor", as SANA and Fars write it: the countryside's east.
        if tokens[f].spaced, word(f - 1, "rural"), tokens[f - 1].spaced, let d = direction(f - 2), tokens[f - 2].folded.hasSuffix("ern") {
            c.qualifier = d
            c.qualifierFirst = directionStart(f - 2)
            return
        }
        // "north of the town of al-Mayadeen": the kind phrase between is skipped.
        if word(k, "of"), word(k - 1, in: Self.kindNounsBeforeOf),
           word(k - 2, "the"), word(k - 3, "of") {
            k -= 3
        }
        // So is "the capital" before the capital's name: "120 km east of the capital, Sanaa",
        // "north of the capital Mogadishu".
        else if word(k, "capital"), tokens[f].spaced || tokens[f].gapIs(", "), word(k - 1, "the"), word(k - 2, "of") {
            k -= 2
        }
        // "border areas" ending at token `b`.
        func borderAreas(endingAt b: Int) -> Bool {
            word(b, in: Self.areaNouns) && word(b - 1, in: Self.borderWords)
        }
        // "border areas between Iraq and Syria": both names' border areas.
        if word(k, "between"), borderAreas(endingAt: k - 1) {
            c.qualifier = "border"
            c.qualifierFirst = k - 2
            return
        }
        if word(f - 1, "and") {
            var b = f - 2
            while b > f - 8, b >= 3, !word(b, "between") { b -= 1 }
            if b >= 2, word(b, "between"), borderAreas(endingAt: b - 1) {
                c.qualifier = "border"
                return
            }
            // "the border areas of Syria and Iraq": the second name's too (a name of up to four
            // words between "of" and "and").
            b = f - 2
            // (A word after a hyphenated article is capitalised: the article is the one case to add.)
            while b > f - 6, b >= 2, tokens[b].capitalized || Self.hyphenatedArticle(tokens, b) { b -= 1 }
            if b < f - 2, b >= 2, word(b, "of"), borderAreas(endingAt: b - 1) || word(b - 1, "the") && borderAreas(endingAt: b - 2) {
                c.qualifier = "border"
                return
            }
        }
        guard word(k, "of") else { return }
        let of = k
        // "(in) the east of X": the eastern part, a qualifier; "east of (the) X", "to the east of X":
        // outside it, a relation.
        if let d = direction(of - 1), !tokens[of - 1].folded.hasSuffix("ern") {
            var dStart = directionStart(of - 1)
            // "the far west of Anbar", "the extreme north of Syria".
            if word(dStart - 1, "far") || word(dStart - 1, "extreme") || word(dStart - 1, "deep") { dStart -= 1 }
            // "the mountainous north of Iraq", "the rebel-held north of Syria", "the
            // Turkish-controlled north of Aleppo province": a word for the part's ground or its
            // holder, between the article and the direction.
            else if let m = Self.partModifierStart(tokens, endingAt: dStart - 1) { dStart = m }
            if word(dStart - 1, "the"), !word(dStart - 2, "to") {
                c.qualifier = d
                c.qualifierFirst = dStart - 1
            } else {
                c.relation = d
            }
            return
        }
        // "the centre of Mosul", "the heart of Raqqa": its central part (the mention starts at the
        // noun, as "western part of Iraq" does).
        if of >= 2, word(of - 2, "the"), !tokens[of - 1].capitalized,
           word(of - 1, "centre") || word(of - 1, "center") || word(of - 1, "heart") {
            c.qualifier = "central"
            c.qualifierFirst = of - 1
            return
        }
        // "(the) western part(s)/region/areas of (the) X": qualifier; "bank/side/shore/outskirts": relation.
        // (One province is the name itself: "the northern province of Saada" is Saada province, which
        // lies in the north, as "Syria's northern city of Manbij" is Manbij.)
        let noun = of >= 1 ? tokens[of - 1].folded : ""
        if let d = direction(of - 2) {
            // (Not a list the plural names as areas of its kind: in "the south-western provinces of
            // Daraa and Quneitra" the provinces lie in the south-west, Daraa is no part of itself.)
            if c.hint == .admin1 && (noun == "provinces" || noun == "governorates" || noun == "regions") { return }
            if ["part", "parts", "region", "regions", "area", "areas", "half", "portion", "corner", "tip", "reaches", "provinces", "countryside",
                "districts", "suburbs", "neighbourhoods", "neighborhoods", "quarters", "sector", "sectors", "desert"].contains(noun) {
                c.qualifier = d
                c.qualifierFirst = directionStart(of - 2)
            } else if ["bank", "banks", "side", "shore", "outskirts", "edge", "flank", "border"].contains(noun) {
                c.relation = d
                // (A side of a town or an area is a part of it, told once it is resolved: "the eastern
                // side of Mosul"; of a river, a bank.)
                if noun == "side" { c.sideStart = directionStart(of - 2) }
            }
            return
        }
        if borderAreas(endingAt: of - 1) {
            c.qualifier = "border"
            c.qualifierFirst = of - 2
            return
        }
        if ["outskirts", "vicinity"].contains(noun) { c.relation = "near" }
    }
}
