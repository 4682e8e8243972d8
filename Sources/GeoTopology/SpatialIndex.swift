internal import CGEOS
import GeoCore

/// The C state of a spatial index: a context, a GEOS STRtree and the envelopes it points into.
struct IndexState: ~Copyable {
    let context: GEOSContext
    let tree: OpaquePointer
    /// Envelope geometries inserted into the tree; the tree borrows their envelopes.
    let envelopes: [OpaquePointer]

    deinit {
        GEOSSTRtree_destroy_r(context.handle, tree)
        for e in envelopes { GEOSGeom_destroy_r(context.handle, e) }
    }
}

/// An STRtree over many geometries, for "which of these touch that?" in O(log n) per query.
///
/// Wraps `GEOSSTRtree_create_r`, `GEOSSTRtree_insert_r` and `GEOSSTRtree_query_r`. The tree is
/// built once from the envelopes; ``candidates(intersecting:)`` answers with envelope hits, and
/// ``indices(intersecting:)`` refines them with exact `GEOSIntersects_r` tests.
///
/// # Thread safety
/// Its own context behind a mutex (GEOS builds the tree lazily on the first query): shareable,
/// queries on one index are serialised.
public final class SpatialIndex: Sendable {
    /// The indexed geometries, in insertion order; query results are indices into this array.
    public let geometries: [GEOSGeometry]
    private let state: Locked<IndexState>

    /// Builds an index over `geometries`.
    /// - Parameter nodeCapacity: children per tree node (GEOS's default is 10).
    public init(_ geometries: [GEOSGeometry], nodeCapacity: Int = 10) throws {
        self.geometries = geometries
        let context = GEOSContext()
        context.clear()
        guard let tree = GEOSSTRtree_create_r(context.handle, max(2, nodeCapacity)) else {
            throw context.failure("GEOSSTRtree_create_r")
        }
        var envelopes: [OpaquePointer] = []
        envelopes.reserveCapacity(geometries.count)
        do {
            for g in geometries {
                envelopes.append(try g.newPointer("GEOSEnvelope_r") { GEOSEnvelope_r($0, $1) })
            }
        } catch {
            GEOSSTRtree_destroy_r(context.handle, tree)
            for e in envelopes { GEOSGeom_destroy_r(context.handle, e) }
            throw error
        }
        for (i, env) in envelopes.enumerated() {
            // Items are indices + 1 carried in the pointer value (never dereferenced).
            GEOSSTRtree_insert_r(context.handle, tree, env, UnsafeMutableRawPointer(bitPattern: i + 1))
        }
        state = Locked(IndexState(context: context, tree: tree, envelopes: envelopes))
    }

    /// Indices of geometries whose envelope meets `box`, ascending.
    public func candidates(intersecting box: BoundingBox) throws -> [Int] {
        let ring = [
            Coordinate(longitude: box.west, latitude: box.south), Coordinate(longitude: box.east, latitude: box.south),
            Coordinate(longitude: box.east, latitude: box.north), Coordinate(longitude: box.west, latitude: box.north),
            Coordinate(longitude: box.west, latitude: box.south),
        ]
        let query: Geometry = box.west == box.east && box.south == box.north
            ? .point(box.center) : .polygon(Polygon(exterior: ring))
        return try candidates(intersecting: GEOSGeometry(query))
    }

    /// Indices of geometries whose envelope meets the envelope of `geometry`, ascending.
    public func candidates(intersecting geometry: GEOSGeometry) throws -> [Int] {
        try state.withLock { (s: inout IndexState) throws(TopologyError) -> [Int] in
            let handle = s.context.handle
            let tree = s.tree
            let collector = HitCollector()
            try geometry.withGEOS { (_, g) throws(TopologyError) in
                GEOSSTRtree_query_r(handle, tree, g, { item, user in
                    guard let item, let user else { return }
                    Unmanaged<HitCollector>.fromOpaque(user).takeUnretainedValue().hits.append(Int(bitPattern: item) - 1)
                }, Unmanaged.passUnretained(collector).toOpaque())
            }
            return collector.hits.sorted()
        }
    }

    /// Indices of geometries that really intersect `geometry` (envelope hits refined exactly), ascending.
    public func indices(intersecting geometry: GEOSGeometry) throws -> [Int] {
        let prepared = try geometry.prepared()
        return try candidates(intersecting: geometry).filter { try prepared.intersects(geometries[$0]) }
    }
}

/// Receives STRtree query hits through the C callback's userdata.
final class HitCollector {
    var hits: [Int] = []
}
