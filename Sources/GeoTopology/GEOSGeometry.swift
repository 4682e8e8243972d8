internal import CGEOS
import GeoCore

/// The C state a `GEOSGeometry` owns: its context and one geometry, destroyed exactly once.
struct GEOSState: ~Copyable {
    let context: GEOSContext
    let geometry: OpaquePointer

    deinit { GEOSGeom_destroy_r(context.handle, geometry) }
}

/// A geometry held by GEOS, for repeated topology work without converting each time.
///
/// Created from a `GeoCore.Geometry`, WKT or WKB; converted back with ``geometry()``, ``wkt(precision:)``,
/// ``wkb()``. Operations return new `GEOSGeometry` values; the receiver never changes.
///
/// # Thread safety
/// Each instance owns **its own GEOS context** and its GEOS pointer, both behind a
/// `GeoCore.Locked` (a POSIX mutex): the class is `Sendable` and may be shared between tasks. Calls on the
/// same instance are serialised; a binary operation locks both operands in a fixed (address) order,
/// so two threads running `a ∪ b` and `b ∪ a` cannot deadlock. For parallel speed give each task its
/// own geometries. The GEOS handle is freed exactly once, when the last reference goes away.
///
/// ```swift
/// let a = try GEOSGeometry(wkt: "POLYGON((0 0,2 0,2 2,0 2,0 0))")
/// let b = try GEOSGeometry(wkt: "POLYGON((1 1,3 1,3 3,1 3,1 1))")
/// let u = try a.union(with: b)          // GEOSUnion_r
/// ```
public final class GEOSGeometry: Sendable {
    let state: Locked<GEOSState>

    /// Takes ownership of `pointer`, created in any context, with a fresh context of its own.
    init(owning pointer: OpaquePointer, context: consuming GEOSContext) {
        state = Locked(GEOSState(context: context, geometry: pointer))
    }

    /// Converts a GeoCore geometry to GEOS.
    /// - Throws: `TopologyError.invalidInput` when a ring is not closed or has too few positions,
    ///   or GEOS rejects the coordinates.
    public convenience init(_ geometry: Geometry) throws {
        let context = GEOSContext()
        let pointer = try GEOSBuilder(context: context).make(geometry, path: "")
        self.init(owning: pointer, context: context)
    }

    /// Parses Well-Known Text.
    /// - Throws: `TopologyError.unreadable` with GEOS's message.
    public convenience init(wkt: String) throws {
        let context = GEOSContext()
        let g = try Self.read(context, "WKT") { h in
            // GEOSWKTReader_create_r / _read_r: NULL on failure.
            guard let reader = GEOSWKTReader_create_r(h) else { return nil }
            defer { GEOSWKTReader_destroy_r(h, reader) }
            return GEOSWKTReader_read_r(h, reader, wkt)
        }
        self.init(owning: g, context: context)
    }

    /// Parses Well-Known Binary (ISO or extended WKB, either byte order).
    /// - Throws: `TopologyError.unreadable` with GEOS's message.
    public convenience init(wkb: [UInt8]) throws {
        let context = GEOSContext()
        let g = try Self.read(context, "WKB") { h in
            // GEOSWKBReader_create_r / _read_r: NULL on failure.
            guard let reader = GEOSWKBReader_create_r(h) else { return nil }
            defer { GEOSWKBReader_destroy_r(h, reader) }
            return wkb.withUnsafeBufferPointer { GEOSWKBReader_read_r(h, reader, $0.baseAddress, $0.count) }
        }
        self.init(owning: g, context: context)
    }

    private static func read(_ context: borrowing GEOSContext, _ format: String, _ call: (OpaquePointer) -> OpaquePointer?) throws(TopologyError) -> OpaquePointer {
        context.clear()
        guard let g = call(context.handle) else {
            throw .unreadable(format: format, message: context.sink.messages.joined(separator: "; "))
        }
        return g
    }

