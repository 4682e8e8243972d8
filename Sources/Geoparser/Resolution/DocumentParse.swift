import Gazetteer

extension Geoparser {
    /// Geoparses one text given its tokens.
    func parse(tokens: Tokens, text: String, options: GeoparseOptions) -> GeoparseResult {
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
        // (Most texts have none: the list is then shared, not copied. Else the rest is copied into
        // room made once: a filtered copy grew at each doubling.)
        var candidates = found
        if found.contains(where: { $0.role == .focusOnly }) {
            candidates = []
            candidates.reserveCapacity(found.count)
            for c in found where c.role != .focusOnly { candidates.append(c) }
        }
        var mentions: [Mention] = []
        mentions.reserveCapacity(candidates.count)
        // First round: each alone with the focus; then with the other mentions as context.
        // Names whose winner leads by more than nearby places can add (0.4) are settled after round one.
        var settled = FlagList(count: candidates.count)
        let besideCountry = Self.listedBesideCountry(tokens, candidates)
        var best: [Resolution?] = candidates.enumerated().map { (k, c) in
            if let id = c.placeID { return resolveID(id, text: c.text) }
            if c.role == .demonym { return nil }
            // (The list read once: each `c.ranked` below was a retain and a release of it.)
            let ranked = c.ranked
            // (Picks by position: only the winner is copied.)
            // (The first two picks visited, with no list built for them.)
            var first: (index: Int, score: Double)?, second: Double?
            Gazetteer.forEachBestPick(of: ranked, focusKeys: focusKeys, limit: 2) { index, score in
                if first == nil { first = (index, score) } else { second = score }
                return true
            }
            guard let a = first else { return nil }
            // (The pick copied once, here, as the answer it mostly is: each `ranked[a.index]` read
            // below had copied it again.)
            var winner = ranked[a.index]
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
            if options.focus == nil, a.index != 0, let capital = Self.capital(ranked), !winner.place.isSame(as: capital.place),
               winner.place.codeKeys.country != focusKeys.first || capital.place.kind == .country && (besideCountry[k] || c.commonWord && Self.namesItself(capital)) {
                settled[k] = true
                return Gazetteer.best(of: [capital], focus: focus, limit: 1).first
            }
            // A national capital named by its own name is the capital, not a larger place of its
            // country that has the name only as an alternate: "New Delhi" is not Delhi. (Abroad a
            // namesake may be meant: "Douglas" in a Kansas paper is Douglas County, not the Isle of
            // Man's capital.)
            if !winner.matchedFoldsToName, let capital = Self.capitalByOwnName(ranked), !winner.place.isSame(as: capital.place),
               winner.place.codeKeys.country == capital.place.codeKeys.country {
                settled[k] = true
                return Gazetteer.best(of: [capital], focus: focus, limit: 1).first
            }
            // Outside the text's main country the same holds for a capital named by its own name in
            // the pick's country ("Washington was not party to the deal" in a report on Syria is the
            // capital, not the state), and for a large city abroad that bears the name as its own
            // over a smaller namesake in a secondary focus country ("talks in Geneva" in a report on
            // Syria that also names the United States). (Not for a focus the caller gave.)
            if options.focus == nil, a.index != 0, let main = focusKeys.first, winner.place.codeKeys.country != main {
                let pick = winner.place
                if let capital = Self.capitalByOwnName(ranked), !pick.isSame(as: capital.place), pick.codeKeys.country == capital.place.codeKeys.country {
                    settled[k] = true
                    return Gazetteer.best(of: [capital], focus: focus, limit: 1).first
                }
                // (Not for a common word: "the Bush administration" is no Būsh, Egypt.)
                if !c.commonWord, let city = Self.worldCityByOwnName(ranked, over: pick), !focusKeys.contains(city.place.codeKeys.country) {
                    settled[k] = true
                    return city
                }
            }
            if second.map({ a.score - $0 > 0.4 }) ?? true { settled[k] = true }
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
        // (By index: the few names with places set aside are told without retaining every candidate.)
        for k in candidates.indices where !candidates[k].setAside.isEmpty {
            let c = candidates[k]
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
        var keep = FlagList()
        // Names the text says are fought over somewhere (``objectOfControl(_:_:)``): the town is
        // fought over wherever else the text names it ("in northwestern Avdiivka … the seizure of
        // Avdiivka").
        // (By index, the candidates read in place: no candidate retained for the test.)
        var foughtOverNames: [UInt64] = []
        for k in candidates.indices where Self.objectOfControl(tokens, spanFirst: candidates[k].spanFirst) { foughtOverNames.append(candidates[k].textKey) }
        // (By index: a loop over the pairs copied every pick, and the first pick set below copied
        // the whole list, which the loop's pairs still held. Only `best[k]` changes in round `k`.)
        for k in candidates.indices {
            let c = candidates[k]
            if c.shortKey && best[k] == nil { keep.append(false); continue }
            guard c.role == .place || c.role == .embedded, c.placeID == nil, var r = best[k] else { keep.append(true); continue }
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
            // A common word the text plainly says is a place ("caught behind a gas station in
            // Hurricane, according to the Putnam County sheriff") is a town of its name next to a
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
            // At a sentence's start a common word's capital says nothing: a town abroad, however
            // large, is kept only where the text says it is a place ("Mobile groups of terrorists
            // attacked" in a report on Syria names no Mobile, Alabama).
            if c.commonWord, r.place.kind == .city, !inFocus, c.hint == nil, !plainlyNear, Tokenizer.startsSentence(tokens, c.first),
               c.last + 1 < tokens.count, tokens[c.last + 1].spaced, !tokens[c.last + 1].capitalized {
                keep.append(false)
                continue
            }
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
                   // (The pick's kind read in place first, and only its place copied.)
                   guard !candidates[j].commonPhrase, best[j].placeKind == .city, let o = best[j]?.place else { return false }
                   return !o.isSame(as: r.place) && Self.km(o, r.place) < Self.anchorKm
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
               case let foughtOver = foughtOverNames.contains(c.textKey), !(foughtOver && (r.place.population ?? 0) >= 10_000) {
                let saysPlace = !c.commonWord && (Self.saysItIsAPlace(tokens, c) || placedBesideNext(tokens, candidates, k) || foughtOver)
                if saysPlace { best[k] = nil }
                keep.append(saysPlace)
                continue
            }
            // So is an Arabic compound name ("Abu al-Hassan", "Ein Hamam") of a small town abroad in a
            // text about the Arabic-speaking world: a place of the text's countries the gazetteer
            // lacks, named without a place, not Abou el Hassan or ’Aïn el Hammam, Algeria.
            if !c.single, c.placeID == nil, lexicon.toponymPrefixes.contains(tokens[c.first]), !focus.isEmpty, !inFocus,
               r.place.kind == .city, (r.place.population ?? 0) < 50_000, focus.contains(where: lexicon.arabicSpeaking.contains) {
                best[k] = nil
                keep.append(true)
                continue
            }
            // A short-key find stays only in a text about the Arabic-speaking world, resolved by that key.
            if c.shortKey && !(r.match == .key && lexicon.arabicSpeaking.contains(r.place.country) && focus.contains(where: lexicon.arabicSpeaking.contains)) {
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
        // (Which names stand in a list beside the next, asked once for the rules that read lists.)
        let listedNext = Self.listedPairs(tokens, candidates)
        listedAreas(tokens, candidates, &best, &settled, focus: focus, listedNext: listedNext)
        listedCapitals(tokens, candidates, &best, &settled, focus: focus, listedNext: listedNext)
        placesBesideBearing(tokens, candidates, &best, &settled, focus: focus)
        coherent(candidates, &best, settled: settled, focus: focus, focusKeys: focusKeys)
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
        outlyingListItems(tokens, candidates, &best, focusKeys: focusKeys, listedNext: listedNext)
        distinctListItems(tokens, candidates, &best, listedNext: listedNext)
        cityQuarters(tokens, candidates, &best, focusKeys: focusKeys)
        // (With the towns' picks final.)
        placedInArea += partsOfTowns(tokens, candidates, &best, focus: focus)
        let farKeys = farKeyMatches(tokens, candidates, &best, focusKeys: focusKeys)
        let farAlternateWords = farAlternates(tokens, candidates, &best, focus: focus, focusKeys: focusKeys)
        // (The peoples the text names, whether or not their demonyms are reported, are read from
        // all the candidates found.)
        let lone = lonePlaces(tokens, candidates, best, explicitFocus: options.focus ?? [], allFound: found, foughtOver: foughtOverNames)
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
            // (Taken from the picks, which nothing reads after this loop: copied, the pick was
            // retained here and released again with the list.)
            var resolution = best[i].take()
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
            if Self.endsInWaterWord(tokens, c), let r = resolution, Self.kindWordDenies(tokens, c, r), !focusKeys.contains(r.place.codeKeys.country) {
                resolution = nil
            }
            // So is a name in a list that ends in such a kind ("the Hayl and Arak gas fields" is no
            // Saudi city).
            if let hint = c.hint, Self.isFacilityKind(hint), let r = resolution, r.place.kind != hint, !focusKeys.contains(r.place.codeKeys.country) {
                resolution = nil
            }
            // A mountain or wadi named after a place abroad is not that place: named, not
            // resolved. In the text's countries the place it is named after stands near it (Mount
            // Sinjar, Sinjar).
            // (So is a town abroad whose whole name has the word: "Lake Albert" in Uganda is not Lake
            // Albert, South Australia.)
            // So are mountains or a valley named after a town abroad ("the Nuba Mountains" in a
            // report on Sudan are no village in the West Bank).
            // (The words asked first: most names have none, and their picks are not copied.)
            if c.featurePrefix != nil || Self.namesFeature(tokens, c) || Self.endsInLandform(tokens, c), let r = resolution,
               !focusKeys.contains(r.place.codeKeys.country), c.featurePrefix != nil || r.place.kind == .city {
                resolution = nil
            }
            // A sea or cape named after a place is not the place, unless that is a town of 10,000 or
            // more in the text's main country, which the sea then lies by ("the Gulf of Sirte" in a
            // report on Libya): "the Gulf of Guinea" is no country, "the Cape of Good Hope" no Good
            // Hope, Louisiana.
            if c.namesSeaOrCape, let r = resolution, r.place.kind != .city || r.place.codeKeys.country != focusKeys.first || Self.knownSmall(r.place, under: 10_000) {
                resolution = nil
            }
            // "the eastern side of Mosul" is its east; "the eastern side of the Euphrates" its bank.
            var qualifier = c.qualifier, relation = c.relation, qualifierFirst = c.qualifierFirst, qualifierLast = c.qualifierLast
            // (The pick's kind read in place, here and below: an optional chain on it copied it.)
            if let kind = resolution.placeKind, Self.hasSides(kind) {
                if let side = c.sideStart { (qualifier, relation, qualifierFirst) = (relation, nil, side) }
                // ("Omdurman's western edge": after the name.)
                if let side = c.sideLast { (qualifier, relation, qualifierLast) = (relation, nil, side) }
            }
            if let left = c.leftBank, relation == nil, let place = resolution?.place { relation = Self.bankRelation(left: left, of: place) }
            // "the east of the Euphrates" is the land east of the river, as "east of" is: no part of
            // the river (the mention is the river's name).
            if resolution.placeKind == .river, relation == nil, let q = qualifier, q != "border", q != "central",
               let qf = qualifierFirst, tokens[qf].isWord("the") {
                (qualifier, relation, qualifierFirst) = (nil, q, nil)
            }
            let startToken = qualifierFirst ?? c.featurePrefix ?? c.article ?? c.first, endToken = qualifierLast ?? c.last
            // "near Raqqa", "close to the Syrian border": nearness, told in the output only (no rule
            // reads it as it reads the other relations).
            // (A border qualifier keeps it: "near the Niger border" is near Niger's border areas.)
            // A demonym before a border word, reported with `--demonyms`, is its country's border
            // areas: "near the Syrian border", "the Iraqi-Syrian border".
            if c.role == .demonym, qualifier == nil, Self.borderWordFollows(tokens, c.last) || Self.nameOfBorderPair(tokens, c) { qualifier = "border" }
            if relation == nil, qualifier == nil || qualifier == "border", Self.saysNear(tokens, before: startToken) { relation = "near" }
            // ("outside Manbij", "opposite Albu Kamal", "across the river from Albukamal": a town's,
            // where the phrase ends with the name: not "outside Oakland police headquarters".)
            if relation == nil, qualifier == nil, let kind = resolution.placeKind, kind == .city || Self.isFacilityKind(kind),
               Self.saysBesideTown(tokens, before: startToken),
               endToken + 1 >= tokens.count || !tokens[endToken + 1].spaced || tokens[endToken + 1].capitalized || lexicon.functionWords.contains(tokens[endToken + 1]) {
                relation = "near"
            }
            // (The second of two names after "near" too: "near Homs and Hama".)
            if relation == nil, qualifier == nil, i > 0, case let a = candidates[i - 1], a.last == startToken - 2, tokens[startToken - 1].isWord("and"),
               tokens[startToken - 1].spaced, tokens[startToken].spaced, a.qualifier == nil, Self.saysNear(tokens, before: a.spanFirst) {
                relation = "near"
            }
            // "the border with Iraq", "its borders with Syria and Jordan": the country's border
            // areas, told in the output only, as nearness is. (Of a country or first-level area.)
            if relation == nil, qualifier == nil, let kind = resolution.placeKind, kind == .country || kind == .admin1,
               Self.saysBorderWith(tokens, before: startToken) { qualifier = "border" }
            let period = c.trailingPeriod && qualifierLast == nil
            let start = tokens[startToken].start, end = tokens[endToken].end + (period ? 1 : 0)
            // (The candidate's own text when the mention is just the name: no second copy built.)
            let span = startToken == c.first && endToken == c.last ? c.text : Self.span(tokens, startToken, endToken)
            let written = period ? span + "." : span
            // (Asked before the pick moves into the mention: asked after, the pick was copied.)
            let placed = resolution != nil
            mentions.append(Mention(text: written, start: start, end: end, resolution: consume resolution,
                                    qualifier: qualifier, relation: relation, role: c.role.rawValue))
            mentionNames.append(c.role == .place ? c.textKey : nil)
            if !placed, c.role == .place, !unplacedNames.contains(c.textKey) { unplacedNames.append(c.textKey) }
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
}
