import Gazetteer

extension Geoparser {
    /// "the town of", "the province of": a kind of place between a relation and its name.
    static let kindNounsBeforeOf: WordSet = ["town", "city", "village", "province", "governorate", "district"]
    /// "border areas", "frontier zones".
    static let areaNouns: WordSet = ["areas", "area", "regions", "region", "zone", "zones"]
    static let borderWords: WordSet = ["border", "frontier", "boundary"]

    /// Whether a lower-case word of ``borderWords`` follows token `last`, one space after it: "the
    /// Niger border", "the Iran frontier".
    static func borderWordFollows(_ tokens: Tokens, _ last: Int) -> Bool {
        last + 1 < tokens.count && tokens[last + 1].spaced && !tokens[last + 1].capitalized && borderWords.contains(tokens[last + 1])
    }

    /// Words for part of a country or province after a direction: "Iraq's western desert".
    static let partNouns: WordSet = [
        "desert", "deserts", "province", "provinces", "governorate", "governorates", "region", "regions", "area", "areas",
        "part", "parts", "border", "borders", "borderlands", "frontier", "countryside", "flank", "half", "reaches",
        "territory", "territories", "plains", "highlands", "districts", "suburbs", "outskirts", "edge", "bank", "banks",
    ]

    /// A country, first-level area or city of 100,000 or more.
    static func isMajor(_ p: Place) -> Bool {
        p.kind == .country || p.kind == .admin1 || (p.kind == .city && (p.population ?? 0) >= 100_000)
    }
}
