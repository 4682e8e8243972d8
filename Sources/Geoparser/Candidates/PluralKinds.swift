import Gazetteer

extension Geoparser {
    /// Plural kind words that end a list of names ("Raqqa and Deir ez-Zor provinces") or open one
    /// before "of" ("the provinces of Latakia, Hama and Aleppo"), and the kind each gives the names.
    static let pluralKindWords: [String: PlaceKind] = [
        "provinces": .admin1, "governorates": .admin1, "states": .admin1, "regions": .admin1, "oblasts": .admin1,
        // The deserts and countryside of provinces named after their seats: "the Hama and Homs deserts".
        "deserts": .admin1, "countrysides": .admin1,
        "counties": .admin2, "districts": .admin2, "parishes": .admin2,
        "cities": .city, "towns": .city, "villages": .city, "rivers": .river, "fields": .oilfield, "dams": .dam, "bases": .military,
    ]
    /// ``pluralKindWords``, probed by token key.
    static let pluralKindWordSet = WordSet(pluralKindWords.keys.sorted(), mark: .pluralKindWords)

    /// The kind a plural kind word gives the name at tokens `first...last` when the name stands
    /// in a list of names the word ends, each joined by a comma, "and" or "or" ("Kilis and Hatay
    /// provinces", "Franklin, Union and Marion counties"), each perhaps after a direction ("eastern
    /// Homs and southern Raqqa provinces"). One name before the word is a modifier, not a list
    /// ("Indiana counties", "mid-Atlantic states").
    func pluralKindHint(_ tokens: Tokens, first: Int, last: Int) -> PlaceKind? {
        var k = last + 1
        // A list goes on after the name, or the name goes on one before it.
        // (The names before are read only when a plural kind word is found: most names have none.)
        func listedBefore() -> Bool {
            let f = qualifiedStart(tokens, first)
            return f >= 2 && tokens[f - 2].capitalized && Self.nextListItem(tokens, after: f - 2) == f
                || f >= 1 && tokens[f - 1].capitalized && Self.nextListItem(tokens, after: f - 1) == f
        }
        var listed = false
        // (A list of up to eight more names.)
        for _ in 0..<9 {
            guard k < tokens.count else { return nil }
            let t = tokens[k]
            if t.spaced, !t.capitalized, Self.pluralKindWordSet.contains(t) { return listed || listedBefore() ? Self.pluralKindWords[t.folded] : nil }
            // "the Hayl and Arak gas fields", "the Tabqa and Shayrat air bases".
            if t.spaced, !t.capitalized, t.isWord("oil") || t.isWord("gas") || t.isWord("air"), k + 1 < tokens.count, tokens[k + 1].spaced,
               Self.pluralKindWordSet.contains(tokens[k + 1]) { return listed || listedBefore() ? Self.pluralKindWords[tokens[k + 1].folded] : nil }
            guard let item = Self.nextListItem(tokens, after: k - 1) else { return nil }
            let next = nameAfterArticle(tokens, nameAfterDirection(tokens, item))
            guard tokens[next].capitalized else { return nil }
            listed = true
            var end = next
            while end - next + 1 < Self.maxNameTokens && canExtend(tokens, end) { end += 1 }
            // A name with its own kind word makes the plural something else's ("Christian and
            // Webster County districts" are school districts).
            if end > next, lexicon.kindWords.contains(tokens[end]) { return nil }
            k = end + 1
        }
        return nil
    }

