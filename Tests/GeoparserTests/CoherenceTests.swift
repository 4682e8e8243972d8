import Foundation
@testable import Geoparser
import Gazetteer
import Testing

/// The bookkeeping under coherence: names numbered by text, country codes as a bitmap.
@Suite struct CoherenceTests {
    func candidates(_ texts: [String]) -> [Geoparser.Candidate] {
        texts.enumerated().map { Geoparser.Candidate(first: $0.offset, last: $0.offset, text: $0.element, hint: nil, role: .place) }
    }

    /// ``Geoparser/nameNumbers(_:into:keys:)`` into buffers of its own: the numbers, and how many.
    func nameNumbers(_ candidates: [Geoparser.Candidate]) -> (numbers: [Int], count: Int) {
        var numbers = [Int](repeating: -1, count: candidates.count)
        var keys = [UInt64](repeating: 0, count: candidates.count)
        let count = numbers.withUnsafeMutableBufferPointer { numbers in
            keys.withUnsafeMutableBufferPointer { Geoparser.nameNumbers(candidates, into: numbers, keys: $0) }
        }
        return (numbers, count)
    }

    /// The three best of a run of values, kept with no branch, are the three largest, as sorting
    /// gives them (repeats, zeros, fewer than three).
    @Test func bestThreeKeepsTheThreeLargest() {
        var g = SystemRandomNumberGenerator()
        let runs: [[Double]] = [[], [0.5], [0.2, 0.9], [0.3, 0.3, 0.3, 0.3], [0, 0, 0.7], [1, 0.25, 1, 0.5]]
            + (0..<200).map { _ in (0..<Int.random(in: 0...12, using: &g)).map { _ in Double.random(in: 0...1, using: &g) } }
        for values in runs {
            var best = Geoparser.BestThree()
            for v in values { best.add(v) }
            let top = (values.sorted(by: >) + [0, 0, 0]).prefix(3)
            #expect([best.a, best.b, best.c] == Array(top), "\(values)")
        }
    }

    /// The closeness bound is at least the closeness computed for any chord, from a point to
    /// itself to its antipode.
    @Test func closenessBoundBoundsTheCloseness() {
        for k in 0...20_000 {
            let chord = 2 * Double(k) / 20_000
            let km = Gazetteer.sphericalKm(chord: chord)
            #expect(Geoparser.closenessBound(chord: chord) >= exp(-km / Geoparser.coherenceKm), "chord \(chord)")
        }
    }

    /// Equal texts get equal numbers, counted in order of first appearance; case matters.
    @Test func namesNumberedByText() {
        let (numbers, count) = nameNumbers(candidates(["Raqqa", "Mosul", "Raqqa", "RAQQA", "Deir ez-Zor province", "Mosul"]))
        #expect(numbers == [0, 1, 0, 2, 3, 1])
        #expect(count == 4)
        #expect(nameNumbers([]).count == 0)
    }

    /// Past a few dozen distinct names the numbers come from a table: the same numbers as the scan.
    @Test func manyNamesNumberedAlike() {
        let distinct = (0..<80).map { "Town \($0) of a name long enough to be stored apart" }
        let texts = distinct + distinct.reversed() + ["Town 5 of a name long enough to be stored apart"]
        let (numbers, count) = nameNumbers(candidates(texts))
        #expect(count == 80)
        #expect(Array(numbers.prefix(80)) == Array(0..<80))
        #expect(Array(numbers[80..<160]) == Array((0..<80).reversed()))
        #expect(numbers.last == 5)
    }

    /// Two upper-case letters are codes; anything else is not in any set.
    /// A country named by its own name speaks for no small town abroad that shares it: "Jordan's
    /// King Abdullah" beside "talks in Geneva" made Geneva, New York, and Jordan, New York, hold
    /// each other up, and the lone town was then dropped; Geneva is Switzerland's. Georgia still
    /// speaks for the state of its name, beside Atlanta.
    @Test func countryNamedByItsNameSpeaksForNoSmallTownAbroad() throws {
        let r = try TestParser.parse("""
            Speaking at a conference in Doha, Qatar, on Monday, the envoy Martin Griffiths said talks would resume in \
            Geneva. Jordan's King Abdullah met Egypt's president in Cairo the same day.
            """)
        func m(_ t: String) -> Mention? { r.mentions.first { $0.text == t } }
        #expect(m("Geneva")?.resolution?.place.country == "CH", "\(r.mentions.map { ($0.text, $0.resolution?.place.country) })")
        #expect(m("Jordan")?.resolution?.place.kind == .country)
        let georgia = try TestParser.parse("Zoning boards in two Georgia cities, Duluth and Gainesville, now cap the size of mobile home parks; Atlanta has set no such limit.")
        let towns = georgia.mentions.filter { ["Gainesville", "Duluth", "Atlanta"].contains($0.text) }
        #expect(towns.count == 3 && towns.allSatisfy { $0.resolution?.place.admin1Code == "GA" }, "\(georgia.mentions.map { ($0.text, $0.resolution?.place.admin1Code) })")
    }

