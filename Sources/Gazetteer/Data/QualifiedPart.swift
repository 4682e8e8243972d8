import GeoCore
import GeoTopology

/// The part of an area that a qualifier names: "western Iraq", "northern Syria", "central
/// Anbar", "the border areas of Iraq".
///
/// Definitions (stated so users can check them): the area's centroid (GEOS) splits it — `west` is
/// the part at or west of the centroid's longitude, `north` at or north of its latitude, the
/// diagonals the quadrants (`northwest`: west and north); `central` is the middle half of the
/// bounding box in each direction; `border` is the band within `borderKm` (default 25 km) of the
/// area's boundary. Longitude/latitude, planar splits (no antimeridian handling).
public enum QualifiedPart {
    /// The qualifiers understood.
    public static let qualifiers: Set<String> = ["north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast", "central", "border"]

    /// The named part of `area`, or `nil` for an unknown qualifier or a non-polygonal area.
    /// - Throws: `TopologyError` / `GeodesyError` if GEOS or PROJ fail.
    public static func part(of area: Geometry, which: String, borderKm: Double = 25) throws -> Geometry? {
        guard qualifiers.contains(which), area.isPolygonal, let box = area.boundingBox else { return nil }
        let shape = try GEOSGeometry(area)
        if which == "border" {
            let inner = try MetricOperations.buffer(area, metres: -borderKm * 1000)
            return try shape.difference(with: GEOSGeometry(inner)).geometry()
        }
        guard case .point(let c)? = try? shape.centroid().geometry() else { return nil }
        let pad = 1.0
        var west = box.west - pad, east = box.east + pad, south = box.south - pad, north = box.north + pad
        switch which {
        case "central":
            let w = box.east - box.west, h = box.north - box.south
            west = box.west + w / 4; east = box.east - w / 4; south = box.south + h / 4; north = box.north - h / 4
        default:
            if which.contains("west") { east = c.longitude }
            if which.contains("east") { west = c.longitude }
            if which.hasPrefix("north") { south = c.latitude }
            if which.hasPrefix("south") { north = c.latitude }
        }
        let ring = [(west, south), (east, south), (east, north), (west, north), (west, south)].map { Coordinate(longitude: $0.0, latitude: $0.1) }
        return try shape.intersection(with: GEOSGeometry(.polygon(Polygon(exterior: ring)))).geometry()
    }
}
