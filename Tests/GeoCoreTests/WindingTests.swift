import GeoCore
import Testing

@Suite struct WindingTests {
    let ccw = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0)].map { Coordinate(longitude: $0.0, latitude: $0.1) }

    @Test func signOfUnitSquare() {
        // Twice the planar area of the unit square is 2, positive counter-clockwise.
        #expect(Winding.signedDoubleArea(ccw) == 2)
        #expect(Winding.signedDoubleArea(ccw.reversed()) == -2)
        #expect(Winding.isCounterClockwise(ccw))
    }

    @Test func rfc7946Orientation() {
        let hole = [(0.2, 0.2), (0.4, 0.2), (0.4, 0.4), (0.2, 0.4), (0.2, 0.2)].map { Coordinate(longitude: $0.0, latitude: $0.1) }
        let p = Winding.rfc7946(Polygon(rings: [Array(ccw.reversed()), hole]))
        #expect(Winding.isCounterClockwise(p.rings[0]))
        #expect(!Winding.isCounterClockwise(p.rings[1]))
    }
}

@Suite struct StructuralCheckTests {
    @Test func unclosedAndShortRings() {
        let open = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)].map { Coordinate(longitude: $0.0, latitude: $0.1) }
        let short = [(0.0, 0.0), (1.0, 0.0), (0.0, 0.0)].map { Coordinate(longitude: $0.0, latitude: $0.1) }
        let g = Geometry.multiPolygon([Polygon(rings: [open]), Polygon(rings: [short])])
        let problems = g.structuralProblems()
        #expect(problems.map(\.path) == ["coordinates[0][0]", "coordinates[1][0]"])
        #expect(problems[0].reason.contains("not closed"))
        #expect(problems[1].reason.contains("at least 4"))
        let repaired = g.structurallyRepaired()
        #expect(repaired.structuralProblems().isEmpty)
        #expect(repaired.polygons.count == 1)
    }

    @Test func outOfRangeAndNonFinite() {
        let g = Geometry.lineString([Coordinate(longitude: 200, latitude: 0), Coordinate(longitude: .nan, latitude: 1)])
        #expect(g.structuralProblems().map(\.path) == ["coordinates[0]", "coordinates[1]"])
    }

    @Test func boundingBox() {
        let g = Geometry.multiPoint([Coordinate(longitude: 40, latitude: 35), Coordinate(longitude: 38, latitude: 36)])
        #expect(g.boundingBox == BoundingBox(west: 38, south: 35, east: 40, north: 36))
        #expect(Geometry.multiPoint([]).boundingBox == nil)
    }
}
