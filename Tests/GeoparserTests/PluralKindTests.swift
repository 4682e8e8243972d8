import Gazetteer
@testable import Geoparser
import Testing

/// The word tests under the plural-kind rules.
@Suite struct PluralKindTests {
    /// Every direction word starts with a letter ``Geoparser/mayBeDirection(_:)`` lets through, so
    /// the cheap test before the word set's probe never hides one.
    @Test func directionWordsPassTheFirstLetterTest() {
        let words = Lexicon.directions.keys.flatMap { $0.split(separator: "-").map(String.init) }
        for w in words + words.map({ $0.capitalized }) {
            let passes = Tokenizer.withTokens(w) { $0.count == 1 && Geoparser.mayBeDirection($0[0]) }
            #expect(passes, "\(w)")
        }
        #expect(!Tokenizer.withTokens("the") { Geoparser.mayBeDirection($0[0]) })
    }

    /// ``Geoparser/isFacilityKind(_:)``, a switch, says what ``Geoparser/facilityKinds`` holds.
    @Test func facilityKindSwitchMatchesTheSet() {
        for kind in PlaceKind.allCases {
            #expect(Geoparser.isFacilityKind(kind) == Geoparser.facilityKinds.contains(kind), "\(kind)")
        }
    }

    /// "the eastern Hama and Homs deserts": the deserts of provinces named after their seats are
    /// the provinces, as "Raqqa and Deir ez-Zor provinces" are.
    @Test func desertsOfProvinces() throws {
        let r = try TestParser.parse("Government forces recaptured the Shaer gas field in the eastern Hama and Homs deserts.")
        let areas = r.mentions.filter { $0.text.hasSuffix("Hama") || $0.text == "Homs" }
        #expect(areas.count == 2 && areas.allSatisfy { $0.resolution?.place.kind == .admin1 }, "\(r.mentions.map { ($0.text, $0.resolution?.place.kind) })")
        #expect(areas.first?.qualifier == "east")
    }

    /// First-level areas listed under one plural kind word lie in one country: "Yobe and Adamawa
    /// states" beside Borno is Nigeria's Adamawa, not Cameroon's region, in a text that names
    /// Cameroon too.
    @Test func areasListedTogetherShareACountry() throws {
        let r = try TestParser.parse("The group operates in Niger, Chad and Cameroon. Violence has spread from Borno into Yobe and Adamawa states.")
        let adamawa = r.mentions.first { $0.text == "Adamawa" }
        #expect(adamawa?.resolution?.place.country == "NG", "\(r.mentions.map { ($0.text, $0.resolution?.place.country) })")
        // A direction before such a plural says where the areas lie, not which part of the first:
        // "the south-western provinces of Daraa and Quneitra"; "the eastern provinces of Syria" are
        // Syria's east.
        let south = try TestParser.parse("Government forces retook the south-western provinces of Daraa and Quneitra. ISIS holds the eastern provinces of Syria.")
        #expect(south.mentions.map { "\($0.text):\($0.qualifier ?? "-")" } == ["Daraa:-", "Quneitra:-", "eastern provinces of Syria:east"],
                "\(south.mentions.map { ($0.text, $0.qualifier) })")
    }
}