    /// Runs `body` with this geometry's context and pointer, under its lock.
    func withGEOS<R: Sendable>(_ body: (borrowing GEOSContext, OpaquePointer) throws(TopologyError) -> R) throws(TopologyError) -> R {
        try state.withLock { (s: inout GEOSState) throws(TopologyError) -> R in
            try body(s.context, s.geometry)
        }
    }

    /// Runs `body` with both operands locked in address order, using the receiver's context.
    func withGEOS<R: Sendable>(_ other: GEOSGeometry, _ body: (borrowing GEOSContext, OpaquePointer, OpaquePointer) throws(TopologyError) -> R) throws(TopologyError) -> R {
        if self === other {
            return try withGEOS { (c, g) throws(TopologyError) in try body(c, g, g) }
        }
        if ObjectIdentifier(self) < ObjectIdentifier(other) {
            return try withGEOS { (c, g) throws(TopologyError) in
                try other.state.withLock { (o: inout GEOSState) throws(TopologyError) -> R in try body(c, g, o.geometry) }
            }
        }
        return try other.state.withLock { (o: inout GEOSState) throws(TopologyError) -> R in
            let og = o.geometry
            return try self.withGEOS { (c, g) throws(TopologyError) in try body(c, g, og) }
        }
    }

    /// Wraps a fresh GEOS result pointer in a new owner with its own context.
    static func adopt(_ pointer: OpaquePointer) -> GEOSGeometry {
        GEOSGeometry(owning: pointer, context: GEOSContext())
    }

    /// Converts back to a GeoCore value.
    ///
    /// Empty results map to an empty collection of the same dimension (`MultiPolygon []` for an
    /// empty polygon).
    /// - Throws: `TopologyError.geos` if GEOS cannot read its own geometry.
    public func geometry() throws -> Geometry {
        try withGEOS { (c, g) throws(TopologyError) in try GEOSReader(context: c).read(g) }
    }

    /// Well-Known Text, trimmed, with `precision` decimals (default: shortest round-trip).
    public func wkt(precision: Int? = nil) throws -> String {
        try withGEOS { (c, g) throws(TopologyError) -> String in
            c.clear()
            guard let writer = GEOSWKTWriter_create_r(c.handle) else { throw c.failure("GEOSWKTWriter_create_r") }
            defer { GEOSWKTWriter_destroy_r(c.handle, writer) }
            GEOSWKTWriter_setTrim_r(c.handle, writer, 1)
            if let precision { GEOSWKTWriter_setRoundingPrecision_r(c.handle, writer, Int32(precision)) }
            // GEOSWKTWriter_write_r: NULL on failure; the string is ours to GEOSFree_r.
            guard let text = GEOSWKTWriter_write_r(c.handle, writer, g) else { throw c.failure("GEOSWKTWriter_write_r") }
            defer { GEOSFree_r(c.handle, text) }
            return String(cString: text)
        }
    }

    /// Well-Known Binary, little-endian ISO.
    public func wkb() throws -> [UInt8] {
        try withGEOS { (c, g) throws(TopologyError) -> [UInt8] in
            c.clear()
            guard let writer = GEOSWKBWriter_create_r(c.handle) else { throw c.failure("GEOSWKBWriter_create_r") }
            defer { GEOSWKBWriter_destroy_r(c.handle, writer) }
            GEOSWKBWriter_setByteOrder_r(c.handle, writer, Int32(GEOS_WKB_NDR.rawValue))
            var size = 0
            // GEOSWKBWriter_write_r: NULL on failure; buffer freed with GEOSFree_r.
            guard let bytes = GEOSWKBWriter_write_r(c.handle, writer, g, &size) else { throw c.failure("GEOSWKBWriter_write_r") }
            defer { GEOSFree_r(c.handle, bytes) }
            return Array(UnsafeBufferPointer(start: bytes, count: size))
        }
    }
}
