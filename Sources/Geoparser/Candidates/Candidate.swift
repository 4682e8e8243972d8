import Gazetteer

extension Geoparser {
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
        /// The last token of such a side after the name and a possessive ("Omdurman's western
        /// edge", "Hawija's western outskirts"): a qualifier of a town or an area, a relation to a
        /// river, as ``sideStart`` is.
        @exclusivity(unchecked) var sideLast: Int?
        /// "the left bank of" (true) or "the right bank of" (false): a relation to a river, told once
        /// it is resolved (``Geoparser/bankRelation(left:of:)``).
        @exclusivity(unchecked) var leftBank: Bool?
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
}
