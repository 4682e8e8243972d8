import Foundation
import GeoCore
import Geodesy
import GeoTopology
import Testing

func square(_ x: Double, _ y: Double, _ s: Double) -> Geometry {
    .polygon(Polygon(exterior: [(x, y), (x + s, y), (x + s, y + s), (x, y + s), (x, y)].map { Coordinate(longitude: $0.0, latitude: $0.1) }))
}

/// Sorted distinct vertices, for comparing polygons by hand-computable corners.
func corners(_ g: Geometry) -> [[Double]] {
    var set = Set<[Double]>()
    g.forEachCoordinate { set.insert([$0.longitude, $0.latitude]) }
    return set.sorted { $0.lexicographicallyPrecedes($1) }
}

@Suite struct OverlayTests {
    let a = square(0, 0, 2)
    let b = square(1, 1, 2)

    @Test func intersectionIsTheSharedSquare() throws {
        let i = try a.intersection(with: b)
        #expect(corners(i) == [[1, 1], [1, 2], [2, 1], [2, 2]])
    }

    @Test func unionHasEightCorners() throws {
        let u = try a.union(with: b)
        #expect(corners(u) == [[0, 0], [0, 2], [1, 2], [1, 3], [2, 0], [2, 1], [3, 1], [3, 3]])
    }

    @Test func differenceAndSymmetricDifference() throws {
        let d = try a.difference(with: b)
        #expect(corners(d) == [[0, 0], [0, 2], [1, 1], [1, 2], [2, 0], [2, 1]])
        let s = try a.symmetricDifference(with: b)
        #expect(s.polygons.count == 2)
    }

    @Test func disjointIntersectionIsEmpty() throws {
        let i = try a.intersection(with: square(10, 10, 1))
        #expect(i.polygons.isEmpty)
        #expect(GeodesicArea.areaM2(i) == 0)
    }

    @Test func unaryUnionOfMany() throws {
        let tiles = try (0..<10).map { try GEOSGeometry(square(Double($0), 0, 1)) }
        let u = try GEOSGeometry.unaryUnion(tiles).geometry()
        // One polygon without holes spanning all tiles (GEOS keeps the collinear tile corners).
        #expect(u.polygons.count == 1)
        #expect(u.polygons.first?.holes.isEmpty == true)
        #expect(u.boundingBox == BoundingBox(west: 0, south: 0, east: 10, north: 1))
        #expect(try GEOSGeometry.unaryUnion([]).isEmpty())
    }

    @Test func wktAndWKBRoundTrip() throws {
        let g = try GEOSGeometry(wkt: "POLYGON((0 0,2 0,2 2,0 2,0 0),(0.5 0.5,0.5 1,1 1,0.5 0.5))")
        #expect(try g.wkt() == "POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0), (0.5 0.5, 0.5 1, 1 1, 0.5 0.5))")
        let again = try GEOSGeometry(wkb: try g.wkb())
        #expect(try again.geometry() == (try g.geometry()))
        #expect(throws: TopologyError.self) { try GEOSGeometry(wkt: "POLYGON((0 0, 1") }
        #expect(throws: TopologyError.self) { try GEOSGeometry(wkb: [1, 2, 3]) }
    }

    @Test func constructive() throws {
        let g = try GEOSGeometry(a)
        #expect(try g.centroid().geometry() == .point(Coordinate(longitude: 1, latitude: 1)))
        #expect(try g.boundingBox() == BoundingBox(west: 0, south: 0, east: 2, north: 2))
        let pos = try g.pointOnSurface()
        #expect(try g.contains(pos))
        #expect(try g.envelope().geometry().polygons.count == 1)
        let wiggly = try GEOSGeometry(wkt: "LINESTRING(0 0, 1 0.001, 2 0, 3 0.001, 4 0)")
        #expect(try wiggly.simplifyPreservingTopology(tolerance: 0.01).wkt() == "LINESTRING (0 0, 4 0)")
    }

    @Test func invalidInputIsRejectedWithPath() {
        let open = Geometry.polygon(Polygon(exterior: [Coordinate(longitude: 0, latitude: 0), Coordinate(longitude: 1, latitude: 0), Coordinate(longitude: 1, latitude: 1), Coordinate(longitude: 0, latitude: 1)]))
        #expect(throws: TopologyError.invalidInput(path: "[0]", reason: "ring is not closed: its last position differs from its first")) {
            try GEOSGeometry(open)
        }
    }
}

@Suite struct ValidityTests {
    let bowtie = Geometry.polygon(Polygon(exterior: [(0.0, 0.0), (2.0, 2.0), (2.0, 0.0), (0.0, 2.0), (0.0, 0.0)].map { Coordinate(longitude: $0.0, latitude: $0.1) }))

