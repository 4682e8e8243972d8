internal import CGEOS
import GeoCore

/// Why a geometry is invalid and where, as GEOS reports it.
public struct ValidityProblem: Hashable, Sendable {
    /// GEOS's reason, for example "Self-intersection" or "Hole lies outside shell".
    public var reason: String
    /// The point where GEOS found the problem (lon/lat), when it gave one.
    public var location: Coordinate?

    /// Creates a problem record.
    public init(reason: String, location: Coordinate?) {
        self.reason = reason
        self.location = location
    }
}

extension GEOSGeometry {
    /// The first validity problem GEOS finds (OGC simple-features rules), or `nil` when valid.
    ///
    /// Wraps `GEOSisValidDetail_r` (1 valid, 0 invalid, 2 exception).
    public func validityProblem() throws -> ValidityProblem? {
        try withGEOS { (c, g) throws(TopologyError) -> ValidityProblem? in
            var reason: UnsafeMutablePointer<CChar>?
            var location: OpaquePointer?
            c.clear()
            let result = GEOSisValidDetail_r(c.handle, g, 0, &reason, &location)
            // The reason string and location geometry are ours to free.
            defer {
                if let reason { GEOSFree_r(c.handle, reason) }
                if let location { GEOSGeom_destroy_r(c.handle, location) }
            }
            switch result {
            case 1: return nil
            case 0:
                var point: Coordinate?
                if let location {
                    var x = 0.0, y = 0.0
                    if GEOSGeomGetX_r(c.handle, location, &x) != 0, GEOSGeomGetY_r(c.handle, location, &y) != 0 {
                        point = Coordinate(longitude: x, latitude: y)
                    }
                }
                return ValidityProblem(reason: reason.map { String(cString: $0) } ?? "invalid", location: point)
            default:
                throw c.failure("GEOSisValidDetail_r")
            }
        }
    }

    /// A valid geometry covering the same points, built with the "structure" method (keeps
    /// polygons polygonal; drops collapsed parts). Wraps `GEOSMakeValidWithParams_r`.
    public func makeValid() throws -> GEOSGeometry {
        try withGEOS { (c, g) throws(TopologyError) -> GEOSGeometry in
            c.clear()
            guard let params = GEOSMakeValidParams_create_r(c.handle) else { throw c.failure("GEOSMakeValidParams_create_r") }
            defer { GEOSMakeValidParams_destroy_r(c.handle, params) }
            _ = GEOSMakeValidParams_setMethod_r(c.handle, params, GEOS_MAKE_VALID_STRUCTURE)
            _ = GEOSMakeValidParams_setKeepCollapsed_r(c.handle, params, 0)
            return GEOSGeometry.adopt(try c.make("GEOSMakeValidWithParams_r") { GEOSMakeValidWithParams_r(c.handle, g, params) })
        }
    }
}
