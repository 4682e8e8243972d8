@testable import Gazetteer
import GeoCore
import Testing

/// A place's fields read alike whether they come from its first cache line or the rest of it.
@Suite struct PlaceTests {
    func place(population: Int?, coordinate: Coordinate = Coordinate(longitude: 39.01, latitude: 35.95)) -> Place {
        Place(id: PlaceID("geonames:163915"), name: "Raqqa", kind: .city, country: "SY", admin1Code: "04",
              coordinate: coordinate, population: population)
    }

    @Test func populationReadsAsGivenAtEverySize() {
        #expect(place(population: nil).population == nil)
        #expect(place(population: 0).population == 0)
        #expect(place(population: 531_952).population == 531_952)
        #expect(place(population: Int(Int32.max)).population == Int(Int32.max))
        // Beyond 32 bits: read from the rest of the place, unchanged.
        #expect(place(population: 5_000_000_000).population == 5_000_000_000)
        #expect(place(population: -1).population == -1)
    }

    @Test func settingAFieldUpdatesTheFirstLine() {
        var p = place(population: 100)
        p.population = nil
        #expect(p.population == nil)
        p.population = 7
        #expect(p.population == 7)
        p.kind = .admin1
        #expect(p.kind == .admin1)
        #expect(p.hasCoordinate)
        p.coordinate = Coordinate(longitude: .nan, latitude: .nan)
        #expect(!p.hasCoordinate)
        p.country = "IQ"
        #expect(p.codeKeys.country == Place.codeKey("IQ"))
        #expect(p.codeKeys.country != Place.codeKey("SY"))
    }

    @Test func hasCoordinateIsAFiniteLatitude() {
        #expect(place(population: nil).hasCoordinate)
        #expect(!place(population: nil, coordinate: Coordinate(longitude: 39, latitude: .nan)).hasCoordinate)
    }

    @Test func codeKeysAreTheCodesKeys() {
        let p = place(population: nil)
        #expect(p.codeKeys.country == Place.codeKey("SY"))
        #expect(p.codeKeys.admin1 == Place.codeKey("04"))
        #expect(Place.codeKey("SY") != Place.codeKey("SZ"))
    }

    /// Ranking by focus compares code keys: the focus country's places come first, as by codes.
    @Test func bestPicksRanksTheFocusCountryFirst() {
        func r(_ country: String, _ score: Double) -> Resolution {
            Resolution(place: Place(id: PlaceID("t:\(country)"), name: "Hit", kind: .city, country: country,
                                    coordinate: Coordinate(longitude: 42.8, latitude: 33.6), population: 1000),
                       admin1Name: nil, matched: "Hit", match: .alias, distance: 0, score: score,
                       geoPrecision: .town, wherePrecision: 1, reasons: [])
        }
        let list = [r("US", 1.0), r("IR", 0.9), r("IQ", 0.8)]
        #expect(Gazetteer.bestPicks(of: list, focus: ["IQ"], limit: 3).map(\.index) == [2, 0, 1])
        #expect(Gazetteer.bestPicks(of: list, focus: ["IQ", "IR"], limit: 2).map(\.index) == [1, 2])
        #expect(Gazetteer.bestPicks(of: list, focus: [], limit: 2).map(\.index) == [0, 1])
    }
}
