internal import CPROJ
import GeoCore

/// Distances, azimuths and line lengths on the WGS84 ellipsoid (Karney's inverse problem).
///
/// # Units
/// Metres (or km where the name says so); azimuths in degrees clockwise from north, in (-180, 180].
public enum GeodesicLine {
    /// The geodesic between two points: distance in metres and the forward azimuths at each end.
    ///
    /// Wraps `geod_inverse`.
    public static func inverse(_ a: Coordinate, _ b: Coordinate) -> (distanceMetres: Double, initialAzimuth: Double, finalAzimuth: Double) {
        var g = WGS84.geodesic
        var s12 = 0.0, azi1 = 0.0, azi2 = 0.0
        geod_inverse(&g, a.latitude, a.longitude, b.latitude, b.longitude, &s12, &azi1, &azi2)
        return (s12, azi1, azi2)
    }

    /// The geodesic distance in metres between two points.
    public static func distanceMetres(_ a: Coordinate, _ b: Coordinate) -> Double {
        inverse(a, b).distanceMetres
    }

    /// The point reached from `start` after `metres` along `azimuth` (degrees from north).
    ///
    /// Wraps `geod_direct`.
    public static func destination(from start: Coordinate, azimuth: Double, metres: Double) -> Coordinate {
        var g = WGS84.geodesic
        var lat2 = 0.0, lon2 = 0.0, azi2 = 0.0
        geod_direct(&g, start.latitude, start.longitude, azimuth, metres, &lat2, &lon2, &azi2)
        return Coordinate(longitude: lon2, latitude: lat2)
    }

    /// The length in metres of a line string along geodesic segments.
    public static func lengthMetres(_ line: [Coordinate]) -> Double {
        guard line.count > 1 else { return 0 }
        var total = 0.0
        for i in 1..<line.count { total += distanceMetres(line[i - 1], line[i]) }
        return total
    }

    /// The length in km of every line of a geometry; polygons count their perimeter.
    public static func lengthKm(_ geometry: Geometry) -> Double {
        geometry.lineStrings.reduce(0) { $0 + lengthMetres($1) } / 1000 + GeodesicArea.perimeterKm(geometry)
    }
}
