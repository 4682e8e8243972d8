internal import CGEOS
import GeoCore

extension GEOSGeometry {
    /// The union of two geometries. Wraps `GEOSUnion_r`.
    /// - Throws: `TopologyError.geos` when GEOS fails (for example on invalid input).
    public func union(with other: GEOSGeometry) throws -> GEOSGeometry {
        try binary(other, "GEOSUnion_r") { GEOSUnion_r($0, $1, $2) }
    }

    /// The intersection of two geometries. Wraps `GEOSIntersection_r`.
    public func intersection(with other: GEOSGeometry) throws -> GEOSGeometry {
        try binary(other, "GEOSIntersection_r") { GEOSIntersection_r($0, $1, $2) }
    }

    /// The part of the receiver outside `other`. Wraps `GEOSDifference_r`.
    public func difference(with other: GEOSGeometry) throws -> GEOSGeometry {
        try binary(other, "GEOSDifference_r") { GEOSDifference_r($0, $1, $2) }
    }

    /// The parts of either geometry not in both. Wraps `GEOSSymDifference_r`.
    public func symmetricDifference(with other: GEOSGeometry) throws -> GEOSGeometry {
        try binary(other, "GEOSSymDifference_r") { GEOSSymDifference_r($0, $1, $2) }
    }

    /// The union of all the parts of this geometry (dissolves a multipolygon). Wraps `GEOSUnaryUnion_r`.
    public func unaryUnion() throws -> GEOSGeometry {
        try unary("GEOSUnaryUnion_r") { GEOSUnaryUnion_r($0, $1) }
    }

    /// The union of many geometries at once (cascaded; much faster than folding pairwise).
    ///
    /// Wraps `GEOSUnaryUnion_r` over a collection of clones of the inputs.
    /// - Returns: the union, or an empty collection for no input.
    /// - Complexity: O(n log n) in the total number of vertices, roughly.
    public static func unaryUnion(_ geometries: [GEOSGeometry]) throws -> GEOSGeometry {
        let context = GEOSContext()
        var clones: [OpaquePointer?] = []
        clones.reserveCapacity(geometries.count)
        for g in geometries {
            do {
                clones.append(try g.clonePointer())
            } catch {
                for case let c? in clones { GEOSGeom_destroy_r(context.handle, c) }
                throw error
            }
        }
        context.clear()
        // GEOSGeom_createCollection_r takes ownership of the clones on success only.
        let collection = clones.withUnsafeMutableBufferPointer {
            GEOSGeom_createCollection_r(context.handle, Int32(GEOS_GEOMETRYCOLLECTION.rawValue), $0.baseAddress, UInt32($0.count))
        }
        guard let collection else {
            for case let c? in clones { GEOSGeom_destroy_r(context.handle, c) }
            throw context.failure("GEOSGeom_createCollection_r")
        }
        let result = Result { () throws(TopologyError) in try context.make("GEOSUnaryUnion_r") { GEOSUnaryUnion_r(context.handle, collection) } }
        GEOSGeom_destroy_r(context.handle, collection)
        return GEOSGeometry(owning: try result.get(), context: context)
    }

    func binary(_ other: GEOSGeometry, _ function: String, _ call: (OpaquePointer, OpaquePointer, OpaquePointer) -> OpaquePointer?) throws(TopologyError) -> GEOSGeometry {
        try withGEOS(other) { (c, a, b) throws(TopologyError) in
            GEOSGeometry.adopt(try c.make(function) { call(c.handle, a, b) })
        }
    }

    func unary(_ function: String, _ call: (OpaquePointer, OpaquePointer) -> OpaquePointer?) throws(TopologyError) -> GEOSGeometry {
        try withGEOS { (c, g) throws(TopologyError) in
            GEOSGeometry.adopt(try c.make(function) { call(c.handle, g) })
        }
    }

    /// A clone of the GEOS geometry, owned by the caller (`GEOSGeom_clone_r`).
    func clonePointer() throws(TopologyError) -> OpaquePointer {
        try newPointer("GEOSGeom_clone_r") { GEOSGeom_clone_r($0, $1) }
    }

    /// A new GEOS geometry derived from this one under its lock, owned by the caller.
    func newPointer(_ function: String, _ call: (OpaquePointer, OpaquePointer) -> OpaquePointer?) throws(TopologyError) -> OpaquePointer {
        var result: OpaquePointer?
        try withGEOS { (c, g) throws(TopologyError) in
            result = try c.make(function) { call(c.handle, g) }
        }
        return result!  // set on every non-throwing path above
    }
}
