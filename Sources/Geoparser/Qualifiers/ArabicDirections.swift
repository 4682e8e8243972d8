import Gazetteer

extension Geoparser {
    /// Arabic direction nouns, folded: before a name in the construct state ("شرق نهر الفرات",
    /// east of the Euphrates; "شرق سوريا", eastern Syria).
    static let arabicDirectionNouns: [String: String] = Dictionary(uniqueKeysWithValues: [
        ("شرق", "east"), ("غرب", "west"), ("شمال", "north"), ("جنوب", "south"), ("وسط", "central"),
    ].map { (Tokenizer.foldWord($0.0), $0.1) })

    /// Arabic direction adjectives after a name, both genders, folded: "ريف دير الزور الشرقي" (the
    /// eastern countryside of Deir ez-Zor), "سوريا الشرقية".
    static let arabicDirectionAdjectives: [String: String] = Dictionary(uniqueKeysWithValues: [
        ("الشرقي", "east"), ("الشرقية", "east"), ("الغربي", "west"), ("الغربية", "west"),
        ("الشمالي", "north"), ("الشمالية", "north"), ("الجنوبي", "south"), ("الجنوبية", "south"),
    ].map { (Tokenizer.foldWord($0.0), $0.1) })

    /// Arabic nouns of organisations and outlets in the construct state before a place's name: the
    /// name is theirs ("قوات سوريا الديمقراطية", the Syrian Democratic Forces; "قناة الميادين", the
    /// Al Mayadeen channel; "مجلس دير الزور العسكري", the Deir ez-Zor Military Council).
    static let arabicOrganisationNouns: Set<String> = Set(["قوات", "جيش", "حزب", "جبهة", "وكالة", "وزارة", "قناة", "تلفزيون", "مجلس", "إذاعة", "صحيفة", "جامعة"]
        .map(Tokenizer.foldWord))

    /// "ريف", countryside, folded: before a name it names the area's countryside, its first-level
    /// area (``namesCountryside(_:first:last:)``).
    static let arabicCountryside = Tokenizer.foldWord("ريف")

    /// Whether an Arabic organisation or outlet noun stands right before token `first`.
    static func afterArabicOrganisationNoun(_ tokens: Tokens, _ first: Int) -> Bool {
        first >= 1 && tokens[first].uncased && tokens[first - 1].uncased && tokens[first].spaced
            && arabicOrganisationNouns.contains(tokens[first - 1].folded)
    }

    /// Directions around an Arabic name: a direction noun before it (two for a diagonal, "شمال شرق
    /// حلب", north-east of Aleppo) is a relation to a town, river or other point ("شرق نهر الفرات")
    /// and a part of a country, first-level area or region ("شرق سوريا", eastern Syria; "وسط" is
    /// always the central part); a direction adjective after it is a part ("ريف دير الزور
    /// الشرقي"). Returns whether it attached one.
    func attachArabicDirection(_ tokens: Tokens, _ c: Candidate) -> Bool {
        let f = c.first, l = c.last
        if l + 1 < tokens.count, tokens[l + 1].uncased, tokens[l + 1].spaced, let d = Self.arabicDirectionAdjectives[tokens[l + 1].folded] {
            c.qualifier = d
            c.qualifierLast = l + 1
            return true
        }
        guard f >= 1, tokens[f].spaced, tokens[f - 1].uncased, let d = Self.arabicDirectionNouns[tokens[f - 1].folded] else { return false }
        var direction = d, start = f - 1
        // A diagonal: north or south, then east or west.
        if d == "east" || d == "west", f >= 2, tokens[f - 1].spaced, tokens[f - 2].uncased,
           let first = Self.arabicDirectionNouns[tokens[f - 2].folded], first == "north" || first == "south" {
            direction = first + d
            start = f - 2
        }
        let kind = gazetteer.topCandidate(c.text, kind: c.hint)?.place.kind
        if direction == "central" || kind == .country || kind == .admin1 || kind == .region {
            c.qualifier = direction
            c.qualifierFirst = start
        } else {
            c.relation = direction
        }
        return true
    }
}
