import Foundation
import Gazetteer
import GeoCore
import Geodesy
import GeoTopology
import Territory
import Testing

/// The bundled gazetteer, indexed into the cache the other test targets share.
enum TestGazetteer {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let shared: Gazetteer? = {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-territory-tests-\(getpid())").path
        let config = GazetteerConfiguration(dataRoot: root, userDirectory: scratch + "/user", cacheDirectory: root + "/.build/test-gazetteer-cache")
        return try? Gazetteer(configuration: config)
    }()

    static func evaluator() throws -> AreaEvaluator { AreaEvaluator(gazetteer: try #require(shared)) }
}

struct EvaluatorTests {
    @Test func corridorFollowsTheRiverBetweenTheTowns() throws {
        let e = try TestGazetteer.evaluator()
        let corridor = try e.evaluate(.corridor(river: "Euphrates", from: "al-Mayadeen", to: "Abu Kamal", km: 10))
        let (river, riverShape) = try e.resolve("Euphrates")
        #expect(river.kind == .river)
        // The river's vertices every ~1 km; the geodesic distance to the nearest one overstates the
        // distance to the line by at most ~15 m at 10 km.
        let riverLine = try #require(riverShape)
        let denseRiver = try GEOSGeometry(riverLine).densified(maxSegment: 0.01).geometry()
        let dense = try #require(denseRiver.lineStrings.first)
        // Every vertex of the corridor lies within 10 km of the river (1%), and most lie at 10 km, on
        // the buffer's edge; the exceptions are the round caps at the two towns, where the river goes on.
        var far = 0.0, onEdge = 0, all = 0
        corridor.forEachCoordinate { c in
            let d = dense.lazy.filter { abs($0.latitude - c.latitude) < 0.2 && abs($0.longitude - c.longitude) < 0.25 }
                .map { GeodesicLine.distanceMetres(c, $0) / 1000 }.min() ?? .infinity
            far = max(far, d)
            all += 1
            if abs(d - 10) < 0.1 { onEdge += 1 }
        }
        #expect(far < 10.1, "a corridor vertex lies \(far) km from the river")
        #expect(Double(onEdge) > 0.6 * Double(all), "\(onEdge) of \(all) vertices at 10 km")
        // It spans the reach between the towns (al-Mayadeen 35.02°N, Abu Kamal 34.45°N) and no more.
        let box = try #require(corridor.boundingBox)
        #expect(box.north < 35.02 + 0.15 && box.north > 35.02)
        #expect(box.south > 34.45 - 0.15 && box.south < 34.45)
        #expect(try GEOSGeometry(corridor).validityProblem() == nil)
    }

    @Test func sidesOfARiverPartitionTheProvince() throws {
        let e = try TestGazetteer.evaluator()
        let province = try e.evaluate(.place("Deir ez-Zor province"))
        let east = try e.evaluate(.side(river: "Euphrates", which: "east", within: .place("Deir ez-Zor province")))
        let west = try e.evaluate(.side(river: "Euphrates", which: "west", within: .place("Deir ez-Zor province")))
        let total = Timeline.km2(province)
        #expect(close(Timeline.km2(east) + Timeline.km2(west), total, relative: 1e-6))
        #expect(Timeline.km2(try east.intersection(with: west)) < 1e-3)
        // al-Busayrah (east bank, at the Khabur mouth) is in the east part; al-Mayadeen (west bank) is not.
        let eastShape = try GEOSGeometry(east)
        #expect(try eastShape.contains(GEOSGeometry(.point(Coordinate(longitude: 40.43, latitude: 35.15)))))
        #expect(try !eastShape.contains(GEOSGeometry(.point(Coordinate(longitude: 40.4515, latitude: 35.0198)))))
        #expect(Timeline.km2(east) > 0.2 * total && Timeline.km2(west) > 0.2 * total)
    }

    @Test func qualifiedPartsAndNames() throws {
        let e = try TestGazetteer.evaluator()
        let iraq = try GEOSGeometry(try e.evaluate(.place("Iraq")))
        let west = try e.evaluate(.part(of: .place("Iraq"), which: "west"))
        #expect(try iraq.buffer(0.01).contains(GEOSGeometry(west)))
        #expect(Timeline.km2(west) < Timeline.km2(try iraq.geometry()) * 0.8)
        // A qualified name the gazetteer lacks is read as the part of the named area.
        let northernAnbar = try e.evaluate(.place("northern Anbar"))
        let expected = try e.evaluate(.part(of: .place("Anbar"), which: "north"))
        #expect(close(Timeline.km2(northernAnbar), Timeline.km2(expected), relative: 1e-9))
    }

    @Test func corridorTownsPreferTheRiver() throws {
        // "Rawa" alone ranks a Polish town first; on the Euphrates it is the Iraqi town.
        let e = try TestGazetteer.evaluator()
        let reach = try e.evaluate(.corridor(river: "Euphrates", from: "Rawa", to: "al-Qaim", km: 5))
        let box = try #require(reach.boundingBox)
        #expect(box.west > 40.5 && box.east < 42.2, "\(box)")
    }

    @Test func errorsSaySomethingUseful() throws {
        let e = try TestGazetteer.evaluator()
        #expect(throws: TerritoryError.notAnArea("Raqqa", kind: "city")) { try e.evaluate(.place("Raqqa")) }
        do {
            _ = try e.evaluate(.place("Deir ez-Zoor provinse"))
            Issue.record("accepted a misspelt name")
        } catch TerritoryError.unknownPlace(_, let suggestions) {
            #expect(!suggestions.isEmpty)
        }
        #expect(throws: TerritoryError.self) { try e.evaluate(.corridor(river: "Euphrates", from: "Baghdad", to: "Mosul", km: 5)) }
        #expect(throws: TerritoryError.self) { try e.evaluate(.side(river: "Raqqa", which: "east", within: .place("Syria"))) }
    }
}

extension GEOSGeometry {
    func buffer(_ degrees: Double) throws -> GEOSGeometry { try planarBuffer(distance: degrees) }
}