    /// A first-level area named by its own name is not moved by coherence to a town of under
    /// 50,000 outside it that bears the name: "Oregon and Washington" had found Oregon, Illinois,
    /// beside a Washington, Illinois, and "Officials in Washington … in Delaware" Delaware, Ohio.
    @Test func stateNamedByItsNameStaysTheState() throws {
        for (text, name) in [("Voters in Oregon and Washington backed the measure.", "Oregon"),
                             ("Officials in Washington said so. Their bodies were flown to Dover Air Force Base in Delaware.", "Delaware")] {
            let r = try TestParser.parse(text)
            let m = r.mentions.first { $0.text == name }
            #expect(m?.resolution?.place.kind == .admin1, "\(r.mentions.map { ($0.text, $0.resolution?.place.kind, $0.resolution?.place.admin1Code) })")
        }
    }

    /// National capitals named by their own names, in a text about a third country, are not moved
    /// to a pair of small namesakes near each other: "called on Washington and Rome" in a report on
    /// Libya had found Washington and Rome, Illinois.
    @Test func capitalsInATextAboutAThirdCountryStay() throws {
        let r = try TestParser.parse("Libya's prime minister has called on Washington and Rome to take a firmer stance.")
        let ids = r.mentions.map { $0.resolution?.place.id.rawValue ?? "-" }
        #expect(ids == ["geonames:2215636", "geonames:4140963", "geonames:3169070"], "\(r.mentions.map { ($0.text, $0.resolution?.place.name, $0.resolution?.place.admin1Code) })")
    }

    @Test func countryCodes() {
        let set: CountryCodeSet = ["SY", "IQ", "ZZ", "AA", "Syria", "sy", ""]
        for code in ["SY", "IQ", "ZZ", "AA"] { #expect(set.contains(code), "\(code)") }
        for code in ["SA", "YS", "QI", "Syria", "sy", "", "S", "SYR", "ÉU"] { #expect(!set.contains(code), "\(code)") }
        let romanised = Lexicon.romanisedCountries
        for a in UInt8(ascii: "A")...UInt8(ascii: "Z") {
            for b in UInt8(ascii: "A")...UInt8(ascii: "Z") {
                let code = String(decoding: [a, b], as: UTF8.self)
                #expect(Lexicon.romanisedCountryCodes.contains(code) == romanised.contains(code), "\(code)")
            }
        }
    }
}

/// The places a text names plainly, against which small places nearby are told.
@Suite struct AnchorTests {
    /// A place named again and again is one anchor: each candidate measured its distance to every
    /// mention of it before.
    @Test func eachPlaceOnce() throws {
        let parser = try #require(TestParser.shared)
        let mosul = try #require(parser.gazetteer.candidates("Mosul").first)
        let raqqa = try #require(parser.gazetteer.candidates("Raqqa").first)
        let texts = ["Mosul", "Mosul", "Raqqa", "Mosul"]
        let candidates = texts.enumerated().map { Geoparser.Candidate(first: $0.offset, last: $0.offset, text: $0.element, hint: nil, role: .place) }
        let anchors = Geoparser.Anchors(candidates, [mosul, mosul, raqqa, mosul], focusKeys: ["IQ", "SY"].map(Place.codeKey))
        #expect(anchors.places.map(\.id) == [mosul.place.id, raqqa.place.id])
        // A town 20 km from Mosul is near it; Mosul is not near itself, nor Raqqa near Mosul.
        let bartella = try #require(parser.gazetteer.candidates("Bartella").first)
        let mosulOnly = Geoparser.Anchors(Array(candidates.prefix(2)), [mosul, mosul], focusKeys: ["IQ"].map(Place.codeKey))
        #expect(mosulOnly.near(bartella.place))
        #expect(!mosulOnly.near(mosul.place) && !mosulOnly.near(raqqa.place))
    }
}
