internal import CGEOS
import GeoCore

extension GEOSGeometry {
    /// Simplifies with Douglas–Peucker while keeping the topology valid (no new self-intersections,
    /// holes stay inside). Wraps `GEOSTopologyPreserveSimplify_r`.
    /// - Parameter tolerance: in the geometry's own units (degrees for lon/lat; see
    ///   `GeoTopology.simplify(_:toleranceMetres:)` for metres).
    public func simplifyPreservingTopology(tolerance: Double) throws -> GEOSGeometry {
        try unary("GEOSTopologyPreserveSimplify_r") { GEOSTopologyPreserveSimplify_r($0, $1, tolerance) }
    }

    /// A planar buffer in the geometry's own units. Wraps `GEOSBuffer_r`.
    ///
    /// On longitude/latitude this is a buffer in degrees, which is rarely wanted: use
    /// `GeoTopology.buffer(_:metres:)` for metres.
    public func planarBuffer(distance: Double, quadrantSegments: Int = 16) throws -> GEOSGeometry {
        try unary("GEOSBuffer_r") { GEOSBuffer_r($0, $1, distance, Int32(quadrantSegments)) }
    }

    /// The planar centroid (centre of mass in lon/lat space). Wraps `GEOSGetCentroid_r`.
    public func centroid() throws -> GEOSGeometry {
        try unary("GEOSGetCentroid_r") { GEOSGetCentroid_r($0, $1) }
    }

    /// A point guaranteed to lie inside the geometry (useful for labels). Wraps `GEOSPointOnSurface_r`.
    public func pointOnSurface() throws -> GEOSGeometry {
        try unary("GEOSPointOnSurface_r") { GEOSPointOnSurface_r($0, $1) }
    }

    /// The bounding rectangle as a polygon (or a point for a point). Wraps `GEOSEnvelope_r`.
    public func envelope() throws -> GEOSGeometry {
        try unary("GEOSEnvelope_r") { GEOSEnvelope_r($0, $1) }
    }

    /// The bounding box, or `nil` for an empty geometry. Wraps `GEOSGeom_getXMin_r` and friends.
    public func boundingBox() throws -> BoundingBox? {
        try withGEOS { (c, g) throws(TopologyError) -> BoundingBox? in
            if GEOSisEmpty_r(c.handle, g) == 1 { return nil }
            var x0 = 0.0, y0 = 0.0, x1 = 0.0, y1 = 0.0
            c.clear()
            // Getters return 0 on exception.
            guard GEOSGeom_getXMin_r(c.handle, g, &x0) != 0, GEOSGeom_getYMin_r(c.handle, g, &y0) != 0,
                  GEOSGeom_getXMax_r(c.handle, g, &x1) != 0, GEOSGeom_getYMax_r(c.handle, g, &y1) != 0
            else { throw c.failure("GEOSGeom_getXMin_r") }
            return BoundingBox(west: x0, south: y0, east: x1, north: y1)
        }
    }

    /// Whether the geometry has no points. Wraps `GEOSisEmpty_r`.
    public func isEmpty() throws -> Bool {
        try withGEOS { (c, g) throws(TopologyError) in try c.predicate("GEOSisEmpty_r") { GEOSisEmpty_r(c.handle, g) } }
    }

    /// Whether the two geometries share any point. Wraps `GEOSIntersects_r`.
    public func intersects(_ other: GEOSGeometry) throws -> Bool {
        try withGEOS(other) { (c, a, b) throws(TopologyError) in try c.predicate("GEOSIntersects_r") { GEOSIntersects_r(c.handle, a, b) } }
    }

    /// Whether `other` lies inside the receiver (no point of `other` in its exterior, interiors meet).
    /// Wraps `GEOSContains_r`.
    public func contains(_ other: GEOSGeometry) throws -> Bool {
        try withGEOS(other) { (c, a, b) throws(TopologyError) in try c.predicate("GEOSContains_r") { GEOSContains_r(c.handle, a, b) } }
    }

    /// Whether the receiver lies inside `other`. Wraps `GEOSWithin_r`.
    public func isWithin(_ other: GEOSGeometry) throws -> Bool {
        try withGEOS(other) { (c, a, b) throws(TopologyError) in try c.predicate("GEOSWithin_r") { GEOSWithin_r(c.handle, a, b) } }
    }

    /// A prepared copy for many fast predicate tests against other geometries. Wraps `GEOSPrepare_r`.
    public func prepared() throws -> PreparedGEOSGeometry {
        try PreparedGEOSGeometry(self)
    }
}

extension GEOSGeometry {
    /// The same shape with vertices added so no segment is longer than `maxSegment` (coordinate
    /// units). Wraps `GEOSDensify_r` (GEOS ≥ 3.10).
    ///
    /// Used before overlaying lon/lat polygons whose areas are then measured geodesically: on short
    /// segments the straight lon/lat line and the geodesic coincide to well under a metre, so
    /// vertices that overlay inserts on an edge do not move the measured boundary.
    public func densified(maxSegment: Double) throws -> GEOSGeometry {
        try unary("GEOSDensify_r") { GEOSDensify_r($0, $1, maxSegment) }
    }
}
