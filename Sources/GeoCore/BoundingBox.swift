/// A longitude/latitude rectangle in degrees (GeoJSON `bbox` order: west, south, east, north).
public struct BoundingBox: Hashable, Sendable {
    /// Minimum longitude.
    public var west: Double
    /// Minimum latitude.
    public var south: Double
    /// Maximum longitude.
    public var east: Double
    /// Maximum latitude.
    public var north: Double

    /// Creates a box from its edges, in degrees.
    public init(west: Double, south: Double, east: Double, north: Double) {
        self.west = west
        self.south = south
        self.east = east
        self.north = north
    }

    /// Grows the box to include `c`.
    public mutating func extend(_ c: Coordinate) {
        west = Swift.min(west, c.longitude)
        east = Swift.max(east, c.longitude)
        south = Swift.min(south, c.latitude)
        north = Swift.max(north, c.latitude)
    }

    /// The centre of the box, in degrees.
    /// Whether the two boxes share any point (edges included). No antimeridian wrapping.
    public func intersects(_ other: BoundingBox) -> Bool {
        west <= other.east && other.west <= east && south <= other.north && other.south <= north
    }

    public var center: Coordinate {
        Coordinate(longitude: (west + east) / 2, latitude: (south + north) / 2)
    }
}
