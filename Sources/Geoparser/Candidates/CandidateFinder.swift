import Gazetteer

extension Geoparser {
    static let maxNameTokens = 6

    /// The first name of the list a name at token `i` ends ("… and Homs", "…, Jordan and Saudi
    /// Arabia"): back from the last name found, over names joined by ", " or " and ", up to four;
    /// nil when the name does not follow one so.
    static func listHead(_ tokens: Tokens, _ found: [Candidate], before i: Int) -> Candidate? {
        func joins(_ a: Candidate, _ next: Int) -> Bool {
            a.last == next - 2 && tokens[next - 1].isWord("and") && tokens[next - 1].spaced && tokens[next].spaced
                || a.last == next - 1 && tokens[next].gapIs(", ")
        }
        var next = i
        var head: Candidate?
        // (By index, from the end: a reversed, truncated view retained and released each candidate.)
        var k = found.count - 1
        while k >= 0, k >= found.count - 4 {
            let a = found[k]
            guard joins(a, next) else { break }
            head = a
            next = a.article ?? a.first
            k -= 1
        }
        return head
    }

    /// Candidate names: gazetteer matches that pass the place-or-not rules, with qualifiers,
    /// relations and kind hints attached.
    func findCandidates(_ tokens: Tokens, text: String, options: GeoparseOptions) -> [Candidate] {
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
        // The last capitalised word: a lower-case word starts a name only before a capitalised
        // one, so past it none starts, and before it every run of lower-case words ends at one.
        var lastCapital = tokens.count - 1
        while lastCapital >= 0 && !tokens[lastCapital].capitalized { lastCapital -= 1 }
        prefetchLookups(tokens, through: lastCapital)
        var i = 0
        while i < tokens.count {
            // Most words start nothing: skip them without copying the token.
            // (A word before a lower-case word starts no name: a run of such words is passed over
            // by their flags alone, read in place with no bound to test, as a capitalised word
            // ends it; the word before that one is asked, as an article may start a name.)
            if !tokens[i].capitalized {
                guard i < lastCapital else { break }
                i = tokens.withUnsafeBufferPointer { words in
                    var k = i
                    while !words[k + 1].capitalized { k += 1 }
                    return k
                }
                if !canStartName(tokens, i) {
                    i += 1
                    continue
                }
            }
            // (It reaches the name across articles: "Jabal al-Zawiya".)
            // (Asked only where a name may start: once a word between is no article it stays so.)
            if let p = featurePrefix, !((p.last + 1)..<i).allSatisfy({ lexicon.arabicArticles.contains(tokens[$0]) }) { featurePrefix = nil }
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
                    && !(next < tokens.count && tokens[next].capitalized && Self.joinsNext(tokens, last) && lexicon.organisationHeads.contains(tokens[next]))
                // Not reported, it still counts towards the focus, with `--demonyms` as without.
                let c = Candidate(first: i, last: last, text: Self.span(tokens, i, last), hint: nil, role: report ? .demonym : .focusOnly, demonymCountry: d.country)
                if !d.id.isEmpty { c.demonymPlace = d.id }
                out.append(c)
                i = next
                continue
            }
            // A function word or month that cannot start a longer name ("The", "In", "May" before a
            // lower-case word) is never a place alone (see `decide`): no lookup.
            // (The word's memberships, looked up once: here, for the rules below, and by `decide`.)
            let calendarWord = lexicon.calendarWords.contains(t), functionWord = lexicon.functionWords.contains(t)
            if (calendarWord || functionWord && !t.allCaps) && !canExtend(tokens, i) {
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
            // (A word the gazetteer knows only with "airport" after it starts a name too: "the Hamdan
            // airport", see ``curatedAirportFollows(_:first:last:)``.)
            // (A lower-case word here was found to start a name above; a capitalised one starts one
            // unless it is a possessive's "S", as ``canStartName(_:_:)`` tells.)
            guard let (match, shortKey) = !t.capitalized || !Tokenizer.isPossessiveS(tokens, i) ? longestMatch(tokens, from: i)
                    ?? (tokens[i].capitalized && curatedAirportFollows(tokens, first: i, last: i) ? (i, false) : nil) : nil else {
                if i >= 2, tokens[i - 1].isWord("of"), let c = unknownTown(tokens, at: i, pending: &unknownTowns) {
                    out.append(c)
                    i = c.last + 1
                    continue
                }
                i += 1
                continue
            }
            // An Arabic word that begins names, which the gazetteer knows alone, before a capitalised
            // word after a town phrase begins a name it lacks: "the village of Abu Hamam" (not Abu,
            // India, whose word the decision below reads as such a name's start, and drops).
            if match == i, i >= 2, tokens[i - 1].isWord("of"), i + 1 < tokens.count, tokens[i + 1].capitalized, lexicon.toponymPrefixes.contains(t),
               let c = unknownTown(tokens, at: i, pending: &unknownTowns) {
                out.append(c)
                i = c.last + 1
                continue
            }
            // A name that a sentence's capitalised function word begins gives way to one that starts
            // after the word and runs two words or more past it: "In Salah al-Din Governorate,
            // partners report" is Salah al-Din, not In Salah, Algeria. (Not "New": "New London City
            // Office" is New London's.)
            if match > i, functionWord, !t.allCaps, !t.isWord("new"), Tokenizer.startsSentence(tokens, i),
               let (after, _) = longestMatch(tokens, from: i + 1), after >= match + 2 {
                i += 1
                continue
            }
            // A curated region named by a direction and a country ("Western Iraq", "Eastern Syria")
            // is read as the country and its part, as "western Iraq" is: the qualifier says which.
            if match > i, t.capitalized, lexicon.directionWords.contains(t), directionAndCountry(tokens, i, match) {
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
            // (Every phrase below but a kind word joined otherwise starts one space after the name:
            // a name before punctuation, as many are, asks none of them.)
            let spacedAfter = last + 1 < tokens.count && tokens[last + 1].spaced
            let areaOfTown = spacedAfter && townOfNameFollows(tokens, after: last)
            // A kind word after the name joins the mention ("Deir ez-Zor province", "Euphrates River"),
            // unless the name ends in one and the word is written in lower case: "the Euphrates River
            // dam" is a dam on the river, "the Orange County town of …" a town in the county (but "the
            // Red River Valley" is the valley's name).
            // (But a river's valley is a place of its own: "the Euphrates River valley".)
            let endsInKind = endsInKindWord(tokens, first: i, last: last) && !(tokens[last].isWord("river") && tokens[last + 1].isWord("valley"))
            if !areaOfTown, !endsInKind, last + 1 < tokens.count, Self.joinsNext(tokens, last), lexicon.kindWords.contains(tokens[last + 1]),
               !(tokens[last + 1].isWord("state") || tokens[last + 1].isWord("region")) || tokens[last + 1].capitalized == false,
               !countryBeforePartWord(tokens, first: i, last: last) {
                last += 1
            } else if spacedAfter, !areaOfTown, !endsInKind, departmentFollows(tokens, last) {
                // "the Centre department", "Cauca department": Haiti's and Colombia's first-level areas.
                last += 1
            } else if spacedAfter, !endsInKind, curatedAirportFollows(tokens, first: i, last: last) {
                // "the Deir ez-Zor airport", "the Hamdan airport": an airport the gazetteer has by the
                // whole phrase. (Any other "X airport" in lower case stays X: "the Palmyra airport".)
                last += 1
            } else if spacedAfter, !endsInKind, twoWordKindPhraseFollows(tokens, spacedAfter: last) {
                // So does a kind phrase the gazetteer does not know with the name ("the Sharara oil field").
                // (Of two words: a kind word alone joins only as above.)
                last += 2
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
               let k = Self.areaNounsBeforeOf(tokens[i - 2]) ?? (i >= 3 && Self.administrativeBorder(tokens, i - 2) ? .admin1 : nil) {
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
            let decision = decide(tokens, text: text, first: i, last: last, nameEnd: match, hint: hint, calendarWord: calendarWord, functionWord: functionWord,
                                  options: options, personWords: &personWords, besidePerson: &besidePerson)
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
                // "north-east of the US outpost at al-Tanf": the bearing is the town's, not the owner's.
                if c.qualifier == nil, c.relation == nil, let (d, from) = bearingAcrossPost(tokens, c) {
                    c.relation = d
                    for o in out.reversed() {
                        guard o.first > from else { break }
                        if o.relation == d { o.relation = nil }
                    }
                }
                // The second of two names after a qualifier's "of" shares the qualifier: "the eastern
                // countryside of Hama and Homs", "the north of Syria and Iraq".
                // (Down a list of more: "the borders of Syria, Jordan and Saudi Arabia".)
                // (Only right after the last name found, by a word or two: most names are not.)
                if c.qualifier == nil, c.relation == nil, c.sideStart == nil, !out.isEmpty, out[out.count - 1].last >= i - 2,
                   let head = Self.listHead(tokens, out, before: i),
                   let q = head.qualifier, let qFirst = head.qualifierFirst,
                   case let nameStart = head.article ?? head.first, nameStart >= 1, qFirst < nameStart, tokens[nameStart - 1].isWord("of") {
                    c.qualifier = q
                }
                // A name its qualifier's words make is no place of its own: in "North-East Nigeria"
                // the words are Nigeria's part, not Ghana's North East region.
                if let q = c.qualifierFirst, let prior = out.last, prior.first >= q, prior.last < c.first { out.removeLast() }
                if role == .place || (role == .embedded && options.embedded) {
                    // (With what the list holds, told without reading its places: each is a cache miss.)
                    var (list, listKinds) = gazetteer.candidatesAndKinds(c.text, kind: c.hint)
                    // "the Tabqa military airbase", which the gazetteer knows as "Tabqa airbase"; else
                    // the name alone, as "the Palmyra airport" is Palmyra.
                    if list.isEmpty, last == match + 2, tokens[match + 1].isWord("military") {
                        (list, listKinds) = gazetteer.candidatesAndKinds(Self.span(tokens, i, match) + " " + tokens[last].text, kind: c.hint)
                        if list.isEmpty { (list, listKinds) = gazetteer.candidatesAndKinds(Self.span(tokens, i, match), kind: c.hint) }
                    }
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
                    // "the" before a name a sea or an ocean shares with towns is the sea: "the resort city on
                    // the Pacific coast" is no Pacific in Washington state (in lower case: "The Atlantic"
                    // is also a magazine).
                    if last == match, kinds.contains(.sea), kinds.contains(.city), i > 0, tokens[i - 1].isWord("the"), !tokens[i - 1].capitalized,
                       c.ranked.first?.place.kind == .sea {
                        c.ranked.removeAll { $0.place.kind == .city }
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
                    // So does "region" after the seat's name where the area bears that name ("the Kharkov
                    // region", see ``provinceOfSeat(_:beforeRegion:)``).
                    if last > match, let province = lexicon.admin1KindWords.contains(tokens[last]) ? provinceOfSeat(c.ranked)
                        : tokens[last].isWord("region") ? provinceOfSeat(c.ranked, beforeRegion: Self.span(tokens, i, match)) : nil {
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
            // ("the towns of Hajin, al-Hari and Gharanij": the later names the gazetteer lacks.)
            // (Asked only after "of", or "of" and an article: most names follow neither.)
            if i >= 2, tokens[i - 1].isWord("of") || i >= 3 && tokens[i - 2].isWord("of") {
                laterUnknownTowns(tokens, first: i, last: last, pending: &unknownTowns)
            }
            i = last + 1
        }
        // (Most texts name no person by a place's name: nothing to compare then. Nor, in most that
        // do, a place by a person's word: the list is then returned as it is, not filtered into a
        // copy.)
        guard !personWords.isEmpty,
              out.contains(where: { $0.role == .place && $0.placeID == nil && personWords.contains(key: $0.textKey) }) else { return out }
        // A name the text plainly gives a place somewhere ("in Charleston", "in DeKalb") is a
        // place wherever it stands alone, whatever a club or shop named after it made of it
        // elsewhere ("Charleston Gold Dome Lions Club", "the DeKalb Lowe's store").
        var places = NameList()
        // (By the candidates' keys: no text hashed or compared.)
        for c in out where c.role == .place && c.placeID == nil && personWords.contains(key: c.textKey) && saidToBePlace(tokens, c) {
            places.insert(key: c.textKey)
        }
        // (Removed in place: the list is the finder's own, and a filtered copy grew at each doubling.)
        out.removeAll { $0.role == .place && personWords.contains(key: $0.textKey) && $0.placeID == nil && !places.contains(key: $0.textKey) }
        return out
    }

    /// Hints the cache lines that the lookups of the capitalised words will read: the run table's
    /// slot for each word alone and for it with the next, and its slot in the English words. Both
    /// tables are a megabyte, and each lookup was a cache miss; the hints, given all at once before
    /// the words are examined, let the misses overlap.
    /// (`last` is the last capitalised word, -1 when there is none: it ends every run of
    /// lower-case words before it, which are passed over by their flags alone, with no bound to
    /// test, as the main loop passes them. Every word of a text is read here, and a loop over all
    /// indices tested its bound at each.)
    func prefetchLookups(_ tokens: Tokens, through last: Int) {
        guard last >= 0 else { return }
        let runs = spanMatches
        lexicon.englishWords.withPrefetcher { english in
            tokens.withUnsafeBufferPointer { tokens in
                var k = 0
                while k <= last {
                    while !tokens[k].capitalized { k += 1 }
                    let key = Tokenizer.spanKey(0, tokens[k].key)
                    runs.prefetch(key)
                    english(tokens[k].key)
                    if k + 1 < tokens.count, tokens[k + 1].spaced, tokens[k + 1].capitalized {
                        runs.prefetch(Tokenizer.spanKey(key, tokens[k + 1].key))
                    }
                    k += 1
                }
            }
        }
    }
}
