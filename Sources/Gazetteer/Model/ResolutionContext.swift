import Foundation
import GeoCore

/// What a caller knows around a name: country focus, kind hint, nearby places.
public struct ResolutionContext: Sendable {
    /// ISO2 codes the text is about (candidates there rank higher).
    public var countries: [String]
    /// The kind the text implies (`province` → admin1, `town` → city, `river` → river).
    public var kind: PlaceKind?
    /// Points already resolved near this mention, or a `--near` point.
    public var near: [Coordinate] {
        didSet { nearCosLatitudes = Self.cosLatitudes(near) }
    }
    /// cos(latitude) of each `near` point, kept with them for distance ranking.
    private(set) var nearCosLatitudes: [Double]
    /// Restrict results to these kinds (empty: any).
    public var onlyKinds: Set<PlaceKind>
    /// Restrict results to these countries (empty: any).
    public var onlyCountries: Set<String>
    /// Whether results list the reasons for their scores (``Resolution/reasons``); callers that
    /// only rank, such as the geoparser, turn this off to save the work.
    public var explain: Bool

    /// Creates a context.
    public init(countries: [String] = [], kind: PlaceKind? = nil, near: [Coordinate] = [], onlyKinds: Set<PlaceKind> = [], onlyCountries: Set<String> = [], explain: Bool = true) {
        self.countries = countries
        self.kind = kind
        self.near = near
        nearCosLatitudes = Self.cosLatitudes(near)
        self.onlyKinds = onlyKinds
        self.onlyCountries = onlyCountries
        self.explain = explain
    }

    static func cosLatitudes(_ points: [Coordinate]) -> [Double] {
        points.map { cos($0.latitude * (Double.pi / 180)) }
    }
}
