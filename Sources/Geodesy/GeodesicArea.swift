internal import CPROJ
import GeoCore

/// Geodesic area and perimeter on the WGS84 ellipsoid, with edges that are geodesics.
///
/// Wraps `geod_polygon_addpoint` / `geod_polygon_compute` from PROJ's `geodesic.h` (Karney 2013),
/// equal to GeographicLib's `Planimeter` to round-off.
///
/// # Units
/// Square metres and metres; the `Km` variants return km² and km.
/// # Assumptions
/// Longitude/latitude in degrees (WGS84). Either ring winding is accepted: a ring's area is the
/// absolute value of its signed area, so each ring measures the smaller region it bounds. A
/// polygon's area is its exterior minus its holes; a multipolygon's is the sum of its polygons.
public enum GeodesicArea {
    /// The signed area of one ring in m² (positive when counter-clockwise) and its perimeter in m.
    ///
    /// A closing coordinate equal to the first is ignored; fewer than three distinct positions give 0.
    /// - Complexity: O(n).
    public static func signedRing(_ ring: [Coordinate]) -> (areaM2: Double, perimeterM: Double) {
        var n = ring.count
        if n >= 2, ring[0].longitude == ring[n - 1].longitude, ring[0].latitude == ring[n - 1].latitude { n -= 1 }
        guard n > 0 else { return (0, 0) }
        var g = WGS84.geodesic
        var p = geod_polygon()
        geod_polygon_init(&p, 0)
        ring.withUnsafeBufferPointer { r in
            for i in 0..<n { geod_polygon_addpoint(&g, &p, r[i].latitude, r[i].longitude) }
        }
        var area = 0.0, perimeter = 0.0
        // geod_polygon_compute: reverse = 0 (counter-clockwise positive), sign = 1 (signed result).
        _ = geod_polygon_compute(&g, &p, 0, 1, &area, &perimeter)
        return (area, perimeter)
    }

    /// Area in m² (exterior minus holes, either winding) and perimeter in m (all rings) of a
    /// polygon, in one pass over its vertices.
    public static func measure(_ polygon: Polygon) -> (areaM2: Double, perimeterM: Double) {
        var area = 0.0, perimeter = 0.0
        for (i, ring) in polygon.rings.enumerated() {
            let r = signedRing(ring)
            area += i == 0 ? abs(r.areaM2) : -abs(r.areaM2)
            perimeter += r.perimeterM
        }
        return (area, perimeter)
    }

    /// Area in m² and perimeter in m of any geometry's polygons, in one pass.
    public static func measure(_ geometry: Geometry) -> (areaM2: Double, perimeterM: Double) {
        geometry.polygons.reduce((0, 0)) { acc, p in
            let m = measure(p)
            return (acc.0 + m.areaM2, acc.1 + m.perimeterM)
        }
    }

    /// The area in m² of a polygon (exterior minus holes), either winding.
    public static func areaM2(_ polygon: Polygon) -> Double { measure(polygon).areaM2 }

    /// The perimeter in m of a polygon: the lengths of all its rings, holes included.
    public static func perimeterM(_ polygon: Polygon) -> Double { measure(polygon).perimeterM }

    /// The area in m² of any geometry: the sum over its polygons; 0 for points and lines.
    public static func areaM2(_ geometry: Geometry) -> Double {
        geometry.polygons.reduce(0) { $0 + areaM2($1) }
    }

    /// The area in km² of any geometry (see ``areaM2(_:)-(Geometry)``).
    public static func areaKm2(_ geometry: Geometry) -> Double { areaM2(geometry) / 1e6 }

    /// The perimeter in km of the polygons of a geometry, holes included.
    public static func perimeterKm(_ geometry: Geometry) -> Double {
        geometry.polygons.reduce(0) { $0 + perimeterM($1) } / 1000
    }
}
