import Gazetteer
import Geoparser
import Testing

/// Words of Arabic personal names that are also place names: a nisba (a place's name and "i") and
/// a city's name after an article inside a longer name. Texts written for these tests.
@Suite struct ArabicNameWordTests {
    /// "Baghdadi" alone is the Islamic State's leader (or someone from Baghdad), not Baghdati,
    /// Georgia, of which it is an alternate name.
    @Test func nisbaOfMajorPlaceIsNoPlace() throws {
        for text in ["Islamic State leader Baghdadi was killed in a raid in Idlib province.",
                     "Baghdadi's death was confirmed by the Pentagon on Sunday."] {
            let r = try TestParser.parse(text)
            #expect(!r.mentions.contains { $0.text == "Baghdadi" }, "\(text): \(r.mentions.map { ($0.text, $0.resolution?.place.name) })")
        }
        // A town whose stem only shares a transliteration key with a city stays the town: "Ubaydi"
        // (al-Ubaydi, by al-Qaim), though "Ubayd" keys like El Obeid.
        let ubaydi = try TestParser.parse("Iraqi forces secured the towns of Ubaydi and Karabilah.")
        #expect(ubaydi.mentions.first { $0.text == "Ubaydi" }?.resolution?.place.country == "IQ", "\(ubaydi.mentions.map(\.text))")
        // Nor a town whose stem names a city only by another alternate: "Amedi" is Amadiya, in
        // Duhok, though "Amed" is Diyarbakır's Kurdish name.
        let amedi = try TestParser.parse("Turkish jets struck villages near Amedi in the Kurdistan Region of Iraq.")
        #expect(amedi.mentions.first { $0.text == "Amedi" }?.resolution?.place.country == "IQ", "\(amedi.mentions.map(\.text))")
        // A word naming a larger place itself is left alone ("Homsi" is an alternate of Homs).
        let homs = try TestParser.parse("Shelling hit Homsi and Hama overnight.")
        #expect(homs.mentions.first { $0.text == "Homsi" }?.resolution?.place.country == "SY")
    }

    /// A city's name after an article in a person's name ("Hamid al-Ramadi") does not make the city
    /// said alone later a person's name too, as a small town's would ("Abu Bakr al-Baghdadi …
    /// Baghdadi").
    @Test func largeCityInPersonsNameStaysTheCityAlone() throws {
        let r = try TestParser.parse("Police chief Hamid al-Ramadi said Ramadi was calm after the curfew.")
        let ramadi = r.mentions.filter { $0.text == "Ramadi" }
        #expect(ramadi.count == 1 && ramadi.first?.resolution?.place.country == "IQ", "\(r.mentions.map { ($0.text, $0.start) })")
        #expect(!r.mentions.contains { $0.text == "al-Ramadi" })
    }

    /// A kunya and a nisba ("Abu Ali al-Anbari") is a person, whatever "Abu Ali" names (Āb‘alī,
    /// Iran); a place with a part adjective after it stays the place ("Abu Kamal al-Sharqi").
    @Test func kunyaAndNisbaIsAPerson() throws {
        let r = try TestParser.parse("Abu Ali al-Anbari, the group's deputy leader, was killed in a raid.")
        #expect(r.mentions.isEmpty, "\(r.mentions.map { ($0.text, $0.resolution?.place.name) })")
        let town = try TestParser.parse("The army entered Abu Kamal al-Sharqi and Abu Kamal.")
        #expect(town.mentions.filter { $0.text == "Abu Kamal" }.count == 2, "\(town.mentions.map(\.text))")
    }
}
