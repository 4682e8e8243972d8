import Foundation
import Geodesy
import Gazetteer
import GeoCore
import Testing

/// The bundled gazetteer, indexed into a private cache for the tests.
enum TestGazetteer {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-gaz-tests-\(getpid())").path
    static let shared: Gazetteer? = {
        // The cache is shared with the CLI tests (same data, same index) and survives between runs.
        let config = GazetteerConfiguration(dataRoot: root, userDirectory: scratch + "/user", cacheDirectory: root + "/.build/test-gazetteer-cache")
        return try? Gazetteer(configuration: config)
    }()

    static func top(_ name: String, _ context: ResolutionContext = ResolutionContext()) throws -> Resolution {
        let g = try #require(shared)
        return try #require(g.resolve(name, context: context, limit: 5).first, "no result for \(name)")
    }
}

@Suite struct ResolutionTests {
    @Test(arguments: [
        ("al-Mayadeen", "geonames:173480"), ("Mayadin", "geonames:173480"), ("Al Mayādīn", "geonames:173480"), ("الميادين", "geonames:173480"),
        ("Deir ez-Zor", "geonames:170794"), ("Deir al-Zour", "geonames:170794"), ("Dayr az Zawr", "geonames:170794"), ("Der Ezzor", "geonames:170794"),
        ("Abu Kamal", "geonames:174448"), ("Albu Kamal", "geonames:174448"), ("Al-Bukamal", "geonames:174448"), ("Boukamal", "geonames:174448"),
        ("Tal Afar", "geonames:90393"), ("Tel Afar", "geonames:90393"), ("Tall ‘Afar", "geonames:90393"), ("Telafar", "geonames:90393"),
        ("Raqqa", "geonames:172955"), ("Mosul", "geonames:99072"), ("Syria", "geonames:163843"), ("Iraq", "geonames:99237"),
        // Kurdish names Kurdish outlets use (`aliases.tsv`), and the article before a sun letter.
        ("Gire Spi", "geonames:163750"), ("Til Temir", "geonames:163434"), ("Tirbespiye", "geonames:165757"), ("al-Rai", "geonames:169138"),
        // A Syriac name (`aliases.tsv`).
        ("Bakhdida", "geonames:92430"), ("Qaraqosh", "geonames:92430"),
        // News spellings GeoNames lacks for the town (`aliases.tsv`): "Deir Ezzor" was the governorate's alone.
        ("Deir Ezzor", "geonames:170794"), ("Qalaat al-Madiq", "geonames:166227"), ("Woldiya", "geonames:326406"),
        ("Harardhere", "geonames:50064"), ("Saakow", "geonames:52381"), ("Banibangou", "geonames:2447132"),
    ])
    func newsSpellings(name: String, id: String) throws {
        let r = try TestGazetteer.top(name)
        #expect(r.place.id.rawValue == id, "\(name) → \(r.place.id) \(r.place.name) via \(r.match) '\(r.matched)'")
    }

    /// A town called by its own name outranks a larger one that only a former name matches, when
    /// the two all but tie (`OwnNameFirst`): "Pokrovsk" is the town in Donetsk oblast, not Engels,
    /// Pokrovsk until 1931, whichever path answers. A small namesake takes no city's other name, and
    /// a focus country still decides.
    @Test func ownNameBeforeAFormerName() throws {
        let g = try #require(TestGazetteer.shared)
        #expect(try TestGazetteer.top("Pokrovsk").place.id.rawValue == "geonames:704422")
        #expect(g.resolve("Pokrovsk", limit: 1).first?.place.id.rawValue == "geonames:704422")
        #expect(g.candidates("Pokrovsk").first?.place.id.rawValue == "geonames:704422")
        #expect(try TestGazetteer.top("Bombay").place.country == "IN")
        #expect(try TestGazetteer.top("Pokrovsk", ResolutionContext(countries: ["RU"])).place.id.rawValue == "geonames:563464")
    }

