import Gazetteer

extension Geoparser {
    /// Prepositions that put what follows them in a place: "in Charleston", "near DeKalb".
    static let placePrepositions: WordSet = ["in", "near", "outside", "throughout", "across", "toward", "towards", "around"]

    /// Prepositions that are no function word (``Lexicon/functionWords``) and no part of a person's
    /// name when a sentence or a line starts with them: "Near Kupiansk the front is quiet",
    /// "Beyond Tokmak lies Melitopol", "- Near Raqqah, nine strikes".
    static let namePrepositions: WordSet = placePrepositions.union([
        "beyond", "inside", "along", "alongside", "amid", "amidst", "within", "behind", "beside", "past", "opposite", "above",
        "below", "beneath", "upon", "like", "unlike", "except",
    ])

    /// Nouns for a ship, before the name it bears: "the submarine Krasnodar".
    static let vesselNouns: WordSet = [
        "submarine", "frigate", "cruiser", "destroyer", "corvette", "warship", "ship", "vessel", "tanker", "carrier", "freighter",
        "boat", "icebreaker", "flagship",
    ]

    /// Whether token `k` is a date's word: a weekday, or a month after a preposition or a number
    /// ("on Friday", "in March", "5 October"). A month alone may be a given name ("April Ryan").
    static func isDateWord(_ tokens: Tokens, _ k: Int) -> Bool {
        if Lexicon.weekdays.contains(tokens[k]) { return true }
        guard k >= 1, Lexicon.calendarWords.contains(tokens[k]) else { return false }
        return Lexicon.functionWords.contains(tokens[k - 1]) || tokens[k - 1].isNumber(digits: 4)
    }

    /// Nouns for a person's role that stand in lower case before the person's name: "spokeswoman
    /// Jihan Sheikh Ahmed", "writers Sinan Salaheddin and …".
    static let roleNouns: WordSet = [
        "spokesman", "spokeswoman", "spokesperson", "commander", "envoy", "ambassador", "writer", "writers", "reporter", "reporters",
        "correspondent", "correspondents", "analyst", "researcher", "journalist", "photographer", "activist", "lawyer", "official",
        "colleague", "colleagues", "editor",
    ]

    /// Words for the ground of a part of a place, before its direction: "the mountainous north".
    static let groundWords: WordSet = [
        "mountainous", "rugged", "restive", "remote", "rural", "volatile", "hilly", "arid", "populated", "besieged", "encircled", "embattled",
        "liberated", "vast",
    ]

    /// Words for how far out a part lies, before its direction: "Syria's far northeast".
    static let extentWords: WordSet = ["far", "extreme", "deep"]

    /// Verbs of people displaced: after one, "to the north of X" is a destination in X's north
    /// ("fled to the north of Idlib governorate"), not a place outside it. (Not troops' moves:
    /// "troops moved to the east of Raqqa" lie outside the city.)
    static let motionVerbs: WordSet = [
        "fled", "flee", "fleeing", "transferred", "relocated", "returned", "evacuated", "displaced", "bused", "bussed", "expelled", "deported",
    ]

    /// Prepositions of a move's end or start: after a verb of moving (``motionVerbs``,
    /// ``travelVerbs``), the name after one is a place ("fled to Rafah", "returned from Mosul").
    static let movePrepositions: WordSet = ["to", "into", "from"]

    /// Verbs of travelling or of troops moving, which take a place after "to" or "from" (see
    /// ``movePrepositions``; "fled" and its kin are ``motionVerbs``).
    static let travelVerbs: WordSet = [
        "moved", "travelled", "traveled", "went", "came", "headed", "withdrew", "retreated", "advanced", "deployed", "redeployed", "escaped",
        "fly", "flew", "drove", "sailed", "walked", "marched", "pushed",
    ]

    /// Second halves of a compound that says who holds a part: "rebel-held", "Turkish-controlled".
    /// (And what it holds: "the oil-rich east of Syria".)
    static let holderWords: WordSet = ["held", "controlled", "occupied", "dominated", "run", "led", "backed", "rich"]

    /// The first token of a modifier of a part's direction that ends at token `k`: a word of
    /// ``groundWords``, or a compound of a word, a hyphen and a word of ``holderWords``
    /// ("rebel-held", "Kurdish-led"); nil for any other word.
    static func partModifierStart(_ tokens: Tokens, endingAt k: Int) -> Int? {
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
    func saidToBePlace(_ tokens: Tokens, _ c: Candidate) -> Bool {
        saidToBePlace(tokens, first: c.qualifierCapitalised ? c.qualifierFirst ?? c.first : c.first, last: c.last, hint: c.hint)
    }

    /// ``saidToBePlace(_:_:)`` for the name at tokens `first...last` with kind hint `hint`.
    func saidToBePlace(_ tokens: Tokens, first: Int, last: Int, hint: PlaceKind?) -> Bool {
        if hint != nil || Self.inDateline(tokens, first) || appositiveNamesPlace(tokens, after: last) { return true }
        // (Or "to", "into" or "from" after a verb of people moving: "She fled to Rafah", "families
        // returned from Mosul".)
        let moved = first >= 2 && tokens[first - 2].spaced && !tokens[first - 1].capitalized && Self.movePrepositions.contains(tokens[first - 1])
            && (Self.motionVerbs.contains(tokens[first - 2]) || Self.travelVerbs.contains(tokens[first - 2]))
        guard first >= 1, tokens[first].spaced, !tokens[first - 1].capitalized, moved || Self.placePrepositions.contains(tokens[first - 1]) else { return false }
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
    func appositiveNamesPlace(_ tokens: Tokens, after last: Int) -> Bool {
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
}
