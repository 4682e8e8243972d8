internal import CGEOS
import GeoCore

/// Builds GEOS geometries from GeoCore values inside one context.
///
/// Ownership: every pointer returned is owned by the caller. On failure everything created so far
/// is destroyed here, so nothing leaks and nothing is freed twice.
struct GEOSBuilder: ~Copyable {
    let context: OpaquePointer
    let ctx: MessageSinkRef

    init(context: borrowing GEOSContext) {
        self.context = context.handle
        self.ctx = MessageSinkRef(sink: context.sink)
    }

    func make(_ geometry: Geometry, path: String) throws(TopologyError) -> OpaquePointer {
        switch geometry {
        case .point(let c):
            return try sequenceGeometry(path: path, "GEOSGeom_createPoint_r", [c], minimum: 1) { GEOSGeom_createPoint_r(context, $0) }
        case .multiPoint(let cs):
            var parts: [OpaquePointer] = []
            for (i, c) in cs.enumerated() {
                do { parts.append(try make(.point(c), path: "\(path)[\(i)]")) } catch { destroy(parts); throw error }
            }
            return try collection(GEOS_MULTIPOINT, parts, "GEOSGeom_createCollection_r")
        case .lineString(let cs):
            return try sequenceGeometry(path: path, "GEOSGeom_createLineString_r", cs, minimum: 2) { GEOSGeom_createLineString_r(context, $0) }
        case .multiLineString(let ls):
            var parts: [OpaquePointer] = []
            for (i, l) in ls.enumerated() {
                do { parts.append(try make(.lineString(l), path: "\(path)[\(i)]")) } catch { destroy(parts); throw error }
            }
            return try collection(GEOS_MULTILINESTRING, parts, "GEOSGeom_createCollection_r")
        case .polygon(let p):
            return try polygon(p, path: path)
        case .multiPolygon(let ps):
            var parts: [OpaquePointer] = []
            for (i, p) in ps.enumerated() {
                do { parts.append(try polygon(p, path: "\(path)[\(i)]")) } catch { destroy(parts); throw error }
            }
            return try collection(GEOS_MULTIPOLYGON, parts, "GEOSGeom_createCollection_r")
        case .geometryCollection(let gs):
            var parts: [OpaquePointer] = []
            for (i, g) in gs.enumerated() {
                do { parts.append(try make(g, path: "geometries[\(i)]")) } catch { destroy(parts); throw error }
            }
            return try collection(GEOS_GEOMETRYCOLLECTION, parts, "GEOSGeom_createCollection_r")
        }
    }

    private func polygon(_ p: Polygon, path: String) throws(TopologyError) -> OpaquePointer {
        if p.rings.isEmpty {
            ctx.sink.messages.removeAll()
            guard let g = GEOSGeom_createEmptyPolygon_r(context) else { throw .geos(function: "GEOSGeom_createEmptyPolygon_r", messages: ctx.sink.messages) }
            return g
        }
        var rings: [OpaquePointer] = []
        for (i, r) in p.rings.enumerated() {
            let ringPath = "\(path)[\(i)]"
            guard r.count >= 4 else {
                destroy(rings)
                throw .invalidInput(path: ringPath, reason: "a linear ring needs at least 4 positions, this one has \(r.count)")
            }
            guard r.first!.longitude == r.last!.longitude, r.first!.latitude == r.last!.latitude else {
                destroy(rings)
                throw .invalidInput(path: ringPath, reason: "ring is not closed: its last position differs from its first")
            }
            do {
                rings.append(try sequenceGeometry(path: ringPath, "GEOSGeom_createLinearRing_r", r, minimum: 4) { GEOSGeom_createLinearRing_r(context, $0) })
            } catch {
                destroy(rings)
                throw error
            }
        }
        let shell = rings[0]
        var holes: [OpaquePointer?] = Array(rings.dropFirst())
        ctx.sink.messages.removeAll()
        // GEOSGeom_createPolygon_r takes ownership of shell and holes on success only.
        let g = holes.withUnsafeMutableBufferPointer { h -> OpaquePointer? in
            GEOSGeom_createPolygon_r(context, shell, h.baseAddress, UInt32(h.count))
        }
        guard let g else {
            destroy(rings)
            throw .geos(function: "GEOSGeom_createPolygon_r", messages: ctx.sink.messages)
        }
        return g
    }

    /// Creates a coordinate sequence from positions and hands it to `create`, which owns it on success.
    private func sequenceGeometry(
        path: String, _ function: String, _ coordinates: [Coordinate], minimum: Int,
        _ create: (OpaquePointer) -> OpaquePointer?
    ) throws(TopologyError) -> OpaquePointer {
        guard coordinates.count >= minimum else {
            throw .invalidInput(path: path, reason: "needs at least \(minimum) position\(minimum == 1 ? "" : "s"), has \(coordinates.count)")
        }
        let hasZ = coordinates.allSatisfy { $0.altitude != nil } && !coordinates.isEmpty
        let dims = hasZ ? 3 : 2
        var buffer = [Double](repeating: 0, count: coordinates.count * dims)
        for (i, c) in coordinates.enumerated() {
            guard c.longitude.isFinite, c.latitude.isFinite else {
                throw .invalidInput(path: "\(path)[\(i)]", reason: "position is not finite")
            }
            buffer[i * dims] = c.longitude
            buffer[i * dims + 1] = c.latitude
            if hasZ { buffer[i * dims + 2] = c.altitude! }
        }
        ctx.sink.messages.removeAll()
        // GEOSCoordSeq_copyFromBuffer_r: NULL on failure; the sequence is ours until `create` succeeds.
        let seq = buffer.withUnsafeBufferPointer {
            GEOSCoordSeq_copyFromBuffer_r(context, $0.baseAddress, UInt32(coordinates.count), hasZ ? 1 : 0, 0)
        }
        guard let seq else { throw .geos(function: "GEOSCoordSeq_copyFromBuffer_r", messages: ctx.sink.messages) }
        guard let g = create(seq) else {
            GEOSCoordSeq_destroy_r(context, seq)
            throw .invalidInput(path: path, reason: ctx.sink.messages.last ?? "GEOS rejected the positions (\(function))")
        }
        return g
    }

    /// Creates a collection; takes ownership of `parts` on success, destroys them on failure.
    private func collection(_ type: GEOSGeomTypes, _ parts: [OpaquePointer], _ function: String) throws(TopologyError) -> OpaquePointer {
        var parts: [OpaquePointer?] = parts
        ctx.sink.messages.removeAll()
        let g = parts.withUnsafeMutableBufferPointer { p -> OpaquePointer? in
            GEOSGeom_createCollection_r(context, Int32(type.rawValue), p.baseAddress, UInt32(p.count))
        }
        guard let g else {
            destroy(parts.compactMap { $0 })
            throw .geos(function: function, messages: ctx.sink.messages)
        }
        return g
    }

    private func destroy(_ parts: [OpaquePointer]) {
        for p in parts { GEOSGeom_destroy_r(context, p) }
    }
}

/// A plain reference to a context's sink, so non-copyable helpers can read messages.
struct MessageSinkRef {
    let sink: MessageSink
}
