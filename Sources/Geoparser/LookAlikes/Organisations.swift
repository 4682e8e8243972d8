import Gazetteer

extension Geoparser {
    /// Head words of institution names that end in "of" and a place ("the Bank of England").
    static let institutionsOf: WordSet = [
        "state", "bank", "university", "republic", "army", "council", "government", "ministry", "embassy", "times",
        // Parties and movements: "the Patriotic Union of Kurdistan", "the Democratic Party of Iranian Kurdistan".
        "union", "party", "front", "movement", "alliance", "league",
        // "the Autonomous Administration of North and East Syria", "the Islamic Emirate of Afghanistan".
        "administration", "emirate",
        // A military operation: "Wrath of Euphrates" (the SDF's Raqqa campaign).
        "wrath",
        // A newspaper: "The Global New Light of Myanmar".
        "light",
    ]

    /// Outlets' acronyms before a country's or a city's name, which then names the outlet's service:
    /// "RT France", "BBC Persian", "TRT World" ("CNN Turk").
    static let outletPrefixes: WordSet = ["rt", "bbc", "cnn", "voa", "dw", "trt", "cgtn", "nhk", "afp", "rfe"]

    /// Acronyms of a jihadist group before a place's name, which then names the group's branch:
    /// "IS Sahel", "ISIS Khorasan", "ISIL Libya".
    static let groupAcronyms: WordSet = ["is", "isis", "isil"]

    /// Acronyms of aid and UN agencies before a country's name, which then names the agency's
    /// office there: "OCHA Iraq", "UNHCR Syria", "IOM Yemen".
    static let agencyAcronyms: WordSet = ["ocha", "unhcr", "unicef", "wfp", "iom", "undp", "unfpa", "msf", "icrc", "nrc", "unmas", "unops"]

    /// Military operations of the Syrian war named like places, folded: read as operations before
    /// a word for their area or forces (``namesOperation(_:_:)``).
    static let operationNames: Set<String> = ["olive branch", "peace spring", "euphrates shield", "spring of peace", "inherent resolve", "dawn of freedom"]

    /// The first words of ``operationNames``.
    static let operationFirstWords = WordSet(operationNames.map { String($0.prefix { $0 != " " }) }, mark: .operationFirstWords)

    /// Words after an operation's name that make it one: "the Olive Branch region", "Peace Spring
    /// forces".
    static let operationAreaWords: WordSet = ["region", "area", "areas", "zone", "zones", "offensive", "operation", "operations", "campaign", "forces", "factions", "fighters", "pocket", "strip"]

    /// Whether the capitalised words from token `first` are a military operation's name
    /// (``operationNames``, two or three words) followed by a lower-case word for its area or
    /// forces (``operationAreaWords``).
    /// (Most names are no such thing: the first word's probe, in line, tells at once; the rest
    /// out of line.)
    @inline(__always)
    static func namesOperation(_ tokens: Tokens, _ first: Int) -> Bool {
        operationFirstWords.contains(tokens[first]) && operationNameFollows(tokens, first)
    }

    /// ``namesOperation(_:_:)`` past its first word's probe.
    @inline(never)
    private static func operationNameFollows(_ tokens: Tokens, _ first: Int) -> Bool {
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
        "christian", "christians", "muslim", "sunni", "shia", "shiite", "shi'ite", "alawite", "druze", "yazidi", "yezidi", "catholic",
        "orthodox", "jewish", "sufi", "assyrian", "chaldean", "protestant", "evangelical", "coptic", "maronite", "ismaili",
    ]

    /// Words after an operation's name in quotes: the SDF's "Wrath of the Euphrates" operation.
    static let operationWords: WordSet = ["operation", "offensive", "campaign"]

