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

    /// The same entry whether or not two places share a box; different ids are different places,
    /// whatever else they share.
    @Test func samenessIsByID() {
        let a = place(population: 100)
        var b = place(population: 100)
        #expect(a.isSame(as: a) && a.isSame(as: b))
        b.population = 5
        #expect(a.isSame(as: b), "a changed field keeps the entry")
        b.id = PlaceID("geonames:163916")
        #expect(!a.isSame(as: b) && !b.isSame(as: a))
    }

    /// What a resolution's matched name is beside its place's name, worked out once and kept.
    @Test func matchedNameShape() throws {
        let g = try #require(TestGazetteer.shared)
        let damascus = try #require(g.resolve("Damascus", context: ResolutionContext(), limit: 1).first)
        #expect(damascus.matchedFoldsToName && !damascus.matchedIsShortCode)
        // Raqqa city is "Ar Raqqah" to GeoNames: "Raqqa" is an alternate.
        let raqqa = try #require(g.resolve("Raqqa", context: ResolutionContext(), limit: 1).first)
        #expect(raqqa.place.name == "Ar Raqqah" && !raqqa.matchedFoldsToName)
        // Asked twice, the same answer (the second read from the resolution).
        #expect(!raqqa.matchedFoldsToName)
        let bud = try #require(g.resolve("BUD", context: ResolutionContext(), limit: 5).first { $0.place.name == "Budapest" })
        #expect(bud.matchedIsShortCode && !bud.matchedFoldsToName)
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

    /// The focus's picks of a name's candidates (best first, as the gazetteer gives them) are the
    /// candidates sorted by their score with the focus bonus, then population, then position: the
    /// merge of the focus's run and the others' gives the same picks as sorting all of them.
    @Test func bestPicksEqualASortOfAllCandidates() {
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            seed = seed &+ 0x9E37_79B9_7F4A_7C15
            var z = seed
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        let scores = [1.6, 1.3, 1.0, 1.0, 0.9, 0.7, 0.6, 0.3]
        let countries = ["SY", "IQ", "US", "TR"]
        let focuses = [["SY"], ["SY", "IQ"], ["US"], ["FR"]]
        for _ in 0..<3000 {
            let n = next(14)
            // Best first, as ``Gazetteer/candidates(_:kind:)`` orders them: score, then population.
            let raw = (0..<n).map { _ in (score: scores[next(scores.count)], people: [0, 1000, 50_000][next(3)], country: countries[next(countries.count)]) }
                .sorted { $0.score != $1.score ? $0.score > $1.score : $0.people > $1.people }
            let list = raw.map { c in
                Resolution(place: Place(id: PlaceID("test:x"), name: "X", kind: .city, country: c.country,
                                        coordinate: Coordinate(longitude: 0, latitude: 0), population: c.people),
                           admin1Name: nil, matched: "X", match: .alias, distance: 0, score: c.score, geoPrecision: .town, wherePrecision: 1, reasons: [])
            }
            let focus = focuses[next(focuses.count)], limit = 1 + next(10)
            let adjusted = raw.indices.map { k in (index: k, score: raw[k].score + (focus.contains(raw[k].country) ? Gazetteer.focusBonus : 0)) }
            let expected = adjusted.sorted { a, b in
                a.score != b.score ? a.score > b.score : raw[a.index].people != raw[b.index].people ? raw[a.index].people > raw[b.index].people : a.index < b.index
            }.prefix(limit)
            let picks = Gazetteer.bestPicks(of: list, focus: focus, limit: limit)
            #expect(picks.map(\.index) == expected.map(\.index) && picks.map(\.score) == expected.map(\.score), "\(raw) \(focus) \(limit)")
            // Visited one at a time, they come in the same order, and a visit that stops early
            // (its body answering false) has seen their first ones only. (With no focus too.)
            let stopAfter = 1 + next(limit + 1)
            for keys in [focus.map(Place.codeKey), []] {
                var seen: [Int] = []
                Gazetteer.forEachBestPick(of: list, focusKeys: keys, limit: limit) { index, _ in
                    seen.append(index)
                    return seen.count < stopAfter
                }
                let all = keys.isEmpty ? Array(0..<min(limit, n)) : expected.map(\.index)
                #expect(seen == Array(all.prefix(stopAfter)), "\(raw) \(focus) \(limit) \(stopAfter)")
            }
        }
    }

    /// The prefetch hint reads, from a resolution's memory, the addresses of its place's box and of
    /// its texts (not some other word of it).
    @Test func prefetchFindsThePlaceAndTexts() {
        let list = [Resolution(place: place(population: 5), admin1Name: "Raqqa", matched: "Ar Raqqah", match: .alias, distance: 0, score: 1,
                               geoPrecision: .town, wherePrecision: 1, reasons: [])]
        list.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let (place, texts) = Resolution.addresses(base) else {
                Issue.record("no addresses")
                return
            }
            #expect(place == UnsafeRawPointer(Unmanaged.passUnretained(list[0].place.box).toOpaque()))
            #expect(texts == UnsafeRawPointer(Unmanaged.passUnretained(list[0].texts).toOpaque()))
            // A hint past the list's end, or of an empty list, reads nothing.
            Resolution.prefetch(buffer, count: 12)
            Resolution.prefetch(UnsafeBufferPointer(start: nil, count: 0), count: 12)
        }
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