    /// A list of names after a plural kind word and "of" that starts at token `first`: "the
    /// provinces of Latakia, Hama and Aleppo", "the towns of Harasta, Arbin and Zamalka". Gives
    /// the kind and the first tokens of the list's later names, up to the one after its "and" or
    /// "or" (a list with none is the first name alone: nothing follows it for sure). Nil when
    /// no such word stands before the name, or when the word ends a list itself ("Kilis and Hatay
    /// provinces of Turkey").
    func pluralKindOfList(_ tokens: Tokens, first: Int) -> (PlaceKind, [Int])? {
        // (Most names follow no "of" nor a direction: told before any word set is probed.)
        guard first >= 2 else { return nil }
        // (From a hyphenated Arabic article before the name: "the provinces of al-Raqqa and …".)
        let start = tokens[first].gapFirstByte == 0x2D && Self.hyphenatedArticle(tokens, first - 1) ? first - 1 : first
        guard start >= 2 else { return nil }
        let f = tokens[start - 1].isWord("of") ? start : qualifiedStart(tokens, start)
        guard f >= 2, tokens[f - 1].isWord("of"), tokens[f - 1].spaced, tokens[f - 2].spaced, !tokens[f - 2].capitalized,
              Self.pluralKindWordSet.contains(tokens[f - 2]), let kind = Self.pluralKindWords[tokens[f - 2].folded] else { return nil }
        if f >= 4, tokens[f - 3].capitalized, Self.isListJoin(tokens, f - 4) || Self.joinsByComma(tokens[f - 3]) { return nil }
        // (A name's words, up to a list's "and" or "or": "Hama and Aleppo" is two names here.)
        func nameEnd(_ start: Int) -> Int {
            var end = start
            while end - start + 1 < Self.maxNameTokens && canExtend(tokens, end) && !Self.isListJoin(tokens, end + 1) { end += 1 }
            return end
        }
        var items: [Int] = []
        var end = nameEnd(first)
        for _ in 0..<8 {
            guard let item = Self.nextListItem(tokens, after: end) else { break }
            let next = nameAfterArticle(tokens, nameAfterDirection(tokens, item))
            guard tokens[next].capitalized else { break }
            items.append(next)
            if Self.isListJoin(tokens, end + 1) || Self.isListJoin(tokens, item - 1) { return (kind, items) }
            end = nameEnd(next)
        }
        // (A direction before "districts" and one name after them says which part of a town: "the
        // southern districts of Tripoli" are Tripoli's south, no district of the name, which
        // Lebanon's Tripoli is.)
        if f >= 3, tokens[f - 2].isWord("districts"), lexicon.directionWords.contains(tokens[f - 3]) { return nil }
        return (kind, [])
    }

    /// Where a list item that starts at token `k` has its name: after a direction that qualifies
    /// it ("southern Raqqa", "north-eastern Homs"), else `k`.
    func nameAfterDirection(_ tokens: Tokens, _ k: Int) -> Int {
        guard !tokens[k].capitalized, Self.mayBeDirection(tokens[k]), lexicon.directionWords.contains(tokens[k]) else { return k }
        var j = k + 1
        if j < tokens.count, Tokenizer.isHyphen(tokens[j].gapBytes), lexicon.directionWords.contains(tokens[j]) { j += 1 }
        return j < tokens.count && tokens[j].spaced && tokens[j].capitalized ? j : k
    }

    /// Where a list item's name that starts at token `k` has its capitalised word: after a
    /// hyphenated Arabic article ("Lahj and al-Dhale provinces"), else `k`.
    func nameAfterArticle(_ tokens: Tokens, _ k: Int) -> Int {
        !tokens[k].capitalized && k + 1 < tokens.count && tokens[k + 1].gapFirstByte == 0x2D && Self.hyphenatedArticle(tokens, k) ? k + 1 : k
    }

    /// Whether a word's first letter is one a direction word starts with (c, e, n, s, w, either case).
    @inline(__always)
    static func mayBeDirection(_ t: Token) -> Bool {
        switch t.base[Int(t.byteStart)] | 0x20 {
        case 0x63, 0x65, 0x6E, 0x73, 0x77: return true
        default: return false
        }
    }

    /// Where the list item whose name starts at token `first` starts: at a direction before the
    /// name ("southern Raqqa", "north-eastern Homs"), else at the name.
    /// (In line: most words are told by their flag and first letter.)
    @inline(__always)
    func qualifiedStart(_ tokens: Tokens, _ first: Int) -> Int {
        // (Every direction word starts with c, e, n, s or w: most words are told by that, unprobed.)
        guard first >= 1, tokens[first].spaced, !tokens[first - 1].capitalized, Self.mayBeDirection(tokens[first - 1]),
              lexicon.directionWords.contains(tokens[first - 1]) else { return first }
        let s = first - 1
        if s >= 1, Tokenizer.isHyphen(tokens[s].gapBytes), lexicon.directionWords.contains(tokens[s - 1]) { return s - 1 }
        return s
    }

    /// Whether a name's best reading on its own is an area above `kind` (a country above a
    /// province, a province above a town): a plural of that kind before it then names what the area
    /// holds ("one of the provinces of Iraq", "the towns of western Anbar").
    func namesAreaAbove(_ kind: PlaceKind, _ name: String) -> Bool {
        func rank(_ k: PlaceKind) -> Int { k == .country ? 3 : k == .admin1 ? 2 : k == .admin2 ? 1 : 0 }
        guard let best = gazetteer.topCandidate(name)?.place.kind else { return false }
        return rank(best) > rank(kind)
    }
}
