import GeoCore

/// A gazetteer identifier such as `geonames:173480` or `frontline:euphrates-valley`.
public struct PlaceID: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The identifier text.
    public let rawValue: String

    /// Wraps an identifier.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }
}

/// One gazetteer entry.
public struct Place: Hashable, Sendable {
    /// Stable identifier (`geonames:<id>` for GeoNames entries, `frontline:<slug>` for curated ones).
    public var id: PlaceID
    /// The standard name.
    public var name: String
    /// What kind of place it is.
    public var kind: PlaceKind
    /// GeoNames feature class and code where known (`P`, `PPL`).
    public var featureClass: String
    public var featureCode: String
    /// ISO 3166-1 alpha-2 country code.
    public var country: String
    /// GeoNames first-level admin code within the country (`07`), or empty.
    public var admin1Code: String
    /// A representative point (the GeoNames coordinate for GeoNames entries); NaN when the source
    /// gives none.
    public var coordinate: Coordinate
    /// Population, when known.
    public var population: Int?
    /// Alternate names as the source gives them (any script).
    public var alternates: [String]
    /// Where the entry comes from (`geonames:cities500`, `curated: …`).
    public var source: String

    /// Creates a place.
    public init(id: PlaceID, name: String, kind: PlaceKind, featureClass: String = "", featureCode: String = "", country: String, admin1Code: String = "", coordinate: Coordinate, population: Int? = nil, alternates: [String] = [], source: String = "") {
        self.id = id
        self.name = name
        self.kind = kind
        self.featureClass = featureClass
        self.featureCode = featureCode
        self.country = country
        self.admin1Code = admin1Code
        self.coordinate = coordinate
        self.population = population
        self.alternates = alternates
        self.source = source
    }

    /// The primary name followed by the alternates (other than the primary name itself).
    public var allNames: [String] {
        var out = [name]
        out.reserveCapacity(alternates.count + 1)
        for a in alternates where a != name { out.append(a) }
        return out
    }
}
