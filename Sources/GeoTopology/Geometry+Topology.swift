import GeoCore

extension Geometry {
    /// The union with another geometry (through GEOS, `GEOSUnion_r`).
    public func union(with other: Geometry) throws -> Geometry {
        try GEOSGeometry(self).union(with: GEOSGeometry(other)).geometry()
    }

    /// The intersection with another geometry (`GEOSIntersection_r`).
    public func intersection(with other: Geometry) throws -> Geometry {
        try GEOSGeometry(self).intersection(with: GEOSGeometry(other)).geometry()
    }

    /// The part outside another geometry (`GEOSDifference_r`).
    public func difference(with other: Geometry) throws -> Geometry {
        try GEOSGeometry(self).difference(with: GEOSGeometry(other)).geometry()
    }

    /// The symmetric difference with another geometry (`GEOSSymDifference_r`).
    public func symmetricDifference(with other: Geometry) throws -> Geometry {
        try GEOSGeometry(self).symmetricDifference(with: GEOSGeometry(other)).geometry()
    }

    /// The first validity problem GEOS finds, or `nil` (`GEOSisValidDetail_r`).
    public func validityProblem() throws -> ValidityProblem? {
        try GEOSGeometry(self).validityProblem()
    }

    /// A valid version of this geometry (`GEOSMakeValidWithParams_r`, structure method).
    public func madeValid() throws -> Geometry {
        try GEOSGeometry(self).makeValid().geometry()
    }
}
