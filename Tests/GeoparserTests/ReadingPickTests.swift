@testable import Geoparser
import Testing

/// The tests that reading picks ask of a written name give the answers of the scalars' own
/// properties, in ASCII and out of it.
@Suite struct ReadingPickTests {
    @Test(arguments: ["BUD", "Bud", "bud", "US", "U.S.", "", "123", "ÉTAT", "État", "ÇA", "Ça", "Ḩamāh", "ḨAMĀH", "الميادين", "ABCé", "ÉBc"])
    func lowerCaseLettersAreFound(_ text: String) {
        #expect(Geoparser.hasLowercase(text) == text.unicodeScalars.contains { $0.properties.isLowercase })
    }
}
