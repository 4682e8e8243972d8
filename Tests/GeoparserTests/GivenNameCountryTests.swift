import Gazetteer
import Geoparser
import Testing

/// Countries whose names are also given names, before a surname. Texts written for these tests.
@Suite struct GivenNameCountryTests {
    /// "Chad LaBumbard, technical director" and "Jordan Henderson" are people; "the Jordan Valley"
    /// and Chad after "in" stay places.
    @Test func countryAsGivenName() throws {
        for text in ["Chad LaBumbard, technical director, said the system was old.", "Jordan Henderson scored twice on Saturday."] {
            let r = try TestParser.parse(text)
            #expect(r.mentions.isEmpty, "\(text): \(r.mentions.map(\.text))")
        }
        let places = try TestParser.parse("Refugees crossed the Jordan Valley, and troops in Chad went on alert.")
        #expect(places.mentions.contains { $0.text == "Chad" && $0.resolution?.place.country == "TD" }, "\(places.mentions.map(\.text))")
    }
}
