import Gazetteer
import GeoCore

/// Finds and resolves every place a text names.
///
/// 1. Tokenise (code-point offsets) and find candidate names with the gazetteer: the longest run
///    of up to six joinable words that is a name or alternate (folded) or shares a transliteration
///    key with one, starting at a capitalised word (or an article before one, "al-Mayadeen").
/// 2. Decide per candidate: calendar words, acronyms that are not country short forms, common
///    English words at a sentence start or naming only a hamlet, person names after a title,
///    noun modifiers ("US-led"), places inside organisation names ("Russia Today", "Syrian
///    Democratic Forces") and demonyms ("Syrian") are not mentions unless asked for.
/// 3. Qualifiers and relations from the words around: "western Iraq", "the western part of Iraq",
///    "border areas of Iraq"; "east of the Euphrates", "the eastern bank of the Euphrates".
/// 4. Resolve with the document as context: focus countries (given or inferred from what the
///    text names most), kind hints from head words (province, city of, river…), and spatial
///    coherence between each open name's candidates and the other names' plausible places.
///
/// Immutable and `Sendable`: one instance serves any number of threads.
public final class Geoparser: Sendable {
    let gazetteer: Gazetteer
    let lexicon: Lexicon
    /// How runs of words match the gazetteer (see `spanMatch`), by the run's key
    /// (``Tokenizer/spanKey(_:_:)``), kept across texts: 2¹⁷ slots (1 MB, small enough to stay
    /// in a core's cache more than a larger table would), emptied past 65,536 runs. (A 4 MB table
    /// was 3 % slower on the warm benchmark, for its cache misses.)
    let spanMatches = SpanMatchTable(log2Slots: 17)
    /// Filtered resolutions (a name within one country, a place by id), kept across texts.
    let filtered = ShardedCache<FilteredQuery, [Resolution]>(shardLimit: 4096)

    /// A resolution restricted to one country (and kind), as the geoparser asks it.
    struct FilteredQuery: Hashable, Sendable {
        var name: String
        var country: String
        var kind: PlaceKind?
        var limit: Int
    }

    /// The best `limit` places named `name` in `country` (of `kind` when given).
    func resolve(_ name: String, in country: String, kind: PlaceKind? = nil, limit: Int) -> [Resolution] {
        filtered.value(FilteredQuery(name: name, country: country, kind: kind, limit: limit)) { q in
            gazetteer.resolve(q.name, context: ResolutionContext(onlyKinds: q.kind.map { [$0] } ?? [], onlyCountries: [q.country], explain: false), limit: q.limit)
        }
    }

    /// What a folded run of words is to the gazetteer.
    enum SpanMatch: UInt8, Sendable {
        /// Not a name.
        case none
        /// A name or alternate, folded.
        case alias
        /// A transliteration key of five letters or more.
        case key
        /// Only a four-letter transliteration key of a place in an Arabic-speaking country.
        case shortKey
    }

