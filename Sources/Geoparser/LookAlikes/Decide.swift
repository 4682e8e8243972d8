import Gazetteer

extension Geoparser {
    /// A place, a place embedded in an organisation's name, or nil (not a place here); `hint` is the
    /// kind the words around the name give it ("the town of", "Bay and Bakool regions").
    /// `calendarWord` and `functionWord` say whether the first word is one of ``Lexicon/calendarWords``
    /// or ``Lexicon/functionWords``: the caller has looked both up already.
    func decide(_ tokens: Tokens, text: String, first: Int, last: Int, nameEnd: Int, hint: PlaceKind?, calendarWord: Bool, functionWord: Bool,
                options: GeoparseOptions, personWords: inout NameList, besidePerson: inout Bool) -> Role? {
        func topAlone(_ text: String) -> Resolution? { resolveAlone(text, hint: nil) }
        // (Most rules ask only of the best place: read so, it retains the place alone.)
        func topPlace(_ text: String) -> (place: Place, match: MatchKind)? { gazetteer.topCandidate(text) }
        // (What the rules below ask of the best resolution's matched name, for a large place the
        // name may be written as: read from the resolution then, as few names need it.)
        func namesItselfOrCapital(_ name: String) -> Bool {
            let top = topAlone(name)
            return top.map(Self.namesItself) == true || namesAreaItself(name) || top.map(Self.capitalByItsSpelling) == true
        }
        let t = tokens[first]
        let single = first == nameEnd
        if calendarWord && single { return nil }
        // A letter alone is no place name ("Y" of a broken "N.Y." is not Italy).
        if single && t.end - t.start == 1 { return nil }
        // An Arabic direction noun is a direction, whatever it also names: "غرب" in "شمال غرب حلب"
        // (north-west of Aleppo) is not the Gharb.
        if single, t.uncased, Self.arabicDirectionNouns[t.folded] != nil { return nil }
        // A month or weekday and common words: a holiday or date ("May Day"), whatever it also names.
        if calendarWord, (first...nameEnd).allSatisfy({ lexicon.englishWords.contains(tokens[$0]) }) { return nil }
        if functionWord && single && !t.allCaps { return nil }
        // Nor, in capitals, with common words only: a headline's words, whatever a place is also
        // called ("DEIR EZ-ZOR AIRPORT AND THE CITY ITSELF" names no Teresina; "THE HAGUE" stays).
        if !single, functionWord, Self.isUpperCaseWord(t),
           (first + 1...nameEnd).allSatisfy({ Self.isUpperCaseWord(tokens[$0]) && lexicon.englishWords.contains(tokens[$0]) }) { return nil }
        // (Unless a plural kind word or "province of" makes it an area's name: "Bay and Bakool regions";
        // a direction stays a direction: "the province of Western Kasai".)
        if first == last && lexicon.genericNouns.contains(t) && (hint != .admin1 && hint != .admin2 || lexicon.directions[t.folded] != nil) { return nil }
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
                    // (Or a curated region's acronym of four letters as written: "MERV", the Middle
                    // Euphrates River Valley; three are too often another's, "ERV" a virus's.)
                    || top.place.isCurated && top.matched == t.text && t.bytes.count >= 4
            else { return nil }
        }
        // An Arabic word that begins place names, before a capitalised word it does not form a known
        // name with, begins a name the gazetteer lacks: "the Tal Sheikh Youssef hill".
        if single, last == nameEnd, nameEnd + 1 < tokens.count, tokens[nameEnd + 1].capitalized, lexicon.toponymPrefixes.contains(t),
           tokens[nameEnd + 1].spaced || Tokenizer.isHyphen(tokens[nameEnd + 1].gapBytes) { return nil }
        // The rest of a name whose Arabic first word the gazetteer does not know with it: "Tel
        // al-Sultan" is a quarter of Rafah, not Sulţānah (but "Juroud Arsal", the barrens of Arsal,
        // names Arsal).
        if first >= 1, tokens[first].spaced, tokens[first - 1].capitalized, lexicon.toponymPrefixes.contains(tokens[first - 1]),
           !lexicon.areaOfWords.contains(tokens[first - 1]) { return nil }
        // A faith's or sect's adjective before a lower-case word names no place: "Christian towns in
        // the Al-Ghab Plain" (no Christian County), "Druze villages", "Sunni areas", and with a kind
        // word joined to the name, "the largest Christian town in Iraq".
        if single, nameEnd + 1 < tokens.count, tokens[nameEnd + 1].spaced, !tokens[nameEnd + 1].capitalized, Self.faithAdjectives.contains(t) { return nil }
        // A vessel bears a place's name: "the submarine Krasnodar", "the cruiser Moskva".
        if first >= 1, t.spaced, !tokens[first - 1].capitalized, Self.vesselNouns.contains(tokens[first - 1]) { return nil }
        // Titles and their abbreviations (Sgt, Sen, Gen) are never places on their own.
        if single && lexicon.titles.contains(t) { return nil }
        // Noun modifiers: US-led, Iran-backed.
        if nameEnd + 1 < tokens.count, !tokens[nameEnd + 1].spaced, tokens[nameEnd + 1].gapIs("-"), lexicon.modifierSuffixes.contains(tokens[nameEnd + 1]) { return nil }
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
        if first >= 1, t.spaced, tokens[first - 1].capitalized, tokens[first - 1].isWord("united") || tokens[first - 1].isWord("taliban") { return .embedded }
        // A title before: a person ("General Igor"), not a place.
        if first > 0, tokens[first - 1].capitalized, lexicon.titles.contains(tokens[first - 1]) { return nil }
        // A role noun in lower case, then the name and another capitalised word, or a given name and
        // the name: a person's name, whatever the words also name ("SDF spokeswoman Jihan Sheikh
        // Ahmed" is no Ceyhan, "Associated Press writers Sinan Salaheddin" no Salah ad Din
        // province). The word is the person's later in the text too. (Not a country: "the US envoy
        // Jordan" is rare, a country's name as a given name rarer, see ``Lexicon/givenNameCountries``.)
        if single, last == nameEnd, t.spaced, !t.allCaps, !t.uncased {
            // (The flags first, the word sets last: most names have neither neighbour.)
            let role: Int? = first >= 1 && !tokens[first - 1].capitalized && nameEnd + 1 < tokens.count && tokens[nameEnd + 1].spaced
                && tokens[nameEnd + 1].capitalized && !tokens[nameEnd + 1].allCaps && Self.roleNouns.contains(tokens[first - 1])
                && !lexicon.kindWords.contains(tokens[nameEnd + 1]) && !lexicon.organisationHeads.contains(tokens[nameEnd + 1]) ? first - 1
                : first >= 2 && tokens[first - 1].spaced && tokens[first - 1].capitalized && !tokens[first - 1].allCaps && !tokens[first - 2].capitalized
                    && Self.roleNouns.contains(tokens[first - 2]) && !lexicon.functionWords.contains(tokens[first - 1]) ? first - 2 : nil
            if role != nil, topPlace(t.text)?.place.kind != .country {
                personWords.insert(t.text)
                return nil
            }
        }
        // A wire story's credit line names people: "Editing by Louise Ireland" names no Ireland.
        // (Only there: the word elsewhere in the story may be the place.)
        if first >= 2, !t.allCaps, Self.inCreditLine(tokens, first) { return nil }
        // A title and a given name before, and nothing capitalised after: the person's surname, however
        // large a city it names ("Defense Secretary Lloyd Austin", "Senator Lindsey Graham"). (The
        // given name is no English word: "President Obama's Chicago speech" keeps Chicago, and so
        // does "the Governor Visits Chicago" in a headline.) The word alone later is the person's too.
        // (A title's department between too: "Secretary of Defense Lloyd Austin", "Minister of
        // Interior Ahmed Saleh".)
        // (The given name's flags first: most names have no capitalised word before them.)
        if single, last == nameEnd, first >= 2, t.spaced, tokens[first - 1].spaced, tokens[first - 1].capitalized, !tokens[first - 1].allCaps {
            let given = tokens[first - 1]
            let title = first >= 4 && tokens[first - 3].isWord("of") && tokens[first - 2].capitalized && tokens[first - 4].capitalized
                && lexicon.titles.contains(tokens[first - 4]) ? tokens[first - 4] : tokens[first - 2]
            if given.spaced, given.capitalized, !given.allCaps, title.capitalized, lexicon.titles.contains(title), !lexicon.englishWords.contains(given),
               nameEnd + 1 >= tokens.count || !(tokens[nameEnd + 1].capitalized && tokens[nameEnd + 1].spaced) {
                personWords.insert(tokens[nameEnd].text)
                return nil
            }
        }
        // An airport named after a town the gazetteer lacks by that name stands at the town: "Kandahar
        // Airport", "Mosul International Airport" name Kandahar and Mosul (one it has whole, "Damascus
        // International Airport", is found whole). Only a city of 20,000 people or more by its own name
        // or an alternate: an airport named after a person bears a village's name ("Atatürk
        // International Airport" is no Atatürk, a hamlet in Düzce); nor the second of two hyphenated
        // names ("Hartsfield-Jackson International Airport" is Atlanta's).
        if last == nameEnd, t.spaced, nameEnd + 1 < tokens.count, tokens[nameEnd + 1].capitalized, Self.airportFollows(tokens, nameEnd), let top = topPlace(Self.span(tokens, first, nameEnd)),
           top.place.kind == .city, top.match == .alias, (top.place.population ?? 0) >= Self.airportTownPeople { return .place }
        // Organisation or outlet names: a place followed by a capitalised head word ("Russia Today",
        // "Iraqi Army"), or inside "Islamic State of …" / "Operation …".
        if last == nameEnd, nameEnd + 1 < tokens.count {
            let n = tokens[nameEnd + 1]
            // (A centre "for" something too, named after a city: "the Sanaa Center for Strategic
            // Studies"; one after a small town's name usually bears a person's, "the Webb Center for".)
            if n.capitalized, Self.joinsNext(tokens, nameEnd), lexicon.organisationHeads.contains(n)
                || (n.isWord("center") || n.isWord("centre")) && nameEnd + 2 < tokens.count && tokens[nameEnd + 2].isWord("for") && tokens[nameEnd + 2].spaced
                && topPlace(Self.span(tokens, first, nameEnd)).map({ Self.isMajor($0.place) }) == true {
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
            var reach = nameEnd + 3
            while k < tokens.count, k <= reach {
                // (Across "People's": "the Tigray People's Liberation Front"; not across other
                // possessives, "the Butler County Sheriff's Office" is the county's.)
                if k > nameEnd + 1, tokens[k - 1].isWord("people"), Tokenizer.isPossessiveS(tokens, k) {
                    k += 1
                    reach += 1
                    continue
                }
                // (A channel's "TV" in capitals: "Artsakh Public TV".)
                if k > nameEnd + 1, tokens[k].isWord("tv"), Self.joinsNext(tokens, k - 1) { return .embedded }
                guard tokens[k].capitalized, Self.joinsNext(tokens, k - 1),
                      !lexicon.functionWords.contains(tokens[k]), tokens[k].bytes.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) else { break }
                if k > nameEnd + 1, lexicon.organisationEnds.contains(tokens[k]) { return .embedded }
                // A school, hospital or museum named after a city ("Buffalo Science Magnet School",
                // "Buffalo Public Schools") does not make the city a person's first name; one after a
                // small town's name usually bears a person's ("Kennedy Elementary School").
                if k > nameEnd + 1, Self.institutionEnds.contains(tokens[k]), single,
                   let top = topPlace(t.text), top.place.kind == .country || top.place.kind == .admin1 || (top.place.population ?? 0) >= 100_000 {
                    return .embedded
                }
                k += 1
            }
        }
        // A body named for two places: "Iraq's Jazira and Badia Operations Command", "the Jazira and
        // Badia Operations Command" (only after "the" or a possessive: not "in Raqqa and Manbij
        // Military Council positions", nor "in East Oxford and Magdalen College School").
        if single, last == nameEnd, first >= 1, nameEnd + 3 < tokens.count, !tokens[nameEnd + 1].capitalized, tokens[nameEnd + 1].spaced,
           tokens[nameEnd + 1].isWord("and"), tokens[first].spaced, tokens[first - 1].isWord("the") || Tokenizer.isPossessiveS(tokens, first - 1) {
            var k = nameEnd + 2
            while k < tokens.count, k <= nameEnd + 5, tokens[k].spaced, tokens[k].capitalized, !tokens[k].allCaps {
                if k > nameEnd + 2, lexicon.organisationEnds.contains(tokens[k]) { return .embedded }
                k += 1
            }
        }
        // Outlets and titles that start with a place: a 24-hour news channel ("Kurdistan 24
        // reported", "Deir Ezzor 24"), and a place with "is" and a run of capitalised words
        // ("Raqqa is Being Slaughtered Silently", a title, not a sentence about Raqqa).
        if last == nameEnd, isOutletName(tokens, after: nameEnd) || namesBroadcaster(tokens, first, nameEnd)
            // (Its first flag asked here: most names are in a cased script.)
            || t.uncased && Self.afterArabicOrganisationNoun(tokens, first) { return .embedded }
        // A group of forces named like a place, as Russia's army groupings are: "the Dnepr group of
        // forces", "the Vostok (East) group".
        if last == nameEnd, nameEnd + 1 < tokens.count {
            // (A gap of one space holds no bracket: told by its flag, with no bytes read.)
            let bracketed = nameEnd + 2 < tokens.count && !tokens[nameEnd + 1].spaced && !tokens[nameEnd + 2].spaced
                && tokens[nameEnd + 1].gapBytes.contains(0x28) && tokens[nameEnd + 2].gapBytes.contains(0x29)
            let n = bracketed ? nameEnd + 2 : nameEnd + 1
            let groupWord = !tokens[n].capitalized && (tokens[n].isWord("group") || tokens[n].isWord("grouping"))
            // (Not a local group: "the Cambridge group of the Macular Disease Society".)
            // (Its words read only after a group word.)
            if groupWord, bracketed || n + 2 < tokens.count && tokens[n + 1].isWord("of") && tokens[n + 2].isWord("forces") { return nil }
        }
        // A tribe named like a place: "the Shammar tribe", "the Jubur clan".
        if last == nameEnd, nameEnd + 1 < tokens.count, tokens[nameEnd + 1].spaced, Self.isTribeNoun(tokens[nameEnd + 1]) { return nil }
        // "… of X" in an institution's name: "the Islamic State of Iraq", "the University of Mosul".
        // (A demonym may stand between: "the Democratic Party of Iranian Kurdistan".)
        let of = first >= 1 && tokens[first - 1].capitalized && lexicon.demonymWords.contains(tokens[first - 1]) ? first - 1 : first
        if of >= 2, tokens[of - 1].isWord("of"), tokens[of - 2].capitalized, Self.institutionsOf.contains(tokens[of - 2]),
           Self.institutionsOfAnyPlace.contains(tokens[of - 2]) || of >= 3 && tokens[of - 3].capitalized && !tokens[of - 3].isWord("the") {
            return .embedded
        }
        // (Or after "of", a capitalised word and "and": "the Government of Peace and Unity", no
        // Unity state of South Sudan.)
        if of >= 4, tokens[of - 1].isWord("and"), tokens[of].spaced, tokens[of - 2].capitalized, lexicon.englishWords.contains(tokens[of - 2]),
           tokens[of - 3].isWord("of"), tokens[of - 4].capitalized, Self.institutionsOf.contains(tokens[of - 4]) { return .embedded }
        // An outlet's service, a group's branch or an agency's office after its acronym: "RT
        // France", "IS Sahel", "OCHA Iraq".
        if first >= 1, t.spaced, tokens[first - 1].allCaps && (Self.outletPrefixes.contains(tokens[first - 1]) || Self.groupAcronyms.contains(tokens[first - 1]))
            || Self.isUpperCaseWord(tokens[first - 1]) && Self.agencyAcronyms.contains(tokens[first - 1]) {
            return .embedded
        }
        // (With an article after "of" too: "Wrath of the Euphrates", the SDF's Raqqa campaign.)
        if of >= 3, !tokens[of - 1].capitalized, tokens[of - 3].capitalized, tokens[of - 1].isWord("the"), tokens[of - 2].isWord("of"),
           Self.institutionsOfAnyPlace.contains(tokens[of - 3]) { return .embedded }
        // A place between "for" after an institution's head and the field it studies: "the Washington
        // Institute for Near East Policy", "the Centre for Middle East Studies" (not "the UN envoy
        // for Syria", nor "the Institute for Syria's future").
        if last == nameEnd, first >= 2, t.spaced, !tokens[first - 1].capitalized, tokens[first - 2].capitalized, tokens[first - 1].isWord("for"),
           lexicon.organisationEnds.contains(tokens[first - 2]) || tokens[first - 2].isWord("center") || tokens[first - 2].isWord("centre"),
           nameEnd + 1 < tokens.count, tokens[nameEnd + 1].spaced, tokens[nameEnd + 1].capitalized, Self.fieldsOfStudy.contains(tokens[nameEnd + 1]) {
            return .embedded
        }
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
        if of >= 3, !tokens[of - 1].capitalized, tokens[of - 2].capitalized, tokens[of - 3].capitalized,
           tokens[of - 1].isWord("in") || tokens[of - 1].isWord("for") && tokens[of - 2].isWord("mission"),
           tokens[of - 2].isWord("mission") || (tokens[of - 2].isWord("force") || tokens[of - 2].isWord("forces")) && !nationalForce(tokens, head: of - 2) {
            return .embedded
        }
        if first >= 1, tokens[first - 1].capitalized, tokens[first - 1].isWord("operation") { return .embedded }
        // A task force named for its place: "Joint Task Force Marawi" (no person "Force Marawi"
        // speaking, whose name would hide the city in the rest of the text).
        if first >= 2, t.spaced, tokens[first - 1].spaced, tokens[first - 1].capitalized, tokens[first - 2].capitalized,
           tokens[first - 1].isWord("force"), tokens[first - 2].isWord("task") { return .embedded }
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
            guard let top = topPlace(t.text) else { return nil }
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
            // (Nor one a plural kind word gives its kind: "the three Licking County cities of
            // Pataskala, Heath and Newark".)
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
           !(topPlace(tokens[first - 1].text).map { $0.place.kind == .country || $0.place.kind == .admin1 || ($0.place.population ?? 0) >= 50_000 } ?? false),
           topPlace(Self.span(tokens, first - 2, first - 1)) == nil {
            // (The same word later is the person too: "Navarro-Valls also said".)
            personWords.insert(t.text)
            return nil
        }
        // A place after "pro-" or "anti-" is a noun modifier, as "US-led" is: "pro-Damascus militias".
        if first >= 1, t.gapIs("-"), tokens[first - 1].isWord("pro") || tokens[first - 1].isWord("anti") { return nil }
        // A word before "Abdul-…", "Abdel-…" or "Abd" is a given name, and a word joined to one by
        // a hyphen its bearer's: "Qassim Abdul-Zahra" names no Al-Qassim Region and no al-Zahraa.
        // (Not a country: "Jordan Abdullah" is no such name.)
        if single, last == nameEnd, nameEnd + 1 < tokens.count, tokens[nameEnd + 1].spaced, tokens[nameEnd + 1].capitalized,
           Self.servantOfWords.contains(tokens[nameEnd + 1]), topPlace(t.text)?.place.kind != .country {
            return nil
        }
        if first >= 1, t.gapIs("-"), tokens[first - 1].capitalized, Self.servantOfWords.contains(tokens[first - 1]) { return nil }
        // A kunya and a nisba: "Abu" or "Umm" and a word, then an article joined to a capitalised
        // word, is a person's name ("Abu Ali al-Anbari" is no Āb‘alī, Iran; "Abu Kamal" alone stays
        // the town), unless the two words name a major place.
        if nameEnd == first + 1, last == nameEnd, t.capitalized, t.isWord("abu") || t.isWord("abou") || t.isWord("umm"),
           nameEnd + 2 < tokens.count, tokens[nameEnd + 1].spaced, !tokens[nameEnd + 1].capitalized, Self.hyphenatedArticle(tokens, nameEnd + 1),
           !Self.arabicPartAdjectives.contains(tokens[nameEnd + 2]),
           !(topPlace(Self.span(tokens, first, nameEnd)).map { Self.isMajor($0.place) } ?? false) {
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
                // (Nor an area's abbreviation written with periods, the town's state: "Charleston W.
                // Va." names Charleston; the abbreviation is a mention of its own.)
                && abbreviation(tokens, text: text, at: nameEnd + 1) == nil
            // A word and an article joined to a capitalised word, the gazetteer knowing no name of
            // them all: a person's name too ("Bashar al-Assad", "Haider al-Abadi").
            let nextArticle = nameEnd + 2 < tokens.count && tokens[nameEnd + 1].spaced && !tokens[nameEnd + 1].capitalized
                && Self.hyphenatedArticle(tokens, nameEnd + 1)
            // A capitalised word that can stand in a person's or group's name before this one.
            func nameWord(_ k: Int) -> Bool {
                tokens[k].capitalized && !tokens[k].uncased && !tokens[k].allCaps && !lexicon.functionWords.contains(tokens[k]) && !lexicon.titles.contains(tokens[k])
                    && !Self.namePrepositions.contains(tokens[k])
                    // (A direction told by its word's key: a token is one word, so the words of the
                    // directions' keys are the keys a token can be.)
                    && !lexicon.directionWords.contains(tokens[k]) && !lexicon.kindPrefixes.contains(tokens[k])
                    // (Nor "Village" or "Camp": "SOS Children's Village Malakal" names Malakal.)
                    && !tokens[k].isWord("village") && !tokens[k].isWord("camp")
                    // (Nor a weekday, or a month after a preposition or a number: "On Friday Mayadin
                    // fell", "in March Raqqa"; a date, no given name.)
                    && !Self.isDateWord(tokens, k)
            }
            let prevCap = first > 0 && t.spaced && nameWord(first - 1)
            // The same before an article the name was found without: "Asaib Ahl al-Haq" (found as
            // "Haq", a town in Iran).
            let articleCutAfterName = single && first >= 2 && tokens[first - 1].spaced && Self.hyphenatedArticle(tokens, first - 1) && nameWord(first - 2)
            // After a middle initial ("Derek D. Moore"): a surname.
            let afterInitial = first >= 2 && t.gapIs(". ") && tokens[first - 1].end - tokens[first - 1].start == 1
                && tokens[first - 1].capitalized && tokens[first - 1].spaced && tokens[first - 2].capitalized
            // Before a middle initial and a surname ("Lolita C. Baldor", "Patrick J. Sullivan"): a given
            // name. (Not a state's abbreviation written with a space, "Charleston W. Va.": the word
            // after the initial is a surname of three letters or more, and no period follows it.)
            let beforeInitial = single && nameEnd + 2 < tokens.count && tokens[nameEnd + 1].spaced && tokens[nameEnd + 1].end - tokens[nameEnd + 1].start == 1
                && tokens[nameEnd + 1].capitalized && tokens[nameEnd + 2].gapIs(". ") && tokens[nameEnd + 2].capitalized
                && tokens[nameEnd + 2].end - tokens[nameEnd + 2].start >= 3 && !(nameEnd + 3 < tokens.count && tokens[nameEnd + 3].gapFirstByte == UInt8(ascii: "."))
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
                // (Nor an area's name: "Sahem al-Golan", a village, leaves "the Golan" the Heights.)
                // (Nor a city of 100,000 or more matched by its own name, its article and spelling
                // aside: "Fallujah" for Al Fallūjah, not "Sadr" for Sadr City. The resolution, whose
                // matched name that reads, only for a large city.)
                let word = tokens[nameEnd].text
                let top = topPlace(word)
                let largeCity = top.map { $0.place.kind == .city && Self.isMajor($0.place) } == true && topAlone(word).map(Self.namesByItsName) == true
                if !largeCity, !(top.map { Self.isArea($0.place) || $0.place.kind == .region } ?? false) {
                    personWords.insert(tokens[nameEnd].text)
                }
                return nil
            }
            if articleCutAfterName && nameNeighbour(first - 2) { return nil }
            // Before an age between commas: a person ("Her eldest, Harrison, 8, held …").
            let age = nameEnd + 2 < tokens.count && tokens[nameEnd + 1].gapIs(", ") && tokens[nameEnd + 2].gapFirstByte == UInt8(ascii: ",")
                && tokens[nameEnd + 1].isNumber(digits: 3)
            if nextName || prevName || nextArticle || afterInitial || beforeInitial || speaks || age {
                let name = Self.span(tokens, first, nameEnd)
                let top = topPlace(name)
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
                        || !namesItselfOrCapital(name)) {
                    // A capitalised word and a facility's head after the name: a works named after
                    // the town or a person ("the Avdiivka Coke Plant", "the Harold Patterson Sports
                    // Center"), no mention, but no person's name either, which would hide the town
                    // wherever else the text names it ("… in northwestern Avdiivka").
                    if nextName, !prevName, facilityNameFollows(tokens, after: nameEnd) { return nil }
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
                // (Before a middle initial and a surname it is the person's given name: "Patrick J.
                // Sullivan" names no Patrick, Isle of Man, nor Patrick County.)
                if beforeInitial, let top, top.place.kind == .admin1 {
                    personWords.insert(name)
                    return nil
                }
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
        guard let top = gazetteer.topCandidate(word), top.place.kind == .city, (top.place.population ?? 0) < 20_000,
              let stem = resolveAlone(String(word.dropLast()), hint: nil) else { return false }
        // (The stem matched as written, not by a transliteration key only: "Ubaydi" is a town by
        // al-Qaim, though "Ubayd" shares a key with El Obeid, Sudan; and by the place's own name,
        // not another alternate: "Amedi" is Amadiya, though "Amed" is Diyarbakır in Kurdish.)
        return stem.match == .alias && Self.isMajor(stem.place) && Self.namesByItsName(stem)
    }

    /// Whether a word is a noun that makes the name before it a tribe's ("the Shammar tribe"),
    /// looked up by its key (one probe, not four comparisons; in line).
    @inline(__always)
    static func isTribeNoun(_ t: Token) -> Bool {
        tribeNouns.contains(t)
    }

    /// Nouns that make the name before them a tribe's (``isTribeNoun(_:)``).
    static let tribeNouns = WordSet(["tribe", "tribes", "clan", "clans"], mark: .tribeNouns)

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
}