    @Test func mayadeenCarriesHierarchyAndPrecision() throws {
        let r = try TestGazetteer.top("al-Mayadeen")
        #expect(r.place.country == "SY")
        #expect(r.admin1Name == "Deir ez-Zor")
        #expect(r.geoPrecision == .town)
        #expect(r.wherePrecision == 1)
        #expect(abs(r.place.coordinate.latitude - 35.01982) < 1e-4 && abs(r.place.coordinate.longitude - 40.45154) < 1e-4)
        #expect(r.match == .alias && r.matched == "Al-Mayadeen")
        #expect(!r.reasons.isEmpty)
    }

    @Test func provinceHintPicksTheGovernorate() throws {
        let province = try TestGazetteer.top("Deir ez-Zor province")
        #expect(province.place.kind == .admin1)
        #expect(province.place.country == "SY")
        #expect(province.geoPrecision == .largerRegion)
        let governorate = try TestGazetteer.top("Deir ez-Zor", ResolutionContext(kind: .admin1))
        #expect(governorate.place.id == province.place.id)
        #expect(try TestGazetteer.top("Deir ez-Zor").place.kind == .city)
    }

    @Test func contextDecidesSinjar() throws {
        let mosul = Coordinate(longitude: 43.13, latitude: 36.34)
        let idlib = Coordinate(longitude: 36.63, latitude: 35.93)
        #expect(try TestGazetteer.top("Sinjar", ResolutionContext(near: [mosul])).place.country == "IQ")
        #expect(try TestGazetteer.top("Sinjar", ResolutionContext(near: [idlib])).place.country == "SY")
        #expect(try TestGazetteer.top("Sinjar", ResolutionContext(countries: ["SY"])).place.country == "SY")
    }

