import Gazetteer
import Geoparser
import Testing

/// A town put in a country by "in": the country holds it, whatever its namesakes abroad. Texts
/// written for these tests.
@Suite struct ContainingCountryTests {
    /// "Medina in Somalia" is a district of Mogadishu the gazetteer lacks, not the Saudi city: the
    /// name is kept with no place, with the country after "in" plain or with a possessive.
    @Test func townInCountryIsNoNamesakeAbroad() throws {
        for text in ["Mortar shells hit Medina in Somalia on Friday.", "Mortar shells hit Medina in Somalia's capital on Friday."] {
            let r = try TestParser.parse(text)
            let medina = try #require(r.mentions.first { $0.text == "Medina" }, "\(text)")
            #expect(medina.resolution == nil, "\(text): \(medina.resolution?.place.name ?? "-")")
            #expect(r.mentions.first { $0.text == "Somalia" }?.resolution?.place.country == "SO")
        }
        // A national capital stands for its government: "Moscow in Syria" stays Moscow.
        let moscow = try TestParser.parse("The role of Moscow in Syria grew after 2015.")
        #expect(moscow.mentions.first { $0.text == "Moscow" }?.resolution?.place.country == "RU")
    }

    /// A possessive after the country still holds the town before "in": "Pokrovsk in Ukraine's
    /// Donetsk region", where the gazetteer has the town.
    @Test func countryWithPossessiveHoldsTheTown() throws {
        let r = try TestParser.parse("Russian troops pressed toward Pokrovsk in Ukraine's Donetsk region.")
        #expect(r.mentions.first { $0.text == "Pokrovsk" }?.resolution?.place.country == "UA")
    }
}
