import Gazetteer

extension Geoparser {
    /// Whether the name at tokens `first...last` is a country's, and no first-level area's, and a
    /// lower-case word for a part of a country follows it: the phrase is about a part of the country
    /// ("the US state of Texas", "a UK county"), not a place called so. ("Georgia state" is the US
    /// state; "Kuwait city" the capital: "city" is no such word, nor are rivers and valleys: "the
    /// Jordan valley".)
    func countryBeforePartWord(_ tokens: Tokens, first: Int, last: Int) -> Bool {
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
    /// (The word is told in line: most names are followed by none; what follows it out of line.)
    @inline(__always)
    func departmentFollows(_ tokens: Tokens, _ k: Int) -> Bool {
        k + 1 < tokens.count && tokens[k + 1].spaced && !tokens[k + 1].capitalized && tokens[k + 1].isWord("department")
            && departmentIsKindWord(tokens, k)
    }

    /// Whether "department", which follows token `k`, is a kind word by what comes after it (see
    /// ``departmentFollows(_:_:)``).
    @inline(never)
    private func departmentIsKindWord(_ tokens: Tokens, _ k: Int) -> Bool {
        guard k + 2 < tokens.count, tokens[k + 2].spaced else { return true }
        if tokens[k + 2].isWord("store") || tokens[k + 2].isWord("stores") { return false }
        guard tokens[k + 2].isWord("of") else { return true }
        guard k + 3 < tokens.count, tokens[k + 3].capitalized, let (end, _) = longestMatch(tokens, from: k + 3) else { return false }
        return gazetteer.topCandidate(Self.span(tokens, k + 3, end))?.place.kind == .country
    }

    /// The last token of a kind phrase ("oil field", "air base") or kind word ("crossing", "dam")
    /// joined after token `k`.
    /// (The space after the word is told in line: many names stand before punctuation, and ask
    /// no lookup; the words are looked up out of line.)
    @inline(__always)
    func kindPhraseEnd(_ tokens: Tokens, after k: Int) -> Int? {
        guard k + 1 < tokens.count, tokens[k + 1].spaced else { return nil }
        return spacedKindPhraseEnd(tokens, after: k)
    }

    /// ``kindPhraseEnd(_:after:)`` where a word follows token `k` one space after it.
    @inline(never)
    private func spacedKindPhraseEnd(_ tokens: Tokens, after k: Int) -> Int? {
        if k + 2 < tokens.count, tokens[k + 2].spaced, isTwoWordKindPhrase(tokens, after: k) { return k + 2 }
        return lexicon.kindWords.contains(tokens[k + 1]) ? k + 1 : nil
    }

    /// Whether a kind phrase of two words ("oil field", "air base") follows token `k`, the word after
    /// which is one space after it: the two words of ``kindPhraseEnd(_:after:)`` alone, for a
    /// name that a kind word was already looked for after.
    /// (The second word's space is told in line: after most names it is not there, and no word is
    /// looked up.)
    @inline(__always)
    func twoWordKindPhraseFollows(_ tokens: Tokens, spacedAfter k: Int) -> Bool {
        k + 2 < tokens.count && tokens[k + 2].spaced && twoWordKindPhrase(tokens, after: k)
    }

    /// ``isTwoWordKindPhrase(_:after:)`` out of line, for ``twoWordKindPhraseFollows(_:spacedAfter:)``.
    @inline(never)
    private func twoWordKindPhrase(_ tokens: Tokens, after k: Int) -> Bool {
        isTwoWordKindPhrase(tokens, after: k)
    }

    /// Whether the two words after token `k` are a kind phrase ("oil field", "air base").
    @inline(__always)
    private func isTwoWordKindPhrase(_ tokens: Tokens, after k: Int) -> Bool {
        lexicon.kindPhraseStarts.contains(tokens[k + 1]) && lexicon.kindPhrases.contains(tokens[k + 1].folded + " " + tokens[k + 2].folded)
    }

    /// Whether the name at tokens `first...last` (more than one word) ends in a kind word and a word
    /// in lower case follows it: no second kind word joins it then ("the Euphrates River dam" is
    /// "Euphrates River"; "the Red River Valley" stays whole).
    func endsInKindWord(_ tokens: Tokens, first: Int, last: Int) -> Bool {
        last > first && lexicon.kindWords.contains(tokens[last]) && last + 1 < tokens.count && !tokens[last + 1].capitalized
    }

    /// Whether a kind word for a populated place (city, town, village), "of" and a name (a capitalised
    /// word, or an Arabic article joined to one) follow token `k`: "the Idlib town of Khan Sheikhoun",
    /// "the Aleppo town of al-Bab", "the Licking County cities of Newark and Heath".
    /// (The spaces and "of" are told in line: most names are followed by no such phrase; the
    /// words around "of" are looked up out of line.)
    @inline(__always)
    func townOfNameFollows(_ tokens: Tokens, after k: Int) -> Bool {
        k + 3 < tokens.count && tokens[k + 1].spaced && tokens[k + 2].spaced && tokens[k + 3].spaced && tokens[k + 2].isWord("of")
            && townWordAndNameFollow(tokens, after: k)
    }

    /// Whether token `k + 1` is a town word and a name starts at token `k + 3`, "of" between: a
    /// capitalised word, or an article before one (see ``townOfNameFollows(_:after:)``).
    @inline(never)
    private func townWordAndNameFollow(_ tokens: Tokens, after k: Int) -> Bool {
        guard tokens[k + 3].capitalized || k + 4 < tokens.count && tokens[k + 4].capitalized && lexicon.arabicArticles.contains(tokens[k + 3])
        else { return false }
        return Self.townWords.contains(tokens[k + 1])
    }

    /// Whether the name at tokens `first...last` is an area whose countryside or desert the text
    /// names: "countryside of", "desert of" or "rural" before it, or "countryside" or "desert"
    /// after it, after a possessive and a direction at most ("the southern Idlib countryside",
    /// "Idlib's southern countryside", "the eastern desert of Homs").
    func namesCountryside(_ tokens: Tokens, first: Int, last: Int) -> Bool {
        // (Or its desert, which news names alike: "the eastern desert of Homs", "Hama's eastern
        // desert", as "the Homs desert" is found whole with its kind word.)
        // (By the word's key: one probe, in any script.)
        func outlying(_ t: Token) -> Bool { Self.outlyingWords.contains(t) }
        // (From an Arabic article the name was found without: "the countryside of al-Raqqa".)
        let first = first >= 1 && Self.hyphenatedArticle(tokens, first - 1) ? first - 1 : first
        if first >= 2, tokens[first].spaced, tokens[first - 1].spaced, tokens[first - 1].isWord("of"), outlying(tokens[first - 2]) { return true }
        // The second of two names after it: "the eastern countryside of Hama and Homs" (a name of up
        // to four capitalised words, or an article and a word, between "of" and "and").
        if first >= 4, tokens[first].spaced, tokens[first - 1].isWord("and"), !tokens[first - 1].capitalized {
            var b = first - 2
            while b > first - 6, b >= 2, tokens[b].capitalized || Self.hyphenatedArticle(tokens, b) { b -= 1 }
            if b < first - 2, tokens[b].isWord("of"), tokens[b + 1].spaced, outlying(tokens[b - 1]) { return true }
        }
        if first >= 1, tokens[first].spaced, !tokens[first - 1].capitalized, tokens[first - 1].isWord("rural") { return true }
        // "ريف دير الزور", the countryside of Deir ez-Zor in Arabic.
        if first >= 1, tokens[first].spaced, tokens[first].uncased, tokens[first - 1].uncased, tokens[first - 1].folded == Self.arabicCountryside { return true }
        var k = last + 1
        if k < tokens.count, Tokenizer.isPossessiveS(tokens, k) { k += 1 }
        if k < tokens.count, tokens[k].spaced, !tokens[k].capitalized, lexicon.directionWords.contains(tokens[k]) { k += 1 }
        return k < tokens.count && tokens[k].spaced && outlying(tokens[k])
    }

    /// The words for an area's outlying land (see ``namesCountryside(_:first:last:)``).
    static let outlyingWords = WordSet(["countryside", "desert"], mark: .outlyingWords)

    /// The kind of area a noun before "of" and a name calls it, where the gazetteer has an area
    /// of that kind of the name: "the region of Jizan" (a first-level area), "the district of Razih"
    /// (a second-level one).
    static func areaNounsBeforeOf(_ t: Token) -> PlaceKind? {
        t.isWord("region") ? .admin1 : t.isWord("district") ? .admin2 : nil
    }

    /// Whether "airport" in lower case follows the name at tokens `first...last`, and the gazetteer
    /// has an airport or air base by the whole phrase as an alias ("the Deir ez-Zor airport",
    /// "the Hamdan airport"). (The word is probed first, in line: most names are followed by no
    /// such word; the lookup out of line.)
    @inline(__always)
    func curatedAirportFollows(_ tokens: Tokens, first: Int, last: Int) -> Bool {
        last + 1 < tokens.count && tokens[last + 1].spaced && !tokens[last + 1].capitalized && tokens[last + 1].isWord("airport")
            && curatedAirport(tokens, first: first, last: last + 1)
    }

    /// Whether the gazetteer has an airport or air base by the words `first...last` as an alias
    /// (see ``curatedAirportFollows(_:first:last:)``).
    @inline(never)
    private func curatedAirport(_ tokens: Tokens, first: Int, last: Int) -> Bool {
        guard let top = gazetteer.topCandidate(Self.span(tokens, first, last)) else { return false }
        return top.match == .alias && (top.place.kind == .airport || top.place.kind == .military)
    }

    /// Whether token `k` is a border's word after "administrative", before "of" and an area's name:
    /// "the administrative border of Deir ez-Zor" is the province's, not its city's.
    static func administrativeBorder(_ tokens: Tokens, _ k: Int) -> Bool {
        k >= 1 && tokens[k].spaced && tokens[k - 1].isWord("administrative") && (borderWords.contains(tokens[k]) || tokens[k].isWord("borders") || tokens[k].isWord("boundaries"))
    }

    /// Whether the name at token `k` is followed, after a comma or "and", by another name whose best
    /// place alone is no common word and lies in `place`'s country within ``listOutlierKm``: the
    /// start of a list of places ("Hit and Rutba", "Hit, Haditha and Rawa"; not "Hope and Cheney").
    func listOfCountrymenFollows(_ tokens: Tokens, after k: Int, _ place: Place) -> Bool {
        var j = k + 1
        guard j < tokens.count else { return false }
        if tokens[j].isWord("and") && tokens[j].spaced { j += 1 } else if !tokens[j].gapStarts(with: 0x2C) { return false }
        guard j < tokens.count, tokens[j].capitalized, !tokens[j].allCaps, !lexicon.englishWords.contains(tokens[j]),
              let (end, _) = longestMatch(tokens, from: j), let next = gazetteer.topCandidate(Self.span(tokens, j, end)) else { return false }
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
}
