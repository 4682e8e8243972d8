internal import CGEOS
import GeoCore

/// The C state of a prepared geometry: a context, a private clone and its prepared index.
struct PreparedState: ~Copyable {
    let context: GEOSContext
    let geometry: OpaquePointer
    let prepared: OpaquePointer

    deinit {
        GEOSPreparedGeom_destroy_r(context.handle, prepared)
        GEOSGeom_destroy_r(context.handle, geometry)
    }
}

/// A geometry prepared for many fast predicate tests (contains, intersects, within, covers).
///
/// Wraps `GEOSPrepare_r` over a private clone, so it does not depend on the source's lifetime.
/// Thread safety as ``GEOSGeometry``: its own context behind a mutex (GEOS builds the prepared
/// indexes lazily, so calls are serialised per instance).
public final class PreparedGEOSGeometry: Sendable {
    private let state: Locked<PreparedState>

    /// Prepares a clone of `geometry`.
    public init(_ geometry: GEOSGeometry) throws {
        let context = GEOSContext()
        let clone = try geometry.clonePointer()
        context.clear()
        guard let prepared = GEOSPrepare_r(context.handle, clone) else {
            GEOSGeom_destroy_r(context.handle, clone)
            throw context.failure("GEOSPrepare_r")
        }
        state = Locked(PreparedState(context: context, geometry: clone, prepared: prepared))
    }

    private func test(_ other: GEOSGeometry, _ function: String, _ call: (OpaquePointer, OpaquePointer, OpaquePointer) -> CChar) throws -> Bool {
        try state.withLock { (s: inout PreparedState) throws(TopologyError) -> Bool in
            let handle = s.context.handle
            let prepared = s.prepared
            let sink = s.context.sink
            return try other.state.withLock { (o: inout GEOSState) throws(TopologyError) -> Bool in
                sink.messages.removeAll()
                switch call(handle, prepared, o.geometry) {
                case 1: return true
                case 0: return false
                default: throw .geos(function: function, messages: sink.messages)
                }
            }
        }
    }

    /// Whether the prepared geometry contains `other`. Wraps `GEOSPreparedContains_r`.
    public func contains(_ other: GEOSGeometry) throws -> Bool {
        try test(other, "GEOSPreparedContains_r") { GEOSPreparedContains_r($0, $1, $2) }
    }

    /// Whether the prepared geometry covers `other` (boundary points count). Wraps `GEOSPreparedCovers_r`.
    public func covers(_ other: GEOSGeometry) throws -> Bool {
        try test(other, "GEOSPreparedCovers_r") { GEOSPreparedCovers_r($0, $1, $2) }
    }

    /// Whether the two share any point. Wraps `GEOSPreparedIntersects_r`.
    public func intersects(_ other: GEOSGeometry) throws -> Bool {
        try test(other, "GEOSPreparedIntersects_r") { GEOSPreparedIntersects_r($0, $1, $2) }
    }

    /// Whether the prepared geometry lies within `other`. Wraps `GEOSPreparedWithin_r`.
    public func isWithin(_ other: GEOSGeometry) throws -> Bool {
        try test(other, "GEOSPreparedWithin_r") { GEOSPreparedWithin_r($0, $1, $2) }
    }

    /// Whether the prepared geometry contains a point given in lon/lat.
    public func contains(_ point: Coordinate) throws -> Bool {
        try contains(GEOSGeometry(.point(point)))
    }
}
