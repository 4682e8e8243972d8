/// A position on the WGS84 ellipsoid, longitude first as in GeoJSON.
///
/// # Units
/// Degrees for `longitude` and `latitude`; metres above the ellipsoid for `altitude`.
///
/// ```swift
/// let mayadin = Coordinate(longitude: 40.45154, latitude: 35.01982)
/// ```
public struct Coordinate: Hashable, Sendable {
    /// Longitude in degrees, east positive.
    public var longitude: Double
    /// Latitude in degrees, north positive.
    public var latitude: Double
    /// Optional third GeoJSON position element (metres); `nil` when the input had two.
    public var altitude: Double?

    /// Creates a coordinate.
    /// - Parameters:
    ///   - longitude: degrees east.
    ///   - latitude: degrees north.
    ///   - altitude: optional height in metres.
    @inlinable
    public init(longitude: Double, latitude: Double, altitude: Double? = nil) {
        self.longitude = longitude
        self.latitude = latitude
        self.altitude = altitude
    }
}