    @Test func bowtieReasonAndLocation() throws {
        let p = try #require(try bowtie.validityProblem())
        #expect(p.reason == "Self-intersection")
        #expect(p.location == Coordinate(longitude: 1, latitude: 1))
        #expect(try square(0, 0, 1).validityProblem() == nil)
    }

    @Test func makeValidSplitsTheBowtie() throws {
        let fixed = try bowtie.madeValid()
        #expect(try fixed.validityProblem() == nil)
        #expect(fixed.polygons.count == 2)
        #expect(corners(fixed) == [[0, 0], [0, 2], [1, 1], [2, 0], [2, 2]])
    }
}

@Suite struct PreparedAndIndexTests {
    @Test func preparedPredicates() throws {
        let region = try GEOSGeometry(square(0, 0, 10)).prepared()
        #expect(try region.contains(Coordinate(longitude: 5, latitude: 5)))
        #expect(try !region.contains(Coordinate(longitude: 15, latitude: 5)))
        #expect(try region.intersects(GEOSGeometry(square(9, 9, 5))))
        #expect(try !region.isWithin(GEOSGeometry(square(1, 1, 2))))
        #expect(try region.isWithin(GEOSGeometry(square(-1, -1, 20))))
        #expect(try region.covers(GEOSGeometry(square(0, 0, 10))))
    }

    @Test func strTreeQueries() throws {
        let grid = try (0..<100).map { i in try GEOSGeometry(square(Double(i % 10) * 2, Double(i / 10) * 2, 1)) }
        let index = try SpatialIndex(grid)
        #expect(try index.candidates(intersecting: BoundingBox(west: 0.5, south: 0.5, east: 2.5, north: 0.6)) == [0, 1])
        #expect(try index.indices(intersecting: GEOSGeometry(square(1.2, 1.2, 0.6))) == [])
        #expect(try index.indices(intersecting: GEOSGeometry(square(0.5, 0.5, 2))) == [0, 1, 10, 11])
    }
}

@Suite struct MetricBufferTests {
    /// A 10 km buffer of a point: every vertex is 10 km from the centre on the ellipsoid (the
    /// azimuthal-equidistant projection is exact for distances from its centre).
    @Test func pointBufferIsTenKilometres() throws {
        let centre = Coordinate(longitude: 40.45154, latitude: 35.01982)
        let b = try MetricOperations.buffer(.point(centre), metres: 10_000)
        let ring = try #require(b.polygons.first?.exterior)
        #expect(ring.count == 65)
        for c in ring {
            #expect(abs(GeodesicLine.distanceMetres(centre, c) - 10_000) < 0.01)
        }
        // A regular 64-gon of circumradius 10 km: 32·r²·sin(2π/64) km².
        let expected = 32 * 100 * sin(2 * Double.pi / 64)
        #expect(abs(GeodesicArea.areaKm2(b) - expected) / expected < 1e-4)
    }

    @Test func lineCorridorWidth() throws {
        let line = Geometry.lineString([Coordinate(longitude: 40, latitude: 35), Coordinate(longitude: 40.5, latitude: 35)])
        let b = try MetricOperations.buffer(line, metres: 5_000)
        let length = GeodesicLine.distanceMetres(Coordinate(longitude: 40, latitude: 35), Coordinate(longitude: 40.5, latitude: 35)) / 1000
        let expected = length * 10 + 32 * 25 * sin(2 * Double.pi / 64)
        #expect(abs(GeodesicArea.areaKm2(b) - expected) / expected < 0.005)
    }

    @Test func parallelOperationsInTaskGroup() async throws {
        let results = try await withThrowingTaskGroup(of: Double.self) { group in
            for i in 0..<16 {
                group.addTask {
                    let u = try square(Double(i), 0, 2).union(with: square(Double(i) + 1, 1, 2))
                    return GeodesicArea.areaKm2(u)
                }
            }
            return try await group.reduce(into: [Double]()) { $0.append($1) }
        }
        #expect(results.count == 16)
        #expect(results.allSatisfy { $0 > 0 })
    }

    @Test func sharedGeometryAcrossTasks() async throws {
        let shared = try GEOSGeometry(square(0, 0, 2))
        let count = try await withThrowingTaskGroup(of: Bool.self) { group in
            for i in 0..<32 {
                group.addTask {
                    let other = try GEOSGeometry(square(Double(i % 3), 0, 1))
                    _ = try shared.union(with: other)
                    return try other.union(with: shared).isEmpty() == false
                }
            }
            return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(count == 32)
    }
}
