/// Words around a name that say what kind of place it is ("Deir ez-Zor province", "city of Raqqa").
enum HintWords {
    /// Trailing words → kind.
    static let suffixes: [(words: [String], kind: PlaceKind)] = [
        (["province"], .admin1), (["governorate"], .admin1), (["governate"], .admin1), (["muhafazah"], .admin1),
        (["wilayat"], .admin1), (["state"], .admin1), (["region"], .admin1), (["oblast"], .admin1), (["krai"], .admin1), (["kray"], .admin1),
        (["department"], .admin1), (["district"], .admin2), (["county"], .admin2),
        (["city"], .city), (["town"], .city), (["village"], .city),
        (["river"], .river), (["valley"], .valley), (["dam"], .dam), (["lake"], .lake),
        (["air", "base"], .military), (["airbase"], .military), (["airfield"], .military), (["airstrip"], .military), (["military", "base"], .military), (["base"], .military),
        (["airport"], .airport), (["oil", "field"], .oilfield), (["oilfield"], .oilfield), (["gas", "field"], .oilfield),
        (["oil", "fields"], .oilfield), (["gas", "fields"], .oilfield), (["oilfields"], .oilfield),
        (["crossing"], .crossing), (["border", "crossing"], .crossing), (["mountains"], .mountain), (["mountain"], .mountain),
        (["island"], .island), (["islands"], .island), (["sea"], .sea), (["desert"], .region), (["corridor"], .region), (["basin"], .region), (["plain"], .region), (["plains"], .region), (["ocean"], .sea), (["gulf"], .sea), (["strait"], .sea),
    ]
    /// Leading words → kind.
    static let prefixes: [(words: [String], kind: PlaceKind)] = [
        (["city", "of"], .city), (["town", "of"], .city), (["village", "of"], .city), (["province", "of"], .admin1),
        (["governorate", "of"], .admin1), (["river"], .river), (["lake"], .lake), (["mount"], .mountain), (["wadi"], .valley),
        (["island", "of"], .island), (["gulf", "of"], .sea), (["sea", "of"], .sea), (["strait", "of"], .sea),
    ]

    /// "city of", "province of": the noun before "of" in a leading hint → the kind it implies.
    static let nounsBeforeOf: [String: PlaceKind] = Dictionary(
        prefixes.filter { $0.words.count == 2 && $0.words[1] == "of" }.map { ($0.words[0], $0.kind) },
        uniquingKeysWith: { first, _ in first })

    /// The folded query without a hint word, and the kind it implies; nil when there is none.
    static func split(_ folded: String) -> (rest: String, kind: PlaceKind)? {
        let tokens = folded.split(separator: " ").map(String.init)
        // The longest trailing phrase: "Husaybah border crossing" is Husaybah and a crossing, not
        // "Husaybah border".
        if let (words, kind) = suffixes.filter({ tokens.count > $0.words.count && Array(tokens.suffix($0.words.count)) == $0.words })
            .max(by: { $0.words.count < $1.words.count }) {
            return (tokens.dropLast(words.count).joined(separator: " "), kind)
        }
        for (words, kind) in prefixes where tokens.count > words.count && Array(tokens.prefix(words.count)) == words {
            return (tokens.dropFirst(words.count).joined(separator: " "), kind)
        }
        return nil
    }
}