    /// Creates a geoparser over a gazetteer and a lexicon.
    public init(gazetteer: Gazetteer, lexicon: Lexicon) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
    }

    /// The geoparser over the shared gazetteer and the lexicon in its data folder.
    /// - Throws: `GazetteerError` when data is missing.
    public static func shared() throws -> Geoparser {
        let g = try Gazetteer.shared()
        return Geoparser(gazetteer: g, lexicon: try Lexicon(dataRoot: g.configuration.dataRoot))
    }

    /// What a candidate name is in the text (a ``Mention``'s `role`).
    enum Role: String {
        case place, embedded, demonym
        /// A demonym not asked for: counts towards the focus only.
        case focusOnly = "focus-only"
    }

    /// A name found in the text, with what the rules said of it. A class: the geoparser passes
    /// candidates through several lists and loops, and a reference is copied without touching
    /// the strings and lists inside. Set up while it is found, then only read. (One thread owns a
    /// candidate, and no access to one of its fields overlaps another to the same field: the
    /// fields skip the dynamic exclusivity checks, some 110 a text.)
    final class Candidate {
        @exclusivity(unchecked) var first: Int       // token range
        @exclusivity(unchecked) var last: Int
        /// The name as written (kind word included).
        let text: String
        /// A 64-bit key of `text` (``Tokenizer/foldedKey(_:)`` of its bytes as written): names are
        /// told apart by it (equal texts, equal keys; different ones collide with odds of about 2⁻⁶⁴).
        let textKey: UInt64
        @exclusivity(unchecked) var hint: PlaceKind?
        @exclusivity(unchecked) var role: Role
        @exclusivity(unchecked) var qualifier: String?
        @exclusivity(unchecked) var relation: String?
        @exclusivity(unchecked) var qualifierFirst: Int?
        /// The last token of a qualifier after the name ("Syria's north-east").
        @exclusivity(unchecked) var qualifierLast: Int?
        /// The qualifier is a capitalised bare direction before the name ("West Mosul", "North
        /// Texas"): it says which part, not that the name is a place (see ``saysWhichPart``).
        @exclusivity(unchecked) var qualifierCapitalised = false
        /// A qualifier that says the name is a place ("western Iraq", "Syria's north-east"): any
        /// but a capitalised bare direction, which may be part of a name the gazetteer lacks.
        var saysWhichPart: Bool { qualifier != nil && !qualifierCapitalised }
        @exclusivity(unchecked) var demonymCountry: String?
        /// The gazetteer id of the place a demonym names: its country's, or a region's ("South
        /// Ossetian", "Chechen").
        @exclusivity(unchecked) var demonymPlace: String?
        /// A capitalised common English word: kept only for a major place or one in the focus.
        @exclusivity(unchecked) var commonWord = false
        /// Several words that are all common English words ("Old City"): kept only for a major
        /// place or one in the focus.
        @exclusivity(unchecked) var commonPhrase = false
        /// A first-level area named beside a capitalised word as a person's name would be ("Keith
        /// Paul", "Patrick O'Keeffe"): kept only in the text's countries.
        @exclusivity(unchecked) var besidePerson = false
        /// A single word naming only a small place: dropped when that place is outside the focus.
        @exclusivity(unchecked) var single = false
        /// Found only by a four-letter transliteration key: kept only for a key match in the focus.
        @exclusivity(unchecked) var shortKey = false
        /// Resolved directly (abbreviations such as "W.Va.").
        @exclusivity(unchecked) var placeID: String?
        /// A mountain or wadi word before the name, part of the mention ("Jabal al-Zawiya").
        @exclusivity(unchecked) var featurePrefix: Int?
        /// The feature prefix is a sea's or cape's word and "of" ("the Gulf of Guinea"): the
        /// mention names that feature, not the place (see `parse`), and votes for no focus.
        @exclusivity(unchecked) var namesSeaOrCape = false
        /// An Arabic article before the name that the gazetteer knows the name without, part of
        /// the mention ("al-Raqqa", found as "Raqqa").
        @exclusivity(unchecked) var article: Int?
        /// The period after the last word is part of the name ("W.Va.", "U.S.").
        @exclusivity(unchecked) var trailingPeriod = false
        /// The mention's first token where a qualifier or an article the name was found without
        /// stands before the name ("northern Lebanon", "al-Raqqa"): where another name's "in" or
        /// comma reaches it ("Tripoli in northern Lebanon", "Tabqa, al-Raqqa").
        var spanFirst: Int { Swift.min(first, qualifierFirst ?? first, article ?? first) }
        /// Whether a qualifier or an article stands before the name (``spanFirst``): an area so
        /// written places a name before it more loosely, and a town with no namesake in it stays as
        /// read ("al-Mayadeen in western Iraq", "Mayadeen, western Iraq").
        var writtenBeforeName: Bool { spanFirst != first }
        /// A demonym before its town phrase says the place's country ("the Lebanese city of
        /// Tripoli"): it was taken there (see ``Geoparser/statedCountries(_:_:_:_:_:focus:)``).
        @exclusivity(unchecked) var countryStated = false
        /// The gazetteer's candidates for `text` and `hint` without other context, best first
        /// (fetched once per mention; see ``Gazetteer/candidates(_:kind:)``).
        @exclusivity(unchecked) var ranked: [Resolution] = []
        /// The first token of "the eastern side of": a relation to a river, a qualifier of a town or
        /// an area (see `parse`).
        @exclusivity(unchecked) var sideStart: Int?
        /// Places matched only by transliteration key and taken out of `ranked` for a major place the
        /// name is written as (see `findCandidates`): one of them next to a place the text names
        /// plainly takes the name after all.
        @exclusivity(unchecked) var setAside: [Resolution] = []
        /// For a name right after another and a comma: the reading (a position in `ranked`) of the
        /// area that holds a place of the name before, when the name is several areas ("Columbus,
        /// Georgia" is the US state). See ``Geoparser/markAreasAfterComma(_:_:)``.
        @exclusivity(unchecked) var heldReading: Int?
        /// Right after another name and a comma ("Columbus, Ohio"; set by
        /// ``Geoparser/markAreasAfterComma(_:_:)``).
        @exclusivity(unchecked) var afterComma = false

        init(first: Int, last: Int, text: String, hint: PlaceKind?, role: Role, demonymCountry: String? = nil,
             placeID: String? = nil, trailingPeriod: Bool = false) {
            self.first = first
            self.last = last
            self.text = text
            textKey = Tokenizer.foldedKey(text)
            self.hint = hint
            self.role = role
            self.demonymCountry = demonymCountry
            self.placeID = placeID
            self.trailingPeriod = trailingPeriod
        }
    }

    /// The best resolution of a name with only its kind hint as context (the gazetteer keeps
    /// these per name and hint across texts).
    func resolveAlone(_ text: String, hint: PlaceKind?) -> Resolution? {
        gazetteer.candidates(text, kind: hint).first
    }

    /// The longest text, in UTF-8 bytes, that ``parse(_:options:)`` geoparses: tokens keep
    /// their offsets in 32 bits. A longer text is no one article; callers split it (the
    /// command line refuses it with an error saying so).
    public static let maxTextBytes = Int(Int32.max) - 1

    /// Geoparses one text (of at most ``maxTextBytes`` bytes of UTF-8; a longer one gives no
    /// mentions).
    public func parse(_ text: String, options: GeoparseOptions = GeoparseOptions()) -> GeoparseResult {
        Tokenizer.withTokens(text) { parse(tokens: $0, text: text, options: options) }
    }

    /// Geoparses one text given its tokens.
    func parse(tokens: [Token], text: String, options: GeoparseOptions) -> GeoparseResult {
        let found = findCandidates(tokens, text: text, options: options)
        markAreasAfterComma(tokens, found)
        let countries = options.focus ?? inferFocus(tokens, found)
        // A sea, a continent or a region across borders (a place with no country) is never abroad:
        // it ranks as one in the focus does, after the focus countries ("the Middle East" in a
        // report from Houston is not Middle East, Maryland). The focus reported is the countries.
        let focus = countries.isEmpty ? [] : countries + [""]
        // (The same by code key: a place's country is told without reading its code.)
        let focusKeys = focus.map(Place.codeKey)
        // Demonyms that were not asked for count only towards the focus.
        // (Most texts have none: the list is then shared, not copied.)
        var candidates = found.contains { $0.role == .focusOnly } ? found.filter { $0.role != .focusOnly } : found
        var mentions: [Mention] = []
        mentions.reserveCapacity(candidates.count)
        // First round: each alone with the focus; then with the other mentions as context.
        // Names whose winner leads by more than nearby places can add (0.4) are settled after round one.
        var settled = [Bool](filled: false, count: candidates.count)
        let besideCountry = Self.listedBesideCountry(tokens, candidates)
        var best: [Resolution?] = candidates.enumerated().map { (k, c) in
            if let id = c.placeID { return resolveID(id, text: c.text) }
            if c.role == .demonym { return nil }
            // (Picks by position: only the winner is copied.)
            // (The first two picks visited, with no list built for them.)
            var first: (index: Int, score: Double)?, second: Double?
            Gazetteer.forEachBestPick(of: c.ranked, focusKeys: focusKeys, limit: 2) { index, score in
                if first == nil { first = (index, score) } else { second = score }
                return true
            }
            guard let a = first else { return nil }
            // A country or national capital named on its own is that ("Moscow said", "officials in
            // Washington"), not a namesake in a secondary focus country (Moscow Mills, Missouri, in a
            // report on Iraq); only the text's main country, or a focus the caller gave, makes it the
            // namesake ("Paris" in a Tennessee paper), and not for a country listed beside another
            // ("Mexico, China, Japan" in a report on the United States is no list of towns in
            // Missouri, Maine and Arkansas), nor for a country named like an English word, whose small
            // namesake the keep rules would then drop as the word ("imported from China", "over
            // Turkey" in such a report). See also `coherent`.
            // (Only when the pick is not the list's first, which `capital` looks at: asked first, the
            // capital was copied out for every name.)
            if options.focus == nil, a.index != 0, let capital = Self.capital(c.ranked), !c.ranked[a.index].place.isSame(as: capital.place),
               c.ranked[a.index].place.codeKeys.country != focusKeys.first || capital.place.kind == .country && (besideCountry[k] || c.commonWord && Self.namesItself(capital)) {
                settled[k] = true
                return Gazetteer.best(of: [capital], focus: focus, limit: 1).first
            }
            // A national capital named by its own name is the capital, not a larger place of its
            // country that has the name only as an alternate: "New Delhi" is not Delhi. (Abroad a
            // namesake may be meant: "Douglas" in a Kansas paper is Douglas County, not the Isle of
            // Man's capital.)
            if !c.ranked[a.index].matchedFoldsToName, let capital = Self.capitalByOwnName(c.ranked), !c.ranked[a.index].place.isSame(as: capital.place),
               c.ranked[a.index].place.codeKeys.country == capital.place.codeKeys.country {
                settled[k] = true
                return Gazetteer.best(of: [capital], focus: focus, limit: 1).first
            }
            // Outside the text's main country the same holds for a capital named by its own name in
            // the pick's country ("Washington was not party to the deal" in a report on Syria is the
            // capital, not the state), and for a large city abroad that bears the name as its own
            // over a smaller namesake in a secondary focus country ("talks in Geneva" in a report on
            // Syria that also names the United States). (Not for a focus the caller gave.)
            if options.focus == nil, a.index != 0, let main = focusKeys.first, c.ranked[a.index].place.codeKeys.country != main {
                let pick = c.ranked[a.index].place
                if let capital = Self.capitalByOwnName(c.ranked), !pick.isSame(as: capital.place), pick.codeKeys.country == capital.place.codeKeys.country {
                    settled[k] = true
                    return Gazetteer.best(of: [capital], focus: focus, limit: 1).first
                }
                // (Not for a common word: "the Bush administration" is no Būsh, Egypt.)
                if !c.commonWord, let city = Self.worldCityByOwnName(c.ranked, over: pick), !focusKeys.contains(city.place.codeKeys.country) {
                    settled[k] = true
                    return city
                }
            }
            if second.map({ a.score - $0 > 0.4 }) ?? true { settled[k] = true }
            var winner = c.ranked[a.index]
            winner.score = a.score
            return winner
        }
        qualifiedAreas(tokens, candidates, &best, &settled, focus: focus)
        areasListedInOneCountry(tokens, candidates, &best, &settled, focus: focus)
        writtenKinds(tokens, candidates, &best, &settled, focus: focus)
        let anchors = Anchors(candidates, best, focusKeys: focusKeys)
        // A village set aside for a major namesake abroad is meant after all when it lies next to a
        // place the text names plainly in the text's countries: "Mansoura" beside Tabqa is the Raqqa
        // village, not Al Mansurah, Egypt.
        for (k, c) in candidates.enumerated() where !c.setAside.isEmpty {
            // (Not from a country or a national capital: "based in Britain" in a report on Lebanon is
            // not Brîtel near Arsal. Nor from a namesake that lies next to such a place itself: "the
            // Rafah crossing near el-Arish" is Arish, Egypt, though Jericho, which keys alike, lies
            // 100 km from Jabalia.)
            guard let r = best[k], !focusKeys.contains(r.place.codeKeys.country), r.place.kind == .city, !r.place.isNationalCapital,
                  !anchors.near(r.place),
                  let near = c.setAside.first(where: { focusKeys.contains($0.place.codeKeys.country) && $0.place.hasCoordinate && anchors.near($0.place) })
            else { continue }
            best[k] = near
            settled[k] = true
        }
        // Words that only name small places far from the text's countries are the words.
        var keep: [Bool] = []
        keep.reserveCapacity(candidates.count)
        for (k, (c, r)) in zip(candidates, best).enumerated() {
            if c.shortKey && r == nil { keep.append(false); continue }
            guard var r, c.role == .place || c.role == .embedded, c.placeID == nil else { keep.append(true); continue }
            // A name after "Lake", "Mount", "Jabal" or "Wadi" is a place whatever it also names (it
            // is named, not resolved, when that is abroad: below).
            if Self.namesFeature(tokens, c) { keep.append(true); continue }
            // A name that only matched an unrelated alternate is not this place: airport codes
            // ("BUD" for Budapest) unless written in capitals, and alternates of small towns that do
            // not resemble the town's name ("White House" for Fallston). A namesake it fits, next
            // to a place the text names plainly, is meant instead: "consolidated into Rogersville"
            // beside Springfield and Greene County, Missouri, is Rogersville there, not Rogers Park
            // in Chicago, once called Rogersville. Said to be a place, by a kind word or a
            // qualifier, the name is named without one: "the Tirah valley" in a report on Pakistan
            // is not Tirat Karmel, Israel, which GeoNames also calls "Tirah". (Not a phrase of common
            // words: "the Inner City".)
            if r.match == .alias && !Self.alternateFits(r, written: c.text) {
                // (By the namesake's own name: "a Christian school" near Webster County is not
                // Christian County.)
                let ranked = c.ranked
                // (Or the area named right after it and a comma holds the namesake: "Baga, Borno State"
                // is Baga in Borno, not Bargarh, India, which GeoNames also calls "Baga".)
                let areaAfter = k + 1 < candidates.count && candidates[k + 1].afterComma ? best[k + 1].map(\.place).flatMap { Self.isArea($0) ? $0 : nil } : nil
                guard let k2 = ranked.indices.first(where: { i in
                    !ranked[i].place.isSame(as: r.place) && ranked[i].place.hasCoordinate && Self.namesItself(ranked[i])
                        && (anchors.near(ranked[i].place) || areaAfter.map { a in Self.holds(a, ranked[i].place) } ?? false)
                }) else {
                    let saysPlace = !c.commonPhrase && Self.saysItIsAPlace(tokens, c)
                    if saysPlace { best[k] = nil }
                    keep.append(saysPlace)
                    continue
                }
                r = Self.scored(ranked[k2], focus: focus)
                best[k] = r
            }
            // A word of three letters or fewer that names a place only by an alternate unlike its
            // name is a name or a word, not that place: "Jin" (an otter) is not Tsu, "Sam Houston"
            // not Damascus. (Not in capitals: codes, "UAE"; nor a place's own name or a spelling of
            // it: "Hue", "Ana" for ‘Anah, "Bab" for al-Bab, "T4" for the T4 air base; nor a word in a
            // script without case, whose alternates never resemble the Latin name: "حلب" is Aleppo;
            // nor a romanisation of an Arabic, Persian or Turkish name that keys as the name does:
            // "the Hol area" is al-Hawl.)
            if c.single, c.last == c.first, tokens[c.first].end - tokens[c.first].start <= 3, !tokens[c.first].allCaps, !tokens[c.first].uncased,
               r.match == .alias, !r.matchedResemblesName, !Self.romanisedAlike(c.text, r.place) {
                keep.append(false)
                continue
            }
            var major = Self.majorForWord(r.place)
            // A common word the text plainly says is a place ("two were hiding under a bridge in
            // Hurricane, according to a Putnam County dispatcher") is a town of its name next to a
            // place the text names plainly, however small, when one is among its candidates.
            var plainlyNear = false
            if c.commonWord && !major && c.hint == nil && saidToBePlace(tokens, c) {
                let ranked = c.ranked
                if let k2 = ranked.indices.first(where: { ranked[$0].place.kind == .city && ranked[$0].place.hasCoordinate && anchors.near(ranked[$0].place) }) {
                    r = Self.scored(ranked[k2], focus: focus)
                    best[k] = r
                    settled[k] = true
                    plainlyNear = true
                    major = Self.majorForWord(r.place)
                }
                // (Otherwise coherence may still find it such a town; see `strayPlainWords`.)
            }
            let inFocus = focusKeys.contains(r.place.codeKeys.country) || (!focus.isEmpty && (c.commonWord || c.single) && anchors.near(r.place))
            // A common word kept for a place in the text's countries must still name a real town (Hit, Iraq), not a hamlet.
            // (Unless the text says it is that kind of place: "Clay and Wilkin counties".)
            // (An unknown population counts as a town where GeoNames often has none: `knownSmall`.)
            // (Unless the area after it holds a place of the name: "in Surrey, UK", "in Fife, Scotland"
            // name the counties, which have no population to show they are no hamlets.)
            if c.commonWord && !major && !plainlyNear && (!inFocus || Self.knownSmall(r.place, under: 10_000)) && (c.hint == nil || r.place.kind != c.hint),
               !namesPlaceInNextArea(tokens, candidates, best, k) {
                keep.append(false)
                continue
            }
            if c.commonPhrase && !major && !inFocus { keep.append(false); continue }
            // A first-level area abroad named as a person's name would be is the person's: "Patrick
            // O'Keeffe" in an Irish paper; so is the village the name then resolves to ("Keith Paul"
            // in a US paper is neither the Cape Verdean municipality nor Paul, Idaho).
            if c.besidePerson && (r.place.kind == .admin1 && !focusKeys.contains(r.place.codeKeys.country)
                || r.place.kind == .city && Self.knownSmall(r.place, under: 10_000)) {
                keep.append(false)
                continue
            }
            // "The" before a phrase of common words names a part of a place the text is about ("the
            // Old City" of Mosul), not a small town elsewhere that bears the phrase (Old City,
            // Pennsylvania, in a report that names the US too): the town stays only in the text's
            // main country or next to another place the text names.
            // (Nor, in whatever country, is "the Old City" or "the New Town" a town of the name
            // far from the places the text names: it is part of one of them, "the Old City" of
            // Raqqa in a report that names the US more often than Syria.)
            if c.commonPhrase && !major && r.place.kind == .city && c.first > 0 && tokens[c.first - 1].isWord("the"),
               c.last == c.first + 1 && Self.partOfTownWords.contains(tokens[c.first]) && (tokens[c.last].isWord("city") || tokens[c.last].isWord("town"))
                || r.place.codeKeys.country != focusKeys.first,
               // (Another such phrase is no anchor: "the Old City" and "the Old Bridge" of Raqqa are
               // not Old City, Pennsylvania, and Old Bridge, New Jersey, 100 km apart.)
               !best.indices.contains(where: { j in
                   guard let o = best[j], !candidates[j].commonPhrase else { return false }
                   return !o.place.isSame(as: r.place) && o.place.kind == .city && Self.km(o.place, r.place) < Self.anchorKm
               }) {
                keep.append(false)
                continue
            }
            // A common word at a sentence start that names its place only by an alternate is the
            // word: "Part of the route" is no Perth, which GeoNames also calls "Part". (Decided
            // here, not where the words are read, so that the word still counts there as part of
            // a person's name before a capitalised word.)
            if c.commonWord && Tokenizer.startsSentence(tokens, c.first) && !Self.namesItself(r) { keep.append(false); continue }
            // A common word before a number is a designation, not the town it also names: "the Kilo
            // 18 camp" (a road marker west of Ramadi) is not Kiel, "Route 66" not Route.
            if c.commonWord && c.hint == nil && Self.numberFollows(tokens, c.last) { keep.append(false); continue }
            // A continent with a kind word is an armed group's "province", not a place: "the West
            // Africa Province (ISWAP)", "Central Africa Province".
            // So is a place before a capitalised "Province" that is no province: the Islamic State's
            // "Sinai Province", "Khorasan Province".
            if c.last > c.first, lexicon.kindWords.contains(tokens[c.last]), r.place.kind == .region && r.place.country.isEmpty
                || tokens[c.last].isWord("province") && tokens[c.last].capitalized && r.place.kind != .admin1 {
                keep.append(false)
                continue
            }
            // (So does a second-level area's bare name, which GeoNames gives no population: "the
            // Carter Center" in a report on Syria names no Carter County.)
            // Said to be a place, by a kind word or a qualifier, such a word is named without one:
            // "the town of Mahas in Somalia" is no Māḩiş, Jordan, but a town the gazetteer lacks.
            // (So does a bearing or "near" after it: "Khalidiya, near Ramadi" is a town the gazetteer
            // lacks there, not Al Khalidiyah, Jordan.)
            // (Not a town of 10,000 fought over: "Russia says its troops have entered Kupiansk" is
            // about a Ukrainian town, see ``objectOfControl(_:_:)``; a smaller one is named without
            // a place: "the fall of Madani" is no Madan, Bulgaria.)
            if c.single && !focus.isEmpty && !inFocus && (r.place.kind == .city && (r.place.population ?? 0) < 50_000 || r.place.kind == .admin2),
               case let foughtOver = Self.objectOfControl(tokens, c), !(foughtOver && (r.place.population ?? 0) >= 10_000) {
                let saysPlace = !c.commonWord && (Self.saysItIsAPlace(tokens, c) || placedBesideNext(tokens, candidates, k) || foughtOver)
                if saysPlace { best[k] = nil }
                keep.append(saysPlace)
                continue
            }
            // A short-key find stays only in a text about the Arabic-speaking world, resolved by that key.
            if c.shortKey && !(r.match == .key && lexicon.arabicSpeaking.contains(r.place.country) && !focus.filter(lexicon.arabicSpeaking.contains).isEmpty) {
                keep.append(false)
                continue
            }
            keep.append(true)
        }
        // (The kept ones moved down in place: no arrays of pairs built and thrown away.)
        var kept = 0
        for k in keep.indices where keep[k] {
            if kept != k {
                candidates[kept] = candidates[k]
                best[kept] = best[k]
                settled[kept] = settled[k]
            }
            kept += 1
        }
        candidates.removeLast(candidates.count - kept)
        best.removeLast(best.count - kept)
        settled.removeLast(settled.count - kept)
        var placedInArea = containingAreas(tokens, candidates, &best, &settled, focus: focus)
        statedCountries(tokens, found, candidates, &best, &settled, focus: focus)
        listedAreas(tokens, candidates, &best, &settled, focus: focus)
        placesBesideBearing(tokens, candidates, &best, &settled, focus: focus)
        best = coherent(candidates, best, settled: settled, focus: focus, focusKeys: focusKeys)
        areasAfterComma(candidates, &best, focus: focus)
        // "Charleston, W.Va.", "Columbus, Ohio", "Sinjar, Iraq": the place is in the area that follows.
        // (Not a name the text gives another kind: "the Donetsk, Luhansk and Kherson regions".)
        // (From the last: in "Stroud, Ontario, Canada" the province is read in Canada before the
        // town in the province.)
        for i in candidates.indices.dropLast().reversed() {
            // (A first-level area before another of its country is a list of them: "Arkansas, Colorado,
            // Delaware".)
            guard let area = nextArea(tokens, candidates, best, i),
                  !(area.kind == .admin1 && best[i]?.place.kind == .admin1 && best[i]?.place.country == area.country) else { continue }
            let options = resolve(candidates[i].text, in: area.country, limit: 30)
            // (A dateline names a city: "MARIB, Yemen (Reuters)" is Ma'rib, not its governorate.)
            let dateline = i == 0 && Self.opensDateline(tokens, candidates[i].first)
            if let pick = (dateline ? options.first(where: { $0.place.kind == .city && Self.holds(area, $0.place) }) : nil)
                ?? options.first(where: { Self.holds(area, $0.place) }) ?? options.first {
                best[i] = pick
            } else if !candidates[i + 1].writtenBeforeName, let r = best[i], Self.namedElsewhere(r.place, than: area) {
                // A town the gazetteer lacks in the area the text puts it in is named, not a namesake
                // abroad: "Stroud, Ontario, Canada" is no Stroud in England. (Not before an area with a
                // qualifier or article before its name: ``Candidate/writtenBeforeName``.)
                best[i] = nil
            }
        }
        sentenceAreas(tokens, candidates, &best, focus: focus)
        outlyingListItems(tokens, candidates, &best, focusKeys: focusKeys)
        distinctListItems(tokens, candidates, &best)
        cityQuarters(tokens, candidates, &best, focusKeys: focusKeys)
        // (With the towns' picks final.)
        placedInArea += partsOfTowns(tokens, candidates, &best, focus: focus)
        let farKeys = farKeyMatches(tokens, candidates, &best, focusKeys: focusKeys)
        let farAlternateWords = farAlternates(tokens, candidates, &best, focus: focus, focusKeys: focusKeys)
        // (The peoples the text names, whether or not their demonyms are reported.)
        let peoples = Set(found.compactMap { $0.demonymCountry }.filter { !$0.isEmpty })
        let lone = lonePlaces(tokens, candidates, best, explicitFocus: options.focus ?? [], peoples: peoples)
        let strayWords = strayPlainWords(tokens, candidates, best)
        // Each mention's name (by key; nil for a demonym or an embedded place), and the names the text
        // gives a place the gazetteer cannot say.
        var mentionNames: [UInt64?] = []
        mentionNames.reserveCapacity(candidates.count)
        var unplacedNames: [UInt64] = []
        for (i, c) in candidates.enumerated() where !lone[i] && !farKeys.contains(i) && !farAlternateWords.contains(i) && !strayWords.contains(i) {
            // A name written with an Arabic article ("al-Mashhad", a quarter of Aleppo) is no place
            // of a country where no names are so written (Mashhad, Iran), unless the text is about
            // that country: named, not resolved (see ``arabicArticleCountries``).
            if Self.writtenWithArabicArticle(tokens, c), let r = best[i], !Self.arabicArticleCountries.contains(r.place.country),
               !focusKeys.contains(r.place.codeKeys.country) {
                best[i] = nil
            }
            // A street, square, park, gate or bridge named after a place abroad is no mention of the
            // place: "Haifa Street" in a report on Baghdad is not Haifa, "Rashid Park" in Raqqa not
            // Rosetta. (In the text's countries the name stays: US local news names its streets
            // after its own towns, and the rules that read such names know them.)
            if c.role == .place, Self.namesUrbanFeature(tokens, c), let r = best[i], !focusKeys.contains(r.place.codeKeys.country) { continue }
            var resolution = best[i]
            if c.role == .demonym, let cc = c.demonymCountry, let country = gazetteer.country(code: cc) {
                // A region's people are the region ("South Ossetian", "Chechen"); a country's, the country.
                if let id = c.demonymPlace, id != country.id.rawValue, let region = resolveID(id, text: c.text) {
                    resolution = region
                } else {
                    resolution = resolve(country.name, in: cc, kind: .country, limit: 1).first
                }
            }
            // A river or lake the gazetteer does not know, whose name only a town abroad shares, is
            // named, not resolved: "the Sajur river" in a report on Syria is not Sājūr in Israel. A
            // namesake town in the text's countries stays: rivers give their names to towns on
            // their banks. (A name that holds the word, "Fall River", is its own match.)
            // So is an oil field, base, dam or crossing whose name only a town abroad shares ("the
            // Sharara oil field" in a report on Libya is not Salalah, Oman).
            if let r = resolution, Self.kindWordDenies(tokens, c, r), !focusKeys.contains(r.place.codeKeys.country) {
                resolution = nil
            }
            // So is a name in a list that ends in such a kind ("the Hayl and Arak gas fields" is no
            // Saudi city).
            if let hint = c.hint, Self.facilityKinds.contains(hint), let r = resolution, r.place.kind != hint, !focusKeys.contains(r.place.codeKeys.country) {
                resolution = nil
            }
            // A mountain or wadi named after a place abroad is not that place: named, not
            // resolved. In the text's countries the place it is named after stands near it (Mount
            // Sinjar, Sinjar).
            // (So is a town abroad whose whole name has the word: "Lake Albert" in Uganda is not Lake
            // Albert, South Australia.)
            // So are mountains or a valley named after a town abroad ("the Nuba Mountains" in a
            // report on Sudan are no village in the West Bank).
            if let r = resolution, !focusKeys.contains(r.place.codeKeys.country),
               c.featurePrefix != nil || (Self.namesFeature(tokens, c) || Self.endsInLandform(tokens, c)) && r.place.kind == .city {
                resolution = nil
            }
            // A sea or cape named after a place is not the place, unless that is a town of 10,000 or
            // more in the text's main country, which the sea then lies by ("the Gulf of Sirte" in a
            // report on Libya): "the Gulf of Guinea" is no country, "the Cape of Good Hope" no Good
            // Hope, Louisiana.
            if let r = resolution, c.namesSeaOrCape, r.place.kind != .city || r.place.codeKeys.country != focusKeys.first || Self.knownSmall(r.place, under: 10_000) {
                resolution = nil
            }
            // "the eastern side of Mosul" is its east; "the eastern side of the Euphrates" its bank.
            var qualifier = c.qualifier, relation = c.relation, qualifierFirst = c.qualifierFirst
            if let side = c.sideStart, let kind = resolution?.place.kind, [.city, .admin1, .admin2, .country, .region].contains(kind) {
                (qualifier, relation, qualifierFirst) = (relation, nil, side)
            }
            let startToken = qualifierFirst ?? c.featurePrefix ?? c.article ?? c.first, endToken = c.qualifierLast ?? c.last
            // "near Raqqa", "close to the Syrian border": nearness, told in the output only (no rule
            // reads it as it reads the other relations).
            // (A border qualifier keeps it: "near the Niger border" is near Niger's border areas.)
            if relation == nil, qualifier == nil || qualifier == "border", Self.saysNear(tokens, before: startToken) { relation = "near" }
            // "the border with Iraq", "its borders with Syria and Jordan": the country's border
            // areas, told in the output only, as nearness is. (Of a country or first-level area.)
            if relation == nil, qualifier == nil, let kind = resolution?.place.kind, kind == .country || kind == .admin1,
               Self.saysBorderWith(tokens, before: startToken) { qualifier = "border" }
            let period = c.trailingPeriod && c.qualifierLast == nil
            let start = tokens[startToken].start, end = tokens[endToken].end + (period ? 1 : 0)
            // (The candidate's own text when the mention is just the name: no second copy built.)
            let span = startToken == c.first && endToken == c.last ? c.text : Self.span(tokens, startToken, endToken)
            let written = period ? span + "." : span
            mentions.append(Mention(text: written, start: start, end: end, resolution: resolution,
                                    qualifier: qualifier, relation: relation, role: c.role.rawValue))
            mentionNames.append(c.role == .place ? c.textKey : nil)
            if resolution == nil, c.role == .place, !unplacedNames.contains(c.textKey) { unplacedNames.append(c.textKey) }
        }
        if !unplacedNames.isEmpty { Self.oneSensePerName(&mentions, mentionNames, unplaced: unplacedNames, placedInArea: placedInArea, focusKeys: focusKeys) }
        candidates.removeAll()
        return GeoparseResult(mentions: mentions, focus: countries)
    }

    /// One name, one place in a text: a name the text once gives a place the gazetteer cannot say
    /// ("the town of Palma in Cabo Delgado province", which it lacks) is not, said again alone, a
    /// town of the name abroad ("south of Palma" is not Palma de Mallorca). Such a mention is
    /// named without a place too; one in the text's countries stays, unless the text put the name
    /// in an area that holds no place of it (`placedInArea`, from ``containingAreas(_:_:_:_:focus:)``):
    /// then no town of the name is meant, whatever country the focus counts.
    static func oneSensePerName(_ mentions: inout [Mention], _ names: [UInt64?], unplaced: [UInt64], placedInArea: [UInt64], focusKeys: [UInt64]) {
        for k in mentions.indices {
            guard let name = names[k], unplaced.contains(name), let r = mentions[k].resolution, r.place.kind == .city,
                  placedInArea.contains(name) || !focusKeys.contains(r.place.codeKeys.country) else { continue }
            mentions[k].resolution = nil
        }
    }

    /// The area a comma and one name after candidate `i` name ("Columbus, Ohio", "Surrey, UK"): a
    /// first-level area or a country, unless the name at `i` is one itself.
    func nextArea(_ tokens: [Token], _ candidates: [Candidate], _ best: [Resolution?], _ i: Int) -> Place? {
        let j = i + 1
        guard j < candidates.count, candidates[i].hint == nil || candidates[i].hint == .city,
              candidates[j].spanFirst == candidates[i].last + 1, tokens[candidates[j].spanFirst].gapStarts(with: 0x2C),
              let area = best[j]?.place, area.kind == .admin1 || area.kind == .country, best[i]?.place.kind != .country else { return nil }
        return area
    }

    /// Whether the area after candidate `i` (``nextArea(_:_:_:_:)``) holds a place of its name. (Not
    /// for a name that is first a country: "Mexico, China, Japan" is a list, and China no town in
    /// Japan.)
    func namesPlaceInNextArea(_ tokens: [Token], _ candidates: [Candidate], _ best: [Resolution?], _ i: Int) -> Bool {
        guard candidates[i].ranked.first?.place.kind != .country, let area = nextArea(tokens, candidates, best, i) else { return false }
        return !placesNamed(candidates[i].text, inside: area).isEmpty
    }

    /// Words for a part of a city: "the Tamim district of Ramadi".
    static let quarterWords: WordSet = ["district", "quarter", "neighbourhood", "neighborhood"]

    /// A quarter of a city ("the Tamim district of Ramadi") lies in the city: a place of its name
    /// farther than ``anchorKm`` from it, or an area larger than a district, is not it ("Tamim" is
    /// also an old name of Kirkuk province). The quarter is then named, not resolved. (Only for a
    /// city in the text's countries, or one of 100,000 or more by its own name: "the al-Hadd
    /// district of Yafa" in a report on Yemen names a Yemeni district, whatever town abroad "Yafa"
    /// was taken for.) The city may follow "of" or "in" ("the neighbourhood of al-Julan in
    /// Fallujah"). A quarter named with no city is
    /// in the text's countries: a town or province abroad far from the places it names there is not
    /// it, and the quarter is named, not resolved.
    func cityQuarters(_ tokens: [Token], _ candidates: [Candidate], _ best: inout [Resolution?], focusKeys: [UInt64]) {
        for i in candidates.indices {
            let c = candidates[i]
            // The word ends the mention ("the Tamim district"), or follows it ("the al-Julan
            // neighbourhood", where it joins no mention).
            guard let word = Self.quarterWord(tokens, c), let r = best[i] else { continue }
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
    static func quarterWord(_ tokens: [Token], _ c: Candidate) -> Int? {
        // (Cheap tests first: the words are probed only where a lower-case word could be one.)
        c.last > c.first && !tokens[c.last].capitalized && quarterWords.contains(tokens[c.last]) ? c.last
            : c.last + 1 < tokens.count && tokens[c.last + 1].spaced && !tokens[c.last + 1].capitalized && quarterWords.contains(tokens[c.last + 1]) ? c.last + 1
            : singularQuarterWord(tokens, before: c.spanFirst) ?? pluralQuarterWord(tokens, before: c.spanFirst, last: c.last)
    }

    /// The word of "the neighbourhood of X", "the quarter of X" before a name (not "the district
    /// of X", which names a second-level area as often: "the district of Palma"; nor the city of
    /// "the al-Julan neighbourhood of Fallujah", where a name stands between "the" and the word).
    static func singularQuarterWord(_ tokens: [Token], before first: Int) -> Int? {
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
    static let pluralQuarterWords: WordSet = ["districts", "quarters", "neighbourhoods", "neighborhoods"]

    /// The plural quarter word of "the neighbourhoods of al-Joura and al-Qusour" when the name that
    /// starts at token `first` stands in such a list of two names or more (its names capitalised,
    /// with Arabic articles, joined by commas and "and"; another may follow the name, which ends
    /// at token `last`), or nil. (One name after the word is the city or area that holds them: "the
    /// coastal districts of Cabo Delgado".)
    static func pluralQuarterWord(_ tokens: [Token], before first: Int, last: Int) -> Int? {
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
    func outlyingListItems(_ tokens: [Token], _ candidates: [Candidate], _ best: inout [Resolution?], focusKeys: [UInt64]) {
        guard !focusKeys.isEmpty, candidates.count > 1 else { return }
        func listed(_ a: Int, _ b: Int) -> Bool { Self.listed(tokens, candidates, a, b) }
        var outliers: [(Int, [Int])] = []
        for i in candidates.indices {
            let c = candidates[i]
            guard c.role == .place, c.hint == nil || c.hint == .city, c.placeID == nil, !c.saysWhichPart, c.relation == nil, let r = best[i],
                  r.place.kind == .city, (r.place.population ?? 0) < 500_000, r.place.hasCoordinate else { continue }
            // (In the text's countries, a village in the romanised-name countries, where many share
            // a name, far from the towns of its list: "al-Asharah, al-Quriya and Subaykhan" on the
            // Euphrates are not beside Al Qurayyā in Sweida, 350 km away.)
            let abroad = !focusKeys.contains(r.place.codeKeys.country)
            // (A town phrase's hint leaves a town abroad to the other rules: "the town of Palma".)
            guard abroad && c.hint == nil || (r.place.population ?? 0) < Self.listVillagePeople && Lexicon.romanisedCountryCodes.contains(r.place.country) else { continue }
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
    static func endsInKindNoun(_ tokens: [Token], _ c: Candidate) -> Bool {
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
    func farKeyMatches(_ tokens: [Token], _ candidates: [Candidate], _ best: inout [Resolution?], focusKeys: [UInt64]) -> Set<Int> {
        guard candidates.count > 1 else { return [] }
        var far: [Int] = []
        for i in candidates.indices {
            guard candidates[i].placeID == nil, let r = best[i], r.match == .key, !focusKeys.contains(r.place.codeKeys.country),
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
    func farAlternates(_ tokens: [Token], _ candidates: [Candidate], _ best: inout [Resolution?], focus: [String], focusKeys: [UInt64]) -> Set<Int> {
        guard candidates.count > 1 else { return [] }
        var drop: Set<Int> = []
        for i in candidates.indices {
            guard candidates[i].placeID == nil, !candidates[i].countryStated, let r = best[i], r.match == .alias, r.place.kind == .city, !focusKeys.contains(r.place.codeKeys.country),
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
            let saysPlace = c.hint != nil || c.featurePrefix != nil || c.saysWhichPart || c.relation != nil || c.sideStart != nil
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

    /// Whether a name is written with a hyphenated Arabic article ("al-Mashhad"), as part of the
    /// mention or of the name found.
    static func writtenWithArabicArticle(_ tokens: [Token], _ c: Candidate) -> Bool {
        c.article != nil || c.first + 1 < tokens.count && tokens[c.first + 1].gapFirstByte == 0x2D && hyphenatedArticle(tokens, c.first)
    }

    /// Whether "border with" or "borders with" (or "frontier with", perhaps with "the" after it) stands right
    /// before token `first`, in lower case, or is the start of a list the name ends: "the border with
    /// Iraq", "its borders with Syria and Jordan".
    static func saysBorderWith(_ tokens: [Token], before first: Int) -> Bool {
        guard first >= 2, tokens[first].spaced else { return false }
        var k = first - 1
        if tokens[k].isWord("the"), !tokens[k].capitalized, k >= 2, tokens[k].spaced { k -= 1 }
        // (The second of a pair: "borders with Iraq and Jordan".)
        if tokens[k].isWord("and"), k >= 3 {
            var j = k - 1
            while j > k - 5, j >= 2, tokens[j].capitalized { j -= 1 }
            guard j < k - 1 else { return false }
            k = j
        }
        guard tokens[k].isWord("with"), !tokens[k].capitalized, tokens[k].spaced else { return false }
        let w = tokens[k - 1]
        return !w.capitalized && (borderWords.contains(w) || w.isWord("borders") || w.isWord("frontiers"))
    }

    /// Whether "near" or "close to" (and perhaps "the") stands right before token `first`, in
    /// lower case: "near Raqqa", "close to the Euphrates".
    static func saysNear(_ tokens: [Token], before first: Int) -> Bool {
        guard first >= 1, tokens[first].spaced else { return false }
        var k = first - 1
        if tokens[k].isWord("the"), !tokens[k].capitalized, k >= 1, tokens[k].spaced { k -= 1 }
        guard !tokens[k].capitalized else { return false }
        return tokens[k].isWord("near") || tokens[k].isWord("to") && k >= 1 && tokens[k].spaced && tokens[k - 1].isWord("close")
    }

    /// Whether a capitalised head of a street's, square's, park's, gate's or bridge's name
    /// (``Lexicon/urbanFeatureHeads``) follows a name, one space after it: "Haifa Street".
    static func namesUrbanFeature(_ tokens: [Token], _ c: Candidate) -> Bool {
        c.last + 1 < tokens.count && tokens[c.last + 1].spaced && tokens[c.last + 1].capitalized && Lexicon.urbanFeatureHeads.contains(tokens[c.last + 1])
    }

    static func endsInLandform(_ tokens: [Token], _ c: Candidate) -> Bool {
        c.last > c.first && landformEnds.contains(tokens[c.last])
    }

    /// Whether a mention says it is a lake, mountain or wadi by its first word: a word before the
    /// name ("Lake Tana", "Mount Sinjar"), or "Lake" first in a name the gazetteer has whole ("Lake
    /// Albert"; not "Mount", which starts as many towns' names as mountains').
    static func namesFeature(_ tokens: [Token], _ c: Candidate) -> Bool {
        c.featurePrefix != nil || c.last > c.first && tokens[c.first].isWord("lake")
    }

    /// Great-circle kilometres between two places' points (``Gazetteer/sphericalKm(_:_:_:_:)``).
    static func km(_ a: Place, _ b: Place) -> Double {
        Gazetteer.sphericalKm(a.coordinate.latitude, a.coordinate.longitude, b.coordinate.latitude, b.coordinate.longitude)
    }

    /// How near the other names of a list a namesake in their country must lie to be meant.
    static let listNamesakeKm = 300.0

    /// The national capital (GeoNames `PPLC`) among a name's candidates that bears the name as its
    /// own name, if any.
    static func capitalByOwnName(_ ranked: [Resolution]) -> Resolution? {
        ranked.first { $0.place.isNationalCapital && $0.match == .alias && $0.matchedFoldsToName }
    }

    /// Whether `written` is another romanisation of `place`'s name, in a country whose names reach
    /// the news romanised several ways: the two share a transliteration key ("Hol", "Al Ḩawl").
    static func romanisedAlike(_ written: String, _ place: Place) -> Bool {
        TransliterationKey.countries.contains(place.country)
            && TransliterationKey.key(written) == TransliterationKey.key(place.name)
    }

    /// The name's best context-free candidate when that is a city of 100,000 or more that bears the
    /// name as its own, and `smaller` is a smaller place of another kind or a town under 100,000.
    static func worldCityByOwnName(_ ranked: [Resolution], over smaller: Place) -> Resolution? {
        guard let first = ranked.first, first.place.kind == .city, first.match == .alias, first.matchedFoldsToName,
              (first.place.population ?? 0) >= 100_000, !isMajor(smaller) else { return nil }
        return first
    }

    /// The country or national capital a name stands for on its own: its best context-free
    /// candidate when that is a country or a capital (GeoNames `PPLC`) matched by name.
    static func capital(_ ranked: [Resolution]) -> Resolution? {
        guard let first = ranked.first, first.place.isNationalCapital || first.place.kind == .country, first.match == .alias else { return nil }
        return first
    }

    /// Whether the alternate name a mention matched is a fair name for the place: a short
    /// all-capital code only when the text writes it in capitals; for a town under 100,000 outside
    /// the romanised-name countries and the Horn of Africa, an alternate that resembles its name (one a prefix or part of
    /// the other, or within two edits).
    static func alternateFits(_ r: Resolution, written: String) -> Bool {
        if r.matchedIsShortCode, written.unicodeScalars.contains(where: { $0.properties.isLowercase }) {
            return false
        }
        // (The cheap tests first: most candidates are not small towns.)
        let p = r.place
        // (A name that is the place's own resembles it: no need to ask whether it is.)
        guard p.kind == .city, (p.population ?? 0) < 100_000, !Lexicon.variantSpellingCountryCodes.contains(p.country) else { return true }
        return r.matchedResemblesName
    }

    /// How near a named place a small one must lie to be meant outside the text's countries.
    static let anchorKm = 100.0

    /// First words of a part of a town named for its age or place: "the Old City", "the New
    /// Town", "the Inner City".
    static let partOfTownWords: WordSet = ["old", "new", "ancient", "historic", "inner", "upper", "lower"]

    /// Whether a name starts with a word of ``partOfTownWords`` after "the": "the Old City", "the
    /// Old Bridge".
    static func partOfTownPhrase(_ tokens: [Token], _ c: Candidate) -> Bool {
        c.first > 0 && tokens[c.first - 1].isWord("the") && partOfTownWords.contains(tokens[c.first])
    }

    /// Kind words after a name that make it a body of water or a facility.
    static let waterKinds: [String: PlaceKind] = [
        "river": .river, "lake": .lake, "field": .oilfield, "fields": .oilfield, "oilfield": .oilfield, "base": .military,
        "airbase": .military, "dam": .dam, "crossing": .crossing,
        // A range named like an area: "the Western Mountains" of Libya are no Western Region, Ghana.
        "mountains": .mountain,
    ]

    /// The words of ``waterKinds``.
    static let waterWords = WordSet(waterKinds.keys)

    /// Whether a mention of more than one word ends in a kind word of ``waterKinds`` ("the Sajur
    /// river", "the Sharara oil field") and `r`, a reading of it, is a place of another kind whose
    /// own matched name lacks the word: a town that only shares the name. ("Elbow Lake" and "Fall
    /// River" are towns by their whole names.)
    static func kindWordDenies(_ tokens: [Token], _ c: Candidate, _ r: Resolution) -> Bool {
        // (The word probed by its key first: most names end in no such word, and build no string.)
        guard c.last > c.first, waterWords.contains(tokens[c.last]), let water = waterKinds[tokens[c.last].folded], r.place.kind != water else { return false }
        return !NameFolding.fold(r.matched).hasSuffix(tokens[c.last].folded)
    }

    /// Whether the text says a mention is a place: a kind word ends it (``endsInKindNoun(_:_:)``), a
    /// kind word hints it ("the town of …"), or a qualifier or relation goes with it ("western …",
    /// "east of …").
    static func saysItIsAPlace(_ tokens: [Token], _ c: Candidate) -> Bool {
        endsInKindNoun(tokens, c) || c.hint != nil || c.saysWhichPart || c.relation != nil
    }

    /// Kinds of water body and facility (those of ``waterKinds``): a town abroad that shares such a
    /// place's name is not it.
    static let facilityKinds = Set(waterKinds.values)

    /// Mentions resolved to a small place (a town under 100,000 or a first-level area) in a country
    /// that no other name in the text is placed in: in news these are words and names that happen
    /// to be places ("Michael", Isle of Man; "Interior", Oman), not places the text is about —
    /// unless another name's place lies within ``loneKm``.
    static let loneKm = 1_000.0

    /// Verbs of taking and holding ground, and nouns of it before "of": a name right after one is a
    /// place fought over, whatever else the text names ("Russia says its troops have entered
    /// Kupiansk", "taken full control of Avdiivka").
    static let controlVerbs: WordSet = [
        "entered", "enter", "enters", "captured", "capture", "captures", "seized", "seize", "seizes", "retook", "retake", "retakes",
        "recaptured", "recapture", "liberated", "liberate", "holds", "stormed", "besieged", "encircled", "overran", "shelled",
    ]
    /// Nouns of taking and holding ground before "of": "control of Avdiivka", "the fall of Bakhmut".
    static let controlNouns: WordSet = ["control", "capture", "fall", "liberation", "recapture", "siege", "encirclement"]

    /// Whether a name stands right after a verb of ``controlVerbs`` or a noun of ``controlNouns``
    /// and "of" ("control of Avdiivka", "the fall of Bakhmut"), one space apart.
    static func objectOfControl(_ tokens: [Token], _ c: Candidate) -> Bool {
        let f = c.spanFirst
        guard f >= 1, tokens[f].spaced, tokens[f - 1].spaced || f == 1 else { return false }
        if !tokens[f - 1].capitalized, controlVerbs.contains(tokens[f - 1]) { return true }
        return f >= 2 && tokens[f - 1].isWord("of") && !tokens[f - 2].capitalized && controlNouns.contains(tokens[f - 2])
    }

    func lonePlaces(_ tokens: [Token], _ candidates: [Candidate], _ best: [Resolution?], explicitFocus: [String], peoples: Set<String>) -> [Bool] {
        var lone = [Bool](filled: false, count: candidates.count)
        // A text that names one place only is about it: one (country, name) pair in all. (Demonyms
        // are no places here, with `--demonyms` as without: "Rock Hill" three times in a paper that
        // also says "Irish" is the town the text is about.)
        var first: (country: String, text: String)?
        var several = false
        func note(_ country: String, _ text: String) {
            guard let f = first else { first = (country, text); return }
            if f.country != country || f.text != text { several = true }
        }
        // (By index, the picks read in place: a loop over the pairs copied every resolution.)
        // (Nor is a reading the kind word denies, named without a place later: "Zintan in the Western
        // Mountains" names one place, not also Western Region, Ghana.)
        for i in candidates.indices where !several && candidates[i].demonymCountry == nil {
            if let r = best[i], !Self.kindWordDenies(tokens, candidates[i], r) { note(r.place.country, candidates[i].text) }
        }
        guard several else { return lone }
        for i in candidates.indices {
            let c = candidates[i]
            // Kept when the caller gave the country as focus, or the text says what kind of place it
            // is ("the town of …", "… province", "Lake …", "… Mountains") or which part ("western …",
            // "east of …").
            guard c.role == .place || c.role == .embedded, c.placeID == nil, let p = best[i]?.place, !explicitFocus.contains(p.country),
                  c.hint == nil, !Self.namesFeature(tokens, c), !Self.endsInLandform(tokens, c), !c.saysWhichPart, c.relation == nil, !p.isCurated,
                  !Self.objectOfControl(tokens, c) else { continue }
            guard p.kind == .admin1 || (p.kind == .city && (p.population ?? 0) < 100_000) else { continue }
            // (Nor a first-level area the text plainly names as a place by its own name: "died in
            // England", whatever else it names.)
            // (Not a common word or phrase: "near Rivers and Stokes avenues", "North West England".)
            if p.kind == .admin1, !c.commonWord, !c.commonPhrase, saidToBePlace(tokens, c), let r = best[i], Self.namesItself(r) { continue }
            // Another name placed in the same country, or one naming its people ("two Solomon
            // Islanders flew to Honiara"), with `--demonyms` as without.
            let country = p.country
            // (By index: the candidates are read in place, not copied.)
            let named = peoples.contains(country) || candidates.indices.contains { j in
                candidates[j].text != c.text && best[j]?.place.country == country
            }
            if named { continue }
            // A place near another name's place is not alone: "fled al-Mayadeen for Iraq". (Not near
            // the point of a region of many countries, "West Africa", or of a sea.)
            lone[i] = !candidates.indices.contains { j in
                guard candidates[j].text != c.text, let near = best[j]?.place, near.hasCoordinate, !near.country.isEmpty else { return false }
                return Self.km(near, p) < Self.loneKm
            }
        }
        return lone
    }

    /// A resolution for a place given by id (abbreviations).
    func resolveID(_ id: String, text: String) -> Resolution? {
        gazetteer.place(id: PlaceID(id)).flatMap(resolution(of:))
    }

    /// A resolution for a known place: its own name resolved in its country and kind.
    func resolution(of p: Place) -> Resolution? {
        resolve(p.name, in: p.country, kind: p.kind, limit: 10).first { $0.place.id == p.id }
    }

    /// Whether a place's population is known to be under `floor`. In the romanised-name countries
    /// GeoNames lists many towns without a population (Harim among them): there an unknown
    /// population is no sign of a small place; elsewhere it is.
    static func knownSmall(_ p: Place, under floor: Int) -> Bool {
        guard let population = p.population else { return !Lexicon.romanisedCountryCodes.contains(p.country) }
        return population < floor
    }

    /// Whether a place is large enough that a capitalised common English word naming it is taken
    /// for it: a country, a first-level area, a place of 100,000 or more, or a curated place.
    static func majorForWord(_ p: Place) -> Bool {
        p.kind == .country || p.kind == .admin1 || (p.population ?? 0) >= 100_000 || p.isCurated
    }

    /// The population under which a capitalised common English word names no more than a hamlet
    /// (``knownSmall(_:under:)``): 10,000 in the romanised-name countries, where English words
    /// rarely coincide with town names (Mocha, Yemen), 20,000 elsewhere.
    static func smallTownFloor(_ p: Place) -> Int {
        Lexicon.romanisedCountryCodes.contains(p.country) ? 10_000 : 20_000
    }

    /// How far below a name's top place abroad, and among how many of its next options, a place
    /// in the text's leading country takes the name's vote for the focus (``inferFocus(_:_:)``).
    static let focusVoteMargin = 0.1
    static let focusVoteOptions = 4

    /// The countries with three votes or more, most first (at most four), else those tied for the
    /// most votes, the one with the biggest town first (at most four; "Raqqa … Hawija … Qayyarah":
    /// Syria and Iraq). A country named votes twice, a place's top candidate or a demonym once.
    func inferFocus(_ tokens: [Token], _ candidates: [Candidate]) -> [String] {
        // Votes per country, and the largest population among its towns voting. (A text names a
        // handful of countries: a list searched in order beats hashing each code.)
        var counts: [(key: String, value: Int, people: Int)] = []
        counts.reserveCapacity(8)
        func add(_ country: String, _ n: Int, _ people: Int) {
            // (A sea, a continent or a region across borders has no country: no vote, and no empty
            // code in the focus.)
            guard !country.isEmpty else { return }
            if let k = counts.firstIndex(where: { $0.key == country }) {
                counts[k].value += n
                counts[k].people = max(counts[k].people, people)
            } else {
                counts.append((country, n, people))
            }
        }
        let paired = Self.pairedCountries(candidates)
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
        for (k, c) in candidates.enumerated() {
            if let cc = c.demonymCountry, !cc.isEmpty { add(cc, 1, 0); continue }
            // An abbreviation votes for its own place's country ("W.Va.", "U.S.").
            if let id = c.placeID {
                if let p = gazetteer.place(id: PlaceID(id)) { add(p.country, p.kind == .country ? 2 : 1, 0) }
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
            // Nor a quarter named with its word in lower case, which lies in the countries the rest
            // of the text is about (see `cityQuarters`): "the neighbourhoods of al-Joura and
            // al-Qusour" make no case for Egypt's Luxor.
            if top.kind == .city, let word = Self.quarterWord(tokens, c), !tokens[word].capitalized { continue }
            if let r = c.heldReading, r < c.ranked.count {
                let area = c.ranked[r].place
                add(area.country, area.kind == .country ? 2 : 1, 0)
                continue
            }
            if let area = heldAfter(k) {
                add(area.country, 1, 0)
                continue
            }
            // A town the text puts in a first-level area named with its kind word votes for the
            // area's country, not for a namesake abroad: "the village of Tripoli in Borno state" is
            // about Nigeria, not Libya (see `containingAreas`).
            if top.kind == .city, let area = areaNamedAfterIn(tokens, candidates, k), area.country != top.country {
                add(area.country, 1, 0)
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
                add(top.country, 1, 0)
                add(c.ranked[1].place.country, 1, 0)
                continue
            }
            add(top.country, top.kind == .country ? 2 : 1, top.kind == .city ? top.population ?? 0 : 0)
        }
        // (A total order: countries are distinct, so the order they were met in does not matter.
        // Among countries with as many votes, the one with the biggest town named leads, as below:
        // three "Irish" do not lead three "Rock Hill" in a South Carolina paper.)
        func order(_ a: (key: String, value: Int, people: Int), _ b: (key: String, value: Int, people: Int)) -> Bool {
            a.value != b.value ? a.value > b.value : a.people != b.people ? a.people > b.people : a.key < b.key
        }
        var ranked = counts.sorted(by: order)
        // A name whose top place abroad, a town, all but ties with one in the leading country votes
        // for the leader (or, when it alone votes for its country, for another the text names),
        // unless the text names the town's country: "Rawa", said three times in a report on Anbar,
        // is Rāwah, Iraq, a hair behind Rawa Mazowiecka, and does not make Poland a focus. (Only
        // when the text votes for two countries or more; the lists are read by index, with no
        // candidate copied.)
        if counts.count > 1, let leader = ranked.first?.key {
            // (A leader by votes, not by people alone.)
            let firmLeader = ranked[0].value > ranked[1].value
            var named: [String] = []
            for c in candidates where c.role == .place && !c.ranked.isEmpty && c.ranked[0].place.kind == .country { named.append(c.ranked[0].place.country) }
            let demonymOf = candidates.compactMap(\.demonymCountry)
            var moved = false
            for (k, c) in candidates.enumerated() where c.role == .place && !c.shortKey && c.demonymCountry == nil && !c.ranked.isEmpty
                && c.heldReading == nil && heldAfter(k) == nil {
                let ranked = c.ranked
                let top = ranked[0].place, topScore = ranked[0].score
                guard top.country != leader || !firmLeader, top.kind == .city, !Self.isMajor(top), !named.contains(top.country),
                      let from = counts.firstIndex(where: { $0.key == top.country }) else { continue }
                let options = ranked.indices.dropFirst().prefix(Self.focusVoteOptions).filter { ranked[$0].score >= topScore - Self.focusVoteMargin }
                // To the leader; or, from a town that alone votes for its country (the leader by people
                // alone among equals, or not), to another country the text names or names a people of:
                // "Iraqi troops entered Rawa" is about Iraq, not Poland. (Not to a country only its
                // towns vote for: "Chile's Ripley department store" in a Miami paper is no Ripley in
                // the United States. Nor for English words: "the Old City" of Mosul is no town in a
                // country the text names.)
                let target = (top.country != leader ? options.first { ranked[$0].place.country == leader } : nil)
                    ?? (counts[from].value == 1 && !c.commonWord && !c.commonPhrase ? options.first { o in
                        ranked[o].place.country != top.country && (named.contains(ranked[o].place.country) || demonymOf.contains(ranked[o].place.country))
                    } : nil)
                guard let target, let to = counts.firstIndex(where: { $0.key == ranked[target].place.country }) else { continue }
                counts[from].value -= 1
                counts[to].value += 1
                moved = true
            }
            if moved { ranked = counts.sorted(by: order) }
        }
        let frequent = ranked.filter { $0.value >= 3 }.map(\.key)
        guard frequent.isEmpty else { return Array(frequent.prefix(4)) }
        // (Those tied at the top, already in order: the biggest town's country first.)
        let most = ranked.first?.value ?? 0
        return Array(ranked.prefix { $0.value == most }.prefix(4).map(\.key))
    }

    /// The first-level area that candidate `k + 1` names right after candidate `k` and "in", with
    /// an area's kind word ("Tripoli in Borno state", "Palma in Cabo Delgado province"), by its best
    /// reading; nil when no such area follows.
    func areaNamedAfterIn(_ tokens: [Token], _ candidates: [Candidate], _ k: Int) -> Place? {
        guard k + 1 < candidates.count, Self.namedIn(tokens, candidates[k], candidates[k + 1]) else { return nil }
        let next = candidates[k + 1]
        guard Self.endsInAreaKindWord(tokens, next), let area = next.ranked.first?.place, area.kind == .admin1 else { return nil }
        return area
    }

    /// Whether place name `c` follows place name `before` after a lower-case "in", one space on
    /// either side, or a comma and one space before it: "Tripoli in Borno state", "Sinjar in
    /// Iraq", "Tripoli in northern Lebanon", "Mansoura, in Raqqa province".
    static func namedIn(_ tokens: [Token], _ before: Candidate, _ c: Candidate) -> Bool {
        let first = c.spanFirst
        return c.placeID == nil && c.role == .place && before.role == .place && first == before.last + 2
            && tokens[first].spaced && (tokens[first - 1].spaced || tokens[first - 1].gapIs(", ")) && tokens[first - 1].isWord("in") && !tokens[first - 1].capitalized
    }

    /// Whether a mention of more than one word ends in an area's kind word (``areaKindWords``):
    /// "Borno state", "Cabo Delgado province".
    static func endsInAreaKindWord(_ tokens: [Token], _ c: Candidate) -> Bool {
        c.last > c.first && areaKindWords.contains(tokens[c.last])
    }

    /// Whether the token after `k` is a number, one space after it: digits, or a Roman numeral of
    /// up to four capitals I, V and X ("Part III", "Phase II").
    static func numberFollows(_ tokens: [Token], _ k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k + 1].spaced, let first = tokens[k + 1].bytes.first else { return false }
        if first &- 0x30 < 10 { return true }
        let w = tokens[k + 1].bytes
        return w.count <= 4 && w.allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 }
    }

    /// The original text of tokens first...last (their words and the gaps between them): the
    /// text's bytes from the first word's start to the last word's end, made into a string at
    /// once (not word by word and gap by gap, a string each).
    static func span(_ tokens: [Token], _ first: Int, _ last: Int) -> String {
        let a = tokens[first], b = tokens[last]
        return String(decoding: UnsafeBufferPointer(start: a.base + Int(a.byteStart), count: Int(b.byteEnd - a.byteStart)), as: UTF8.self)
    }
}
