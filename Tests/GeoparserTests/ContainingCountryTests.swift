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

    /// A name before "in" and a town lies in or by the town: "Abu Salim in Tripoli" is a district
    /// the gazetteer lacks, not Bou Salem, Tunisia, and "the Bakassi camp in Maiduguri" no Bakassi in
    /// Cross River State, 900 km away; a name listed with it that lies there stays ("Tajoura"), and a
    /// country before "in" is a topic ("talks on Syria in Geneva").
    @Test func partsOfATownLieByIt() throws {
        let t = try TestParser.parse("Migrants were taken to detention centres in Tajoura and Abu Salim in Tripoli.")
        #expect(t.mentions.map { "\($0.text) \($0.resolution?.place.country ?? "-")" } == ["Tajoura LY", "Abu Salim -", "Tripoli LY"], "\(t.mentions.map(\.text))")
        let m = try TestParser.parse("Displaced people queue for food at the Bakassi camp in Maiduguri, Borno State.")
        #expect(m.mentions.first { $0.text == "Bakassi" }.map { $0.resolution == nil } == true, "\(m.mentions.map(\.text))")
        let g = try TestParser.parse("Talks on Syria in Geneva stalled.")
        #expect(g.mentions.first?.resolution?.place.country == "SY", "\(g.mentions.map(\.text))")
    }

    /// A name after which a comma and an area follow is a namesake that area holds, even where the
    /// name's best place is another that only an unfit alternate matches: "Baga, Borno State" is the
    /// curated Borno town (which has no first-level code: it counts as held by its nearness), not
    /// Bargarh, India, which GeoNames also calls "Baga".
    @Test func townBeforeCommaAndAreaIsTheAreasNamesake() throws {
        let r = try TestParser.parse("Fighters overran Baga, Borno State, in 2015.")
        #expect(r.mentions.first { $0.text == "Baga" }?.resolution?.place.country == "NG", "\(r.mentions.map { "\($0.text) \($0.resolution?.place.country ?? "-")" })")
    }
}
