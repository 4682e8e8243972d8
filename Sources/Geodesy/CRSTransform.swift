internal import CPROJ
import GeoCore

/// A coordinate transformation between two CRSs, through PROJ.
///
/// Built with `proj_create_crs_to_crs` and `proj_normalize_for_visualization`, so geographic
/// coordinates are always longitude first, whatever the EPSG axis order.
///
/// # Thread safety
/// Each `CRSTransform` owns its own PROJ context. Its mutable C state sits behind a
/// `GeoCore.Locked` (a POSIX mutex), so one instance may be shared between threads; calls on the same
/// instance are serialised. For parallel throughput make one instance per task.
///
/// ```swift
/// let utm = try CRSTransform(from: "EPSG:4326", to: "EPSG:32637")
/// let xy = try utm.forward([Coordinate(longitude: 40.45, latitude: 35.02)])
/// ```
public final class CRSTransform: Sendable {
    /// The source CRS definition as given.
    public let source: String
    /// The target CRS definition as given.
    public let target: String
    private let handles: Locked<ProjHandles>

    /// Creates a transform from `source` to `target` (EPSG codes such as `EPSG:4326`, PROJ strings,
    /// WKT or PROJJSON).
    /// - Throws: `GeodesyError.invalidCRS` with PROJ's message when either CRS is unknown.
    public init(from source: String, to target: String) throws {
        self.source = source
        self.target = target
        handles = Locked(try ProjHandles(from: source, to: target))
    }

    /// Transforms coordinates from source to target (x/easting in `longitude`, y in `latitude`).
    /// - Throws: `GeodesyError.transformFailed` naming the first coordinate PROJ rejected.
    public func forward(_ coordinates: [Coordinate]) throws -> [Coordinate] {
        try run(coordinates, direction: PJ_FWD)
    }

    /// Transforms coordinates from target back to source.
    /// - Throws: `GeodesyError.transformFailed` naming the first coordinate PROJ rejected.
    public func inverse(_ coordinates: [Coordinate]) throws -> [Coordinate] {
        try run(coordinates, direction: PJ_INV)
    }

    /// Transforms every coordinate of a geometry.
    public func forward(_ geometry: Geometry) throws -> Geometry { try map(geometry) { try self.forward($0) } }

    /// Transforms every coordinate of a geometry back from target to source.
    public func inverse(_ geometry: Geometry) throws -> Geometry { try map(geometry) { try self.inverse($0) } }

    private func map(_ g: Geometry, _ f: ([Coordinate]) throws -> [Coordinate]) throws -> Geometry {
        switch g {
        case .point(let c): return .point(try f([c])[0])
        case .multiPoint(let cs): return .multiPoint(try f(cs))
        case .lineString(let cs): return .lineString(try f(cs))
        case .multiLineString(let ls): return .multiLineString(try ls.map(f))
        case .polygon(let p): return .polygon(Polygon(rings: try p.rings.map(f)))
        case .multiPolygon(let ps): return .multiPolygon(try ps.map { Polygon(rings: try $0.rings.map(f)) })
        case .geometryCollection(let gs): return .geometryCollection(try gs.map { try map($0, f) })
        }
    }

    private func run(_ input: [Coordinate], direction: PJ_DIRECTION) throws -> [Coordinate] {
        var xs = input.map(\.longitude)
        var ys = input.map(\.latitude)
        let count = input.count
        try handles.withLock { (h: inout ProjHandles) throws(GeodesyError) in
            proj_errno_reset(h.transform)
            let stride = MemoryLayout<Double>.stride
            // proj_trans_generic: returns the number transformed; failed points become HUGE_VAL.
            _ = xs.withUnsafeMutableBufferPointer { xb in
                ys.withUnsafeMutableBufferPointer { yb in
                    proj_trans_generic(h.transform, direction, xb.baseAddress, stride, count, yb.baseAddress, stride, count, nil, 0, 0, nil, 0, 0)
                }
            }
            if let bad = (0..<count).first(where: { !xs[$0].isFinite || !ys[$0].isFinite }) {
                let code = proj_errno(h.transform)
                let text = code != 0 ? proj_context_errno_string(h.context, code).map { String(cString: $0) } : nil
                throw .transformFailed(index: bad, message: text ?? "coordinate outside the domain of the transformation")
            }
        }
        var out = input
        for i in 0..<count {
            out[i].longitude = xs[i]
            out[i].latitude = ys[i]
        }
        return out
    }
}
