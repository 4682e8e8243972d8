internal import CGEOS
import GeoCore

extension GEOSGeometry {
    /// The boundary: rings of a polygon as lines, end points of a line. Wraps `GEOSBoundary_r`.
    public func boundary() throws -> GEOSGeometry {
        try unary("GEOSBoundary_r") { GEOSBoundary_r($0, $1) }
    }

    /// The polygons enclosed by a set of lines, which must be noded (cross only at vertices;
    /// run them through ``unaryUnion()`` first). Wraps `GEOSPolygonize_r`.
    /// - Returns: a collection of polygons; lines that enclose nothing are dropped.
    public func polygonized() throws -> GEOSGeometry {
        try withGEOS { (c, g) throws(TopologyError) in
            var input: [OpaquePointer?] = [g]
            return GEOSGeometry.adopt(try c.make("GEOSPolygonize_r") {
                input.withUnsafeMutableBufferPointer { GEOSPolygonize_r(c.handle, $0.baseAddress, 1) }
            })
        }
    }

    /// The point of this geometry nearest to `point` (planar, in the coordinates' units).
    /// Wraps `GEOSNearestPoints_r`.
    public func nearestPoint(to point: Coordinate) throws -> Coordinate {
        let other = try GEOSGeometry(.point(point))
        return try withGEOS(other) { (c, a, b) throws(TopologyError) -> Coordinate in
            c.clear()
            // GEOSNearestPoints_r: a sequence of two points (on a, on b), or NULL on failure.
            guard let seq = GEOSNearestPoints_r(c.handle, a, b) else { throw c.failure("GEOSNearestPoints_r") }
            defer { GEOSCoordSeq_destroy_r(c.handle, seq) }
            var x = 0.0, y = 0.0
            guard GEOSCoordSeq_getXY_r(c.handle, seq, 0, &x, &y) != 0 else { throw c.failure("GEOSCoordSeq_getXY_r") }
            return Coordinate(longitude: x, latitude: y)
        }
    }
}
