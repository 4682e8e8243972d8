/// A polygon: one exterior ring followed by zero or more holes.
///
/// Rings are closed (first coordinate equals the last) when built by the GeoJSON reader; either
/// winding is accepted everywhere. Writers reorient to RFC 7946 winding (see `Winding`).
public struct Polygon: Hashable, Sendable {
    /// All rings, exterior first.
    public var rings: [[Coordinate]]

    /// Creates a polygon from its rings, exterior first.
    /// - Parameter rings: closed rings of at least four positions each.
    public init(rings: [[Coordinate]]) {
        self.rings = rings
    }

    /// Creates a polygon from an exterior ring and holes.
    public init(exterior: [Coordinate], holes: [[Coordinate]] = []) {
        self.rings = [exterior] + holes
    }

    /// The exterior ring, or an empty ring for an empty polygon.
    public var exterior: [Coordinate] { rings.first ?? [] }

    /// The interior rings (holes).
    public var holes: ArraySlice<[Coordinate]> { rings.dropFirst() }
}
