import Foundation
import GeoCore
import GeoJSONCoding
import Geodesy
import Testing

/// References are GeographicLib's (Python `geographiclib` 2.1), computed independently of PROJ.
@Suite struct GeodesicAreaTests {
    static func square(_ lon0: Double, _ lat0: Double, _ size: Double) -> [Coordinate] {
        [(lon0, lat0), (lon0 + size, lat0), (lon0 + size, lat0 + size), (lon0, lat0 + size), (lon0, lat0)]
            .map { Coordinate(longitude: $0.0, latitude: $0.1) }
    }

    @Test func oneDegreeBoxAtEquator() {
        let ring = Self.square(0, 0, 1)
        let area = GeodesicArea.areaM2(Polygon(rings: [ring]))
        #expect(abs(area - 12_308_778_361.469452) / 12_308_778_361.469452 < 1e-12)
        // Either winding gives the same area.
        #expect(GeodesicArea.areaM2(Polygon(rings: [ring.reversed()])) == area)
        #expect(abs(GeodesicArea.perimeterM(Polygon(rings: [ring])) - 443_770.91724830196) < 1e-6)
    }

    @Test func holesAreSubtracted() {
        let outer = Self.square(0, 0, 1)
        let hole = Self.square(0.25, 0.25, 0.5)
        let whole = GeodesicArea.areaM2(Polygon(rings: [outer]))
        let holeArea = GeodesicArea.areaM2(Polygon(rings: [hole]))
        let withHole = GeodesicArea.areaM2(Polygon(rings: [outer, hole]))
        #expect(abs(withHole - (whole - holeArea)) < 1e-3)
        #expect(holeArea > 0.24 * whole && holeArea < 0.26 * whole)
    }

    /// 60 random polygons and multipolygons with holes, 0.5–1500 km across, either winding,
    /// measured by GeographicLib's Planimeter (see Fixtures/README.md).
    @Test func randomPolygonsMatchPlanimeter() throws {
        let url = try #require(Bundle.module.url(forResource: "planimeter-random", withExtension: "geojson", subdirectory: "Fixtures"))
        let bytes = try [UInt8](Data(contentsOf: url))
        guard case .featureCollection(let fc) = try GeoJSONDecoding.decode(bytes) else {
            Issue.record("fixture is not a FeatureCollection")
            return
        }
        #expect(fc.features.count == 60)
        var worst = 0.0
        for f in fc.features {
            let g = try #require(f.geometry)
            let expectedArea = try #require(f.properties?["expected_area_m2"]?.numberValue)
            let expectedPerimeter = try #require(f.properties?["expected_perimeter_m"]?.numberValue)
            let area = GeodesicArea.areaM2(g)
            let rel = abs(area - expectedArea) / expectedArea
            worst = max(worst, rel)
            #expect(rel <= 1e-9, "feature \(f.id?.description ?? "?"): \(area) vs \(expectedArea)")
            #expect(abs(GeodesicArea.perimeterKm(g) * 1000 - expectedPerimeter) / expectedPerimeter <= 1e-9)
        }
        #expect(worst <= 1e-9)
    }

    static let sharedCases = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/cases/geodesic-area.json")

    /// Published values from GeographicLib's and pyproj's test suites (pole caps, octant, holes).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedCases.path), "needs ../shared/corpus/cases"))
    func publishedCases() throws {
        let data = try Data(contentsOf: Self.sharedCases)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cases = try #require(root["cases"] as? [[String: Any]])
        #expect(cases.count >= 5)
        for c in cases {
            guard let pts = c["pts"] as? [[Double]], let expected = c["geographiclib_signed_area_m2"] as? Double ?? c["area_m2"] as? Double else { continue }
            let tol = c["tol_m2"] as? Double ?? 1
            let ring = pts.map { Coordinate(longitude: $0[1], latitude: $0[0]) }
            let (signed, perimeter) = GeodesicArea.signedRing(ring)
            let src = c["src"] as? String ?? "?"
            #expect(abs(signed - expected) <= max(tol, abs(expected) * 1e-9), "\(src): \(signed) vs \(expected)")
            if let p = c["geographiclib_perimeter_m"] as? Double {
                #expect(abs(perimeter - p) <= max(1e-3, p * 1e-9), "\(src): perimeter \(perimeter) vs \(p)")
            }
        }
    }
}

@Suite struct GeodesicLineTests {
    /// GeographicLib's documented example: Wellington → Salamanca.
    @Test func wellingtonToSalamanca() {
        let r = GeodesicLine.inverse(Coordinate(longitude: 174.81, latitude: -41.32), Coordinate(longitude: -5.50, latitude: 40.96))
        #expect(abs(r.distanceMetres - 19_959_679.26735382) < 1e-6)
        #expect(abs(r.initialAzimuth - 161.06766998616015) < 1e-9)
        #expect(abs(r.finalAzimuth - 18.825195123247063) < 1e-9)
    }

    @Test func destinationInvertsInverse() {
        let a = Coordinate(longitude: 40.45, latitude: 35.02)
        let b = GeodesicLine.destination(from: a, azimuth: 123, metres: 250_000)
        let r = GeodesicLine.inverse(a, b)
        #expect(abs(r.distanceMetres - 250_000) < 1e-6)
        #expect(abs(r.initialAzimuth - 123) < 1e-9)
    }

    @Test func lineLength() {
        let line = [Coordinate(longitude: 39, latitude: 0), Coordinate(longitude: 39, latitude: 35)]
        #expect(abs(GeodesicLine.lengthKm(.lineString(line)) - 3874.5929016949385) < 1e-9)
    }
}

@Suite struct CRSTransformTests {
    @Test func utmCentralMeridian() throws {
        let utm = try CRSTransform(from: "EPSG:4326", to: "EPSG:32637")
        let out = try utm.forward([Coordinate(longitude: 39, latitude: 0), Coordinate(longitude: 39, latitude: 35)])
        #expect(abs(out[0].longitude - 500_000) < 1e-6)
        #expect(abs(out[0].latitude) < 1e-6)
        // On the central meridian, northing = 0.9996 × meridian arc (GeographicLib: 3,874,592.9017 m).
        #expect(abs(out[1].longitude - 500_000) < 1e-6)
        #expect(abs(out[1].latitude - 0.9996 * 3_874_592.9016949385) < 1e-3)
        let back = try utm.inverse(out)
        #expect(abs(back[1].latitude - 35) < 1e-9 && abs(back[1].longitude - 39) < 1e-9)
    }

    @Test func unknownCRSCarriesPROJText() {
        do {
            _ = try CRSTransform(from: "EPSG:4326", to: "EPSG:999999")
            Issue.record("expected an error")
        } catch let error as GeodesyError {
            guard case .invalidCRS(_, let message) = error else { Issue.record("wrong case \(error)"); return }
            #expect(!message.isEmpty)
            #expect("\(error)".contains("EPSG:999999"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func outOfDomainPointFails() throws {
        let merc = try CRSTransform(from: "EPSG:4326", to: "EPSG:3857")
        #expect(throws: GeodesyError.self) { try merc.forward([Coordinate(longitude: 0, latitude: 100)]) }
    }
}
