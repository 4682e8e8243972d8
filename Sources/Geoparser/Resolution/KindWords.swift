import Gazetteer

extension Geoparser {
    /// First words of a part of a town named for its age or place: "the Old City", "the New
    /// Town", "the Inner City".
    static let partOfTownWords: WordSet = ["old", "new", "ancient", "historic", "inner", "upper", "lower"]

    /// Whether a name starts with a word of ``partOfTownWords`` after "the": "the Old City", "the
    /// Old Bridge".
    static func partOfTownPhrase(_ tokens: Tokens, _ c: Candidate) -> Bool {
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
    static func kindWordDenies(_ tokens: Tokens, _ c: Candidate, _ r: Resolution) -> Bool {
        // (The word probed by its key first: most names end in no such word, and build no string.)
        guard endsInWaterWord(tokens, c), let water = waterKinds[tokens[c.last].folded], r.place.kind != water else { return false }
        return !NameFolding.fold(r.matched).hasSuffix(tokens[c.last].folded)
    }

    /// Whether a mention of more than one word ends in a word of ``waterKinds``: what
    /// ``kindWordDenies(_:_:_:)`` asks first. (Asked before a reading is bound for it: most names
    /// end in no such word, and their picks are then not copied.)
    static func endsInWaterWord(_ tokens: Tokens, _ c: Candidate) -> Bool {
        c.last > c.first && waterWords.contains(tokens[c.last])
    }

    /// Whether the text says a mention is a place: a kind word ends it (``endsInKindNoun(_:_:)``), a
    /// kind word hints it ("the town of …"), or a qualifier or relation goes with it ("western …",
    /// "east of …").
    static func saysItIsAPlace(_ tokens: Tokens, _ c: Candidate) -> Bool {
        endsInKindNoun(tokens, c) || c.hint != nil || c.saysWhichPart || c.relation != nil
    }

    /// Kinds of water body and facility (those of ``waterKinds``): a town abroad that shares such a
    /// place's name is not it.
    static let facilityKinds = Set(waterKinds.values)

    /// Whether a kind is one of ``facilityKinds``. (A switch: the set hashed the kind's name on every
    /// asking, some 270 instructions; a test checks the two agree.)
    static func isFacilityKind(_ kind: PlaceKind) -> Bool {
        switch kind {
        case .river, .lake, .oilfield, .military, .dam, .crossing, .mountain: true
        default: false
        }
    }

    /// Whether a kind is a town or an area that has sides and outskirts of its own (a city, a
    /// first- or second-level area, a country or a region): "the eastern side of Mosul" is its east.
    /// (A switch: no list literal built and searched for every mention.)
    static func hasSides(_ kind: PlaceKind) -> Bool {
        switch kind {
        case .city, .admin1, .admin2, .country, .region: true
        default: false
        }
    }
}