    /// Keys stand for romanisations from Arabic, Persian and Turkish: no key match elsewhere.
    @Test(arguments: ["Tiyas", "Dabiq", "Sukhnah", "Spina", "Shirqat", "Marea"])
    func keysMatchOnlyRomanisedCountries(name: String) throws {
        let g = try #require(TestGazetteer.shared)
        let results = g.resolve(name, limit: 20)
        for r in results where r.match == .key {
            #expect(TransliterationKey.countries.contains(r.place.country), "\(name) → \(r.place.name), \(r.place.country)")
        }
        if name == "Sukhnah" { #expect(results.first?.place.country == "SY") }
    }

    @Test func fuzzyIsMarked() throws {
        let r = try TestGazetteer.top("Mayadim")
        #expect(r.place.id.rawValue == "geonames:173480")
        #expect(r.match == .fuzzy)
        #expect(r.distance == 1)
    }

    /// A resolution takes 32 bytes, two to a cache line, and its small integers read and write
    /// as `Int`s, clamped to what they are kept in.
    @Test func compactLayoutAndSmallIntegers() throws {
        #expect(MemoryLayout<Resolution>.stride == 32)
        var r = try TestGazetteer.top("Mayadim")
        #expect(r.distance == 1 && r.wherePrecision == 1 && r.score > 0)
        r.distance = 2
        r.wherePrecision = 6
        r.score = 0.5
        #expect(r.distance == 2 && r.wherePrecision == 6 && r.score == 0.5 && r.match == .fuzzy)
        r.wherePrecision = 1_000
        #expect(r.wherePrecision == 255)
    }

    @Test func notFoundIsEmpty() throws {
        let g = try #require(TestGazetteer.shared)
        #expect(g.resolve("jhadghaoidhg").isEmpty)
        #expect(g.resolve("   ").isEmpty)
        #expect(!g.suggestions(for: "Mayadinx").isEmpty)
    }

    @Test func kindFilterAndLookups() throws {
        let g = try #require(TestGazetteer.shared)
        #expect(g.country(code: "SY")?.name == "Syria")
        #expect(g.admin1Name(country: "SY", code: "07") == "Deir ez-Zor")
        #expect(g.place(id: PlaceID("geonames:173480"))?.name == "Al Mayādīn")
        // An id is compared whole: a prefix or an extension of one is no place.
        #expect(g.place(id: PlaceID("geonames:")) == nil && g.place(id: PlaceID("geonames:173480x")) == nil)
        #expect(g.admin1(country: "SY", code: "07")?.name == "Deir ez-Zor" && g.admin1(country: "SY", code: "0") == nil)
        let onlyCountries = g.resolve("Iraq", context: ResolutionContext(onlyKinds: [.country]))
        #expect(onlyCountries.allSatisfy { $0.place.kind == .country })
    }

    @Test func polygonsForAreas() throws {
        let g = try #require(TestGazetteer.shared)
        let syria = try TestGazetteer.top("Syria")
        let geometry = try #require(try g.geometry(for: syria.place))
        #expect(geometry.isPolygonal)
        let province = try TestGazetteer.top("Deir ez-Zor province")
        #expect(try g.geometry(for: province.place)?.isPolygonal == true)
    }

    @Test func threadSafeSharedUse() async throws {
        let g = try #require(TestGazetteer.shared)
        let names = ["Raqqa", "Mosul", "al-Mayadeen", "Abu Kamal", "Tal Afar", "Deir ez-Zor"]
        let ids = await withTaskGroup(of: String.self) { group in
            for i in 0..<60 { group.addTask { g.resolve(names[i % names.count]).first?.place.id.rawValue ?? "" } }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(ids.count == 60 && ids.allSatisfy { !$0.isEmpty })
    }
}

@Suite struct CuratedPlaceTests {
    @Test(arguments: [
        ("Euphrates", "frontline:river:euphrates"), ("Euphrates River", "frontline:river:euphrates"),
        ("Euphrates Valley", "frontline:middle-euphrates-river-valley"), ("Tabqa Dam", "frontline:tabqa-dam"),
        ("Mosul Dam", "frontline:mosul-dam"), ("Ain al-Asad air base", "frontline:ain-al-asad-air-base"),
        ("al-Tanf", "frontline:al-tanf-garrison"), ("T4", "frontline:t4-air-base"), ("al-Omar oil field", "frontline:al-omar-oil-field"),
        ("al-Baghuz", "frontline:baghuz"), ("Badia", "frontline:syrian-desert"), ("Jazira", "frontline:jazira"),
        ("Eastern Ghouta", "frontline:eastern-ghouta"), ("Nineveh Plains", "frontline:nineveh-plains"), ("Qalamoun", "frontline:qalamoun"),
        ("Lake Habbaniyah", "frontline:lake-habbaniyah"), ("Lake Assad", "frontline:lake-assad"), ("Sinjar Mountains", "frontline:sinjar-mountains"),
        ("Qandil Mountains", "frontline:qandil-mountains"), ("Hammam al-Alil", "frontline:hammam-al-alil"), ("Kordofan", "frontline:kordofan"),
        ("Philadelphi Corridor", "frontline:philadelphi-corridor"), ("Khiam", "frontline:khiam"), ("Kerem Shalom", "frontline:kerem-shalom-crossing"),
        ("Kurdistan Region", "frontline:kurdistan-region"), ("Mindanao", "frontline:mindanao"), ("island of Java", "frontline:java"),
        ("Celebes", "frontline:sulawesi"), ("Kharg Island", "frontline:kharg-island"), ("Khan Bani Saad", "frontline:khan-bani-saad"),
        ("Garma", "frontline:karmah"), ("Rmeilan", "frontline:rmelan"), ("Ras Baalbek", "frontline:ras-baalbek"),
        ("Mediterranean", "frontline:mediterranean-sea"), ("Strait of Hormuz", "frontline:strait-of-hormuz"), ("Arabian Gulf", "frontline:persian-gulf"),
        ("Lake Kivu", "frontline:lake-kivu"), ("Jazira desert", "frontline:jazira-desert"), ("Jazeera desert", "frontline:jazira-desert"), ("Jazira", "frontline:jazira"), ("Jurf al-Sakhar", "frontline:jurf-al-sakhar"),
        ("Trebil", "frontline:trebil-crossing"), ("Qarachogh", "frontline:qara-chokh"), ("Tulul al-Safa", "frontline:tulul-al-safa"), ("Lajat", "frontline:lajat"),
        ("Khan al-Baghdadi", "frontline:baghdadi"), ("Fishkhabour", "frontline:faysh-khabur"),
        ("Netzarim corridor", "frontline:netzarim-corridor"), ("Shujaiya", "frontline:shejaiya"), ("al-Rummana", "frontline:rummana"), ("Bab el-Mandeb", "frontline:bab-el-mandeb"),
        ("al-Bahra", "frontline:bahra-syria"), ("al-Marashida", "frontline:marashida"), ("al-Kashma", "frontline:kashma"),
        ("Hatlah", "frontline:hatla"), ("al-Marrat", "frontline:marrat"), ("al-Salhiyah", "frontline:salhiyah-deir-ez-zor"),
        ("Dura-Europos", "frontline:salihiyah-dura-europos"), ("al-Tabiyah", "frontline:tabiyah"), ("Jafra", "frontline:jafra-deir-ez-zor"),
        ("al-Husseiniyah", "frontline:husseiniyah-deir-ez-zor"), ("Abu Hamam", "frontline:abu-hamam"), ("Abu Khashab", "frontline:abu-khashab"),
        ("Tharda mountains", "frontline:jabal-al-tharda"), ("Hamdan airport", "frontline:hamdan-airport"), ("Jabal Hayyan", "frontline:jabal-hayyan"),
        ("al-Shafaa", "frontline:shaafa"), ("al-Sousah", "frontline:susah"),
        ("Blue Nile River", "frontline:river-blue-nile"), ("White Nile River", "frontline:river-white-nile"), ("Oxus", "frontline:river-amu-darya"),
        ("Ayeyarwady River", "frontline:river-irrawaddy"), ("Chindwin", "frontline:river-chindwin"), ("Awali River", "frontline:river-awali"),
        ("Kakhovka Reservoir", "frontline:kakhovka-reservoir"), ("Suez Canal", "frontline:suez-canal"), ("the Sahel", "frontline:sahel"),
        ("Liptako-Gourma", "frontline:liptako-gourma"), ("Hindu Kush", "frontline:hindu-kush"), ("Nuba Mountains", "frontline:nuba-mountains"),
        ("Tihama", "frontline:tihama"), ("Libyan Desert", "frontline:libyan-desert"),
    ])
    func curatedNames(name: String, id: String) throws {
        #expect(try TestGazetteer.top(name).place.id.rawValue == id)
    }

    /// The nouns before "of" that hint a kind, as the ranking reads them.
    @Test func kindBeforeOf() {
        #expect(Gazetteer.kind(beforeOf: "city") == .city)
        #expect(Gazetteer.kind(beforeOf: "governorate") == .admin1)
        #expect(Gazetteer.kind(beforeOf: "river") == nil)
        #expect(Gazetteer.kind(beforeOf: "island") == .island)
    }

    /// Islands are their own kind, from GeoNames' class T island codes too; an island that is a
    /// first-level area answers the hint ("the island of Sicily").
    @Test func islands() throws {
        #expect(PlaceKind.fromGeoNames(featureClass: "T", featureCode: "ISL") == .island)
        #expect(PlaceKind.fromGeoNames(featureClass: "T", featureCode: "ATOL") == .island)
        let java = try TestGazetteer.top("Java")
        #expect(java.place.kind == .island && java.place.country == "ID", "\(java.place.name)")
        #expect(try TestGazetteer.top("island of Sicily").place.kind == .admin1)
    }

    /// A place whose own name is the whole query, kind word included, outranks the bare name
    /// of that kind; an alternate with the word does not.
    @Test func nameWithKindWordOutranksHint() throws {
        let kc = try TestGazetteer.top("Kansas City")
        #expect(kc.place.kind == .city && kc.place.name == "Kansas City", "\(kc.place.name)")
        let region = try TestGazetteer.top("Kurdistan Region")
        #expect(region.place.country == "IQ")
    }

    /// The longest kind phrase at the end is the hint: "Husaybah border crossing" is Husaybah and a
    /// crossing, not "Husaybah border" (found as nothing).
    @Test func longestTrailingKindPhraseIsTheHint() throws {
        let crossing = try TestGazetteer.top("Husaybah border crossing")
        #expect(crossing.place.country == "IQ", "\(crossing.place.name)")
        let field = try TestGazetteer.top("Avana oil fields")
        #expect(field.place.kind == .oilfield && field.place.country == "IQ", "\(field.place.name)")
    }

    /// Countries match by name or alternate only, never by transliteration key: "Cherry" is not
    /// Syria (news writes countries' English names).
    @Test func countriesDoNotMatchByKey() throws {
        let g = try #require(TestGazetteer.shared)
        #expect(!g.resolve("Cherry", limit: 10).contains { $0.place.kind == .country })
        #expect(try TestGazetteer.top("Syria").place.kind == .country)
    }

    @Test func riversAreLinesAndRegionsArePolygons() throws {
        let g = try #require(TestGazetteer.shared)
        let euphrates = try TestGazetteer.top("Euphrates")
        #expect(euphrates.place.kind == .river)
        let line = try #require(try g.geometry(for: euphrates.place))
        #expect(!line.lineStrings.isEmpty)
        // "western Iraq" is a polygon inside Iraq.
        let west = try TestGazetteer.top("western Iraq")
        #expect(west.place.kind == .region && west.place.country == "IQ")
        let polygon = try #require(try g.geometry(for: west.place))
        #expect(polygon.isPolygonal)
        let iraq = try #require(try g.geometry(for: try TestGazetteer.top("Iraq").place))
        let box = try #require(polygon.boundingBox), iraqBox = try #require(iraq.boundingBox)
        #expect(box.west >= iraqBox.west - 0.05 && box.east <= iraqBox.east + 0.05 && box.south >= iraqBox.south - 0.05 && box.north <= iraqBox.north + 0.05)
    }
}

@Suite struct QualifiedPartTests {
    @Test func westernIraqIsTheWestOfIraq() throws {
        let g = try #require(TestGazetteer.shared)
        let iraq = try #require(try g.geometry(for: try TestGazetteer.top("Iraq").place))
        let west = try #require(try QualifiedPart.part(of: iraq, which: "west"))
        let east = try #require(try QualifiedPart.part(of: iraq, which: "east"))
        let whole = GeodesicArea.areaKm2(iraq), w = GeodesicArea.areaKm2(west), e = GeodesicArea.areaKm2(east)
        // The two halves tile Iraq (to the geodesic-vs-split-edge difference) and each is inside it.
        #expect(abs(w + e - whole) / whole < 1e-3)
        #expect(w > 0.2 * whole && e > 0.2 * whole)
        #expect((west.boundingBox?.east ?? 99) <= (east.boundingBox?.west ?? -99) + 1e-6)
        let border = try #require(try QualifiedPart.part(of: iraq, which: "border"))
        let band = GeodesicArea.areaKm2(border)
        // A 25 km band along a boundary of ~3,600 km (Natural Earth 1:50m) is roughly 25 × 3,600 km².
        #expect(band > 0.5 * 25 * 3000 && band < 1.5 * 25 * 4000)
        #expect(try QualifiedPart.part(of: iraq, which: "upstream") == nil)
    }
}

extension ResolutionTests {
    /// A resolution says whether the alternate it matched resembles its place's name, and keeps the
    /// answer for its copies: "Raqqa" for Ar Raqqah does, "White House" for Fallston does not.
    @Test func matchedAlternateResemblesName() throws {
        let g = try #require(TestGazetteer.shared)
        let raqqa = try #require(g.candidates("Raqqa").first { $0.place.id.rawValue == "geonames:172955" })
        #expect(raqqa.matchedResemblesName)
        let copy = raqqa
        #expect(copy.matchedResemblesName)
        if let fallston = g.candidates("White House").first(where: { $0.place.name == "Fallston" }) {
            #expect(fallston.matched == "White House")
            #expect(!fallston.matchedResemblesName)
        }
    }
}