    /// Whether tokens `first...nameEnd` stand in quotes that name an operation: after a capitalised
    /// "Operation" (Operation "We Are Coming, Nineveh") or before a word of ``operationWords``. The
    /// quotes open at most six words before the name and close at most four after it.
    static func inQuotedOperationName(_ tokens: Tokens, _ first: Int, _ nameEnd: Int) -> Bool {
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
        // (In lower case too: the Turkish operation "Olive Branch".)
        if open >= 1, tokens[open - 1].isWord("operation") { return true }
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

    /// Whether tokens `first...nameEnd`, folded, are one of ``Lexicon/organisationNames``. ASCII
    /// words joined by spaces or hyphens fold to their folded words joined by spaces, so a first
    /// word that starts no such name settles it without folding the text.
    func isOrganisationName(_ tokens: Tokens, _ first: Int, _ nameEnd: Int) -> Bool {
        let t = tokens[first]
        if t.ascii {
            if first == nameEnd { return lexicon.organisationNames.contains(t) }
            if !lexicon.organisationNameStarts.contains(t),
               ((first + 1)...nameEnd).allSatisfy({ tokens[$0].ascii && (tokens[$0].spaced || tokens[$0].gapIs("-")) }) { return false }
        }
        return lexicon.organisationNames.contains(NameFolding.fold(Self.span(tokens, first, nameEnd)))
    }

    /// Fields an institute or a centre studies, after the place it studies ("the Washington Institute
    /// for Near East Policy").
    static let fieldsOfStudy: WordSet = ["policy", "studies", "affairs", "research", "peace", "development", "strategy", "security", "politics"]

    /// The smallest town an airport named after a town names (see `decide`).
    static let airportTownPeople = 20_000

    /// Whether a capitalised "Airport" or "International Airport" follows token `k`.
    static func airportFollows(_ tokens: Tokens, _ k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k + 1].spaced, tokens[k + 1].capitalized else { return false }
        if tokens[k + 1].isWord("airport") { return true }
        return tokens[k + 1].isWord("international") && k + 2 < tokens.count && tokens[k + 2].spaced && tokens[k + 2].isWord("airport")
    }

    /// Forms of "to be" and "to have" after an outlet's name (``isOutletName(_:after:)``).
    static let copulas: WordSet = ["is", "was", "are", "were", "has", "had", "have"]

