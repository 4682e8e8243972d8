import GeoCore

/// How a query matched a place's name.
public enum MatchKind: String, Sendable {
    /// The query equals a name or alternate after Unicode folding (case, diacritics, apostrophes, hyphens).
    case alias
    /// The query equals a name after Arabic-romanisation transliteration keys.
    case key
    /// Within a small edit distance of a name (Damerau–Levenshtein on folded names).
    case fuzzy
}

/// ACLED-style geographic precision: 1 a town, 2 part of a region or near a town, 3 a larger region.
public enum GeoPrecision: Int, Sendable {
    case town = 1
    case nearTownOrPartOfRegion = 2
    case largerRegion = 3
}

/// One ranked candidate for a query, with the reasons for its score.
public struct Resolution: Sendable {
    /// The place.
    public var place: Place
    /// The admin1 area's display name (`Deir ez-Zor`), when known.
    public var admin1Name: String?
    /// The name or alternate that matched the query.
    public var matched: String
    /// How it matched.
    public var match: MatchKind
    /// Edit distance for fuzzy matches (0 otherwise).
    public var distance: Int
    /// The ranking score (higher is better; comparable within one query).
    public var score: Double
    /// ACLED `geo_precision`.
    public var geoPrecision: GeoPrecision
    /// UCDP `where_prec` (1 exact location … 6 country; 7 international waters).
    public var wherePrecision: Int
    /// Score components, in the order they were added: (`reason`, `points`).
    public var reasons: [(reason: String, points: Double)]
}
