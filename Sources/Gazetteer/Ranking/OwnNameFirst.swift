/// A town called by its own name outranks a larger town that only a former or foreign name of
/// its own matches, when the two all but tie: "Pokrovsk" is Pokrovsk in Donetsk oblast, not
/// Engels (Pokrovsk until 1931), three times its size.
///
/// Only between towns, within ``margin`` of each other, and only for a town of at least
/// ``populationShare`` of the other's population and ``minimumPopulation``: a small namesake never
/// takes a city's well-known other name ("Bombay" stays Mumbai, not Bombay, New Zealand), nor a
/// hamlet a word that a text uses for a firm or a person, and a context that favours the larger
/// town (a focus country) keeps it first. Nearby places decide alone: with them in the context
/// the rule stands aside.
enum OwnNameFirst {
    /// How far below the top score the town called by its own name may stand.
    static let margin = 0.05
    /// The least population, as a share of the top town's, the town must have.
    static let populationShare = 0.25
    /// The least population the town must have.
    static let minimumPopulation = 10_000
    /// How many places after the top are looked at.
    static let reach = 3

    /// What the rule reads of a candidate.
    struct Facts {
        var kind: PlaceKind
        var population: Int
        /// The name that matched is the place's own name.
        var ownName: Bool
        /// The name that matched is an alternate unlike the place's name (``NameFolding/resembles(_:_:)``).
        var unlikeAlternate: Bool
        var score: Double
    }

    /// The position in `order` of the candidate to move to the top, if any.
    static func promoted(_ order: [Int], facts: (Int) -> Facts) -> Int? {
        guard order.count > 1 else { return nil }
        let top = facts(order[0])
        guard top.kind == .city, top.unlikeAlternate else { return nil }
        for p in 1..<min(order.count, reach + 1) {
            let f = facts(order[p])
            guard top.score - f.score <= margin else { return nil }
            if f.kind == .city, f.ownName, f.population >= minimumPopulation, Double(f.population) >= populationShare * Double(top.population) { return p }
        }
        return nil
    }

    /// Whether `matched` is an alternate of a place named `name` that does not resemble the name.
    static func unlike(matched: String, name: String, match: MatchKind) -> Bool {
        match == .alias && matched != name && !NameFolding.resembles(matched, name)
    }
}