    /// Whether the words after a place's last token make it an outlet's or a title's name: "24"
    /// (a news channel: "Kurdistan 24", "France 24", "Deir Ezzor 24"), unless a unit or a lower-case
    /// noun follows ("Mosul 24 km", "Aleppo 24 people"); or "is" and two or more capitalised English
    /// words ("Raqqa is Being Slaughtered Silently").
    /// (A method reading the parser's lexicon in place: passed the lexicon as an argument, each
    /// call copied it, some sixty sets.)
    /// (The next word's first byte is read in line, and most names stop there: "24", a station's
    /// number and "is" start with a digit or an "i", or a word folded from other letters with a
    /// byte past ASCII; the words out of line.)
    @inline(__always)
    func isOutletName(_ tokens: Tokens, after k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k + 1].spaced else { return false }
        let b = tokens[k + 1].base[Int(tokens[k + 1].byteStart)]
        return (b &- 0x30 < 10 || b | 0x20 == UInt8(ascii: "i") || b >= 0x80) && outletWordsFollow(tokens, after: k)
    }

    /// ``isOutletName(_:after:)`` past its first byte.
    @inline(never)
    private func outletWordsFollow(_ tokens: Tokens, after k: Int) -> Bool {
        let next = tokens[k + 1]
        if next.isWord("24") {
            guard k + 2 < tokens.count else { return true }
            let after = tokens[k + 2]
            // (Or what it was told: "told Deir Ezzor 24 that …".)
            // (Or another outlet's name after "and": "Kurdistan 24 and Rudaw reported"; or an outlet
            // noun: "the Deir ez-Zor 24 network".)
            // (An outlet noun after a lower-case word too: "the Deir Ezzor 24 monitoring network".)
            // (Or a verb "to be" or "to have": "Deir Ezzor 24 is an independent network", "RFI and
            // France 24 were suspended".)
            return after.capitalized || !after.spaced || lexicon.reportVerbs.contains(after) || lexicon.outletNouns.contains(after) || after.isWord("that")
                || Self.copulas.contains(after)
                || k + 3 < tokens.count && tokens[k + 3].spaced && lexicon.outletNouns.contains(tokens[k + 3])
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

    /// Head words of a facility's or a works' name after a place's name and a capitalised word:
    /// "the Avdiivka Coke Plant", "the Vovchansk Aggregate Plant", "the Baiji Oil Refinery".
    static let facilityHeads: WordSet = institutionEnds.union([
        "plant", "plants", "factory", "works", "steelworks", "mine", "mines", "refinery", "complex", "mill", "terminal", "depot",
        "prison", "jail", "barracks", "compound", "mosque", "church", "stadium", "station", "bridge", "airport", "base", "hotel",
    ])

    /// Whether one to four capitalised words after token `k` (an "and" among them) end in a head word of an organisation
    /// (``Lexicon/organisationHeads``) or a facility (``facilityHeads``): the place's name before them
    /// names that body or works, not a person ("the Avdiivka Coke Plant").
    func facilityNameFollows(_ tokens: Tokens, after k: Int) -> Bool {
        // (Four words, one of them an "and" or "&" in lower case: "the Avdiivka Coke and Chemical
        // Plant", "the Mariupol Iron and Steel Works", "the Kramatorsk Heavy Machine Building Plant".)
        var j = k + 1
        while j < tokens.count, j <= k + 4, tokens[j].spaced, tokens[j].capitalized || j > k + 1 && tokens[j].isWord("and") && j + 1 < tokens.count && tokens[j + 1].capitalized {
            if tokens[j].capitalized, Self.facilityHeads.contains(tokens[j]) || lexicon.organisationHeads.contains(tokens[j]) { return true }
            j += 1
        }
        return false
    }

    /// Whether a comma and a first-level area or country follow token `k` ("Fife, Scotland", "Surrey,
    /// UK"), and that area holds a place named `name`.
    func namesPlaceInAreaAfter(_ tokens: Tokens, _ k: Int, _ name: String) -> Bool {
        let j = k + 1
        guard j < tokens.count, tokens[j].capitalized, Self.joinsByComma(tokens[j]), let (end, _) = longestMatch(tokens, from: j),
              let area = gazetteer.topCandidate(Self.span(tokens, j, end))?.place, area.kind == .admin1 || area.kind == .country
        else { return false }
        return !placesNamed(name, inside: area).isEmpty
    }

    /// Whether the name at token `first` stands in a jihadist group's name, or is the second of
    /// two names there: "the Islamic State of Iraq and Syria", "the Islamic State in Iraq and the
    /// Levant", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Arabian Peninsula"; or right
    /// after "Islamic State", as its branches are named: "Islamic State Sahel Province", "Islamic
    /// State Somalia", "the Islamic State in the Greater Sahara". (Not "held by Islamic State in Iraq" or "al-Qaeda in Yemen": the group in a
    /// place.)
    static func inGroupName(_ tokens: Tokens, _ first: Int, last: Int) -> Bool {
        if first >= 2, tokens[first].spaced, tokens[first - 1].spaced, tokens[first - 1].capitalized, tokens[first - 2].capitalized,
           tokens[first - 1].isWord("state"), tokens[first - 2].isWord("islamic") { return true }
        // The word before links the name to such a name ("of", "in", "the", "and", "Greater",
        // "Islamic"), or it stands in none: one probe, for the many names that stand in none.
        guard first >= 2, Self.groupNameLinks.contains(tokens[first - 1]) else { return false }
        // (Right after "of" or "in", only "Islamic State" can stand before: its "State" first.)
        if tokens[first - 1].isWord("of") || tokens[first - 1].isWord("in") {
            guard tokens[first - 2].capitalized, tokens[first - 2].isWord("state") else { return false }
        }
        // "State" or "Qaeda" stands two to six words before, or there is no such name: told by
        // comparing token keys.
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

    /// The words that can stand right before a name in a jihadist group's name, the second part of
    /// ``inGroupName(_:_:last:)`` reading back from them.
    static let groupNameLinks = WordSet(["of", "in", "the", "and", "greater", "islamic"], mark: .groupNameLinks)

    /// The token keys of "state", "qaeda" and "qaida" (see ``inGroupName(_:_:last:)``).
    static let groupHeadKeys = (Tokenizer.foldedKey("state"), Tokenizer.foldedKey("qaeda"), Tokenizer.foldedKey("qaida"))

    /// Whether the words after token `k` make the name before them a disease's: a disease word
    /// (``Lexicon/diseaseWords``), or "flu" and one.
    static func namesDisease(_ tokens: Tokens, after k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k + 1].spaced else { return false }
        if Lexicon.diseaseWords.contains(tokens[k + 1]) { return true }
        return tokens[k + 1].isWord("flu") && k + 2 < tokens.count && tokens[k + 2].spaced && Lexicon.diseaseWords.contains(tokens[k + 2])
    }

    /// Whether the capitalised words before a force's head word (token `head`) start with a
    /// demonym or a country's short code: a nation's force, and "in" after it says where it is
    /// ("the Russian Aerospace Forces in Syria", "US Forces in Iraq"), where "the Multinational
    /// Force in Iraq" is one name.
    func nationalForce(_ tokens: Tokens, head: Int) -> Bool {
        var k = head - 1
        while k >= 1, k > head - 4, tokens[k - 1].capitalized, !lexicon.functionWords.contains(tokens[k - 1]), Self.joinsNext(tokens, k - 1) { k -= 1 }
        // ("U.S." is two words: "U", a period, "S".)
        return lexicon.demonymWords.contains(tokens[k]) || tokens[k].allCaps && (tokens[k].isWord("us") || tokens[k].isWord("uk"))
            || tokens[k].isWord("u") && k + 1 < head && tokens[k + 1].isWord("s")
    }
}
