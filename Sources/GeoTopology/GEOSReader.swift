internal import CGEOS
import GeoCore

/// Reads GEOS geometries back into GeoCore values. Child pointers are borrowed and never freed here.
struct GEOSReader: ~Copyable {
    let context: OpaquePointer
    let sink: MessageSink

    init(context: borrowing GEOSContext) {
        self.context = context.handle
        self.sink = context.sink
    }

    private func fail(_ function: String) -> TopologyError {
        .geos(function: function, messages: sink.messages)
    }

    func read(_ g: OpaquePointer) throws(TopologyError) -> Geometry {
        sink.messages.removeAll()
        let type = GEOSGeomTypeId_r(context, g)
        // GEOSGeomTypeId_r: -1 on exception.
        guard type >= 0 else { throw fail("GEOSGeomTypeId_r") }
        let empty = GEOSisEmpty_r(context, g) == 1
        switch GEOSGeomTypes(UInt32(type)) {
        case GEOS_POINT:
            if empty { return .multiPoint([]) }
            return .point(try coordinates(of: g).first!)
        case GEOS_LINESTRING, GEOS_LINEARRING:
            if empty { return .multiLineString([]) }
            return .lineString(try coordinates(of: g))
        case GEOS_POLYGON:
            if empty { return .multiPolygon([]) }
            return .polygon(try polygon(g))
        case GEOS_MULTIPOINT:
            return .multiPoint(try children(g).map { c throws(TopologyError) in try coordinates(of: c).first! })
        case GEOS_MULTILINESTRING:
            return .multiLineString(try children(g).map { c throws(TopologyError) in try coordinates(of: c) })
        case GEOS_MULTIPOLYGON:
            return .multiPolygon(try children(g).map { c throws(TopologyError) in try polygon(c) })
        default:
            return .geometryCollection(try children(g).map { c throws(TopologyError) in try read(c) })
        }
    }

    /// Borrowed child pointers (GEOSGetGeometryN_r); valid while `g` lives.
    private func children(_ g: OpaquePointer) throws(TopologyError) -> [OpaquePointer] {
        let n = GEOSGetNumGeometries_r(context, g)
        guard n >= 0 else { throw fail("GEOSGetNumGeometries_r") }
        var out: [OpaquePointer] = []
        out.reserveCapacity(Int(n))
        for i in 0..<n {
            guard let c = GEOSGetGeometryN_r(context, g, i) else { throw fail("GEOSGetGeometryN_r") }
            if GEOSisEmpty_r(context, c) == 1 { continue }
            out.append(c)
        }
        return out
    }

    private func polygon(_ g: OpaquePointer) throws(TopologyError) -> Polygon {
        if GEOSisEmpty_r(context, g) == 1 { return Polygon(rings: []) }
        // Exterior and interior rings are borrowed.
        guard let shell = GEOSGetExteriorRing_r(context, g) else { throw fail("GEOSGetExteriorRing_r") }
        var rings = [try coordinates(of: shell)]
        let holes = GEOSGetNumInteriorRings_r(context, g)
        guard holes >= 0 else { throw fail("GEOSGetNumInteriorRings_r") }
        for i in 0..<holes {
            guard let h = GEOSGetInteriorRingN_r(context, g, i) else { throw fail("GEOSGetInteriorRingN_r") }
            rings.append(try coordinates(of: h))
        }
        return Polygon(rings: rings)
    }

    private func coordinates(of g: OpaquePointer) throws(TopologyError) -> [Coordinate] {
        // GEOSGeom_getCoordSeq_r: borrowed sequence, NULL on exception.
        guard let seq = GEOSGeom_getCoordSeq_r(context, g) else { throw fail("GEOSGeom_getCoordSeq_r") }
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(context, seq, &size) != 0 else { throw fail("GEOSCoordSeq_getSize_r") }
        let hasZ = GEOSHasZ_r(context, g) == 1
        let dims = hasZ ? 3 : 2
        var buffer = [Double](repeating: 0, count: Int(size) * dims)
        // GEOSCoordSeq_copyToBuffer_r: 0 on exception.
        let ok = buffer.withUnsafeMutableBufferPointer { GEOSCoordSeq_copyToBuffer_r(context, seq, $0.baseAddress, hasZ ? 1 : 0, 0) }
        guard ok != 0 else { throw fail("GEOSCoordSeq_copyToBuffer_r") }
        var out: [Coordinate] = []
        out.reserveCapacity(Int(size))
        for i in 0..<Int(size) {
            let z = hasZ ? buffer[i * 3 + 2] : nil
            out.append(Coordinate(longitude: buffer[i * dims], latitude: buffer[i * dims + 1], altitude: (z?.isNaN ?? true) ? nil : z))
        }
        if out.isEmpty && GEOSGeomTypeId_r(context, g) == Int32(GEOS_POINT.rawValue) {
            throw .geos(function: "GEOSGeom_getCoordSeq_r", messages: ["empty point"])
        }
        return out
    }
}
