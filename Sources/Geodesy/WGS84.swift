internal import CPROJ

/// The WGS84 ellipsoid as PROJ's `geodesic.h` sees it.
///
/// `geod_*` functions are pure (no PROJ context) and implement Karney's algorithms, the same as
/// GeographicLib, so results match GeographicLib to round-off.
enum WGS84 {
    /// Semi-major axis in metres.
    static let semiMajorAxis = 6_378_137.0
    /// Flattening.
    static let flattening = 1 / 298.257223563

    /// A freshly initialised `geod_geodesic` for WGS84 (a plain C struct, copied by value).
    static let geodesic: geod_geodesic = {
        var g = geod_geodesic()
        geod_init(&g, semiMajorAxis, flattening)
        return g
    }()
}
