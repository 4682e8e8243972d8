import Gazetteer
import Geoparser
import Testing

/// Outlets and operations named like places: the Lebanese channel Al Mayadeen (named like the
/// Syrian town), Kurdistan 24, the SDF's "Wrath of Euphrates". Texts written for these tests.
@Suite struct OutletNameTests {
    /// "Al Mayadeen" reporting, quoted or with an outlet noun is the channel, no mention; the town
    /// in the same text stays the town.
    @Test func broadcasterNamedLikeTown() throws {
        for text in ["Al Mayadeen reported that the army had entered the city.", "According to Al Mayadeen, the army had entered the city.",
                     "The Lebanese channel Al-Mayadeen quoted a military source."] {
            let r = try TestParser.parse(text)
            #expect(r.mentions.isEmpty, "\(text): \(r.mentions.map(\.text))")
        }
        let both = try TestParser.parse("An Al Mayadeen correspondent said the army had entered al-Mayadeen on Saturday.")
        #expect(both.mentions.map(\.text) == ["al-Mayadeen"], "\(both.mentions.map(\.text))")
        #expect(both.mentions.first?.resolution?.place.country == "SY")
        let town = try TestParser.parse("The army entered Al Mayadeen on Saturday.")
        #expect(town.mentions.first?.resolution?.place.country == "SY")
    }

    /// Outlets of the region named like places: reporting they are outlets ("Al-Manar", "Fars",
    /// "Mehr", "Al-Alam", "Israel Hayom", "Daily Sabah", "Hurriyet"); the places stay places.
    @Test func outletsNamedLikePlaces() throws {
        for outlet in ["Al-Manar", "Fars", "Mehr", "Al-Alam", "Israel Hayom", "Daily Sabah", "Hurriyet", "Syria Direct", "The Kyiv Independent"] {
            let r = try TestParser.parse("\(outlet) reported on Monday that the army had advanced.")
            #expect(r.mentions.isEmpty, "\(outlet): \(r.mentions.map(\.text))")
        }
        let places = try TestParser.parse("Militants attacked the town of al-Alam, north of Tikrit. Protests spread to Shiraz in Fars province.")
        #expect(places.mentions.map(\.text) == ["al-Alam", "Tikrit", "Shiraz", "Fars province"], "\(places.mentions.map(\.text))")
    }

    /// "Kurdistan 24 and Rudaw reported": the channel before another outlet's name.
    /// A place a group's name says it fights for is embedded: "the Popular Front for the Liberation
    /// of Palestine", "the Democratic Forces for the Liberation of Rwanda".
    @Test func groupsForTheLiberationOfAPlace() throws {
        let r = try TestParser.parse("The Popular Front for the Liberation of Palestine and the Democratic Forces for the Liberation of Rwanda fought near Goma.")
        #expect(r.mentions.map(\.text) == ["Goma"], "\(r.mentions.map(\.text))")
        let embedded = try TestParser.parse("The Popular Front for the Liberation of Palestine met in Damascus.", GeoparseOptions(embedded: true))
        let palestine = embedded.mentions.first { $0.text == "Palestine" }
        #expect(palestine?.role == "embedded", "\(embedded.mentions.map { ($0.text, $0.role) })")
    }

    /// An operation's name without "Operation", before a word for its area or forces, names no
    /// place: "the Olive Branch region" is no Olive Branch, Mississippi, "the Peace Spring region" no
    /// town called Peace or Spring; "Olive Branch, Miss." stays the town.
    @Test func operationsNamedWithoutTheWord() throws {
        let afrin = try TestParser.parse("Turkish-backed fighters in the Olive Branch region clashed with the YPG near Tal Rifaat.")
        #expect(afrin.mentions.map(\.text) == ["Tal Rifaat"], "\(afrin.mentions.map(\.text))")
        let spring = try TestParser.parse("The SNA entered the Peace Spring region from Tal Abyad.")
        #expect(spring.mentions.map(\.text) == ["Tal Abyad"] && spring.focus == ["SY"], "\(spring.mentions.map(\.text)) \(spring.focus)")
        let town = try TestParser.parse("Olive Branch, Miss., police said.")
        #expect(town.mentions.first?.resolution?.place.country == "US", "\(town.mentions.map(\.text))")
    }

    @Test func numberedChannelBeforeAnotherOutlet() throws {
        let r = try TestParser.parse("Kurdistan 24 and Rudaw reported clashes near Kirkuk.")
        #expect(r.mentions.map(\.text) == ["Kirkuk"], "\(r.mentions.map(\.text))")
    }

    /// "Wrath of Euphrates" names an operation, not the river; "east of the Euphrates" still does.
    @Test func operationNamedAfterRiver() throws {
        let r = try TestParser.parse("The operation, dubbed Wrath of Euphrates, began east of the Euphrates in November.")
        #expect(r.mentions.count == 1 && r.mentions.first?.relation == "east", "\(r.mentions.map { ($0.text, $0.relation) })")
        // An operations room and a tribe named like places.
        let room = try TestParser.parse("Fighters of the Euphrates Volcano and the Shammar tribe joined Jazira Storm on Monday.")
        #expect(room.mentions.isEmpty, "\(room.mentions.map(\.text))")
    }

    /// Places in the names of stations, missions and operations are embedded: "Radio Free Asia",
    /// "the Deir ez-Zor 24 network", "the United Nations Assistance Mission for Iraq", the SDF's
    /// "Wrath of the Euphrates" operation, Operation "We Are Coming, Nineveh". A quotation that names
    /// no operation keeps its place ("Mosul is free"), and "Raqqa 24 hours later" names Raqqa.
    @Test func stationsMissionsAndQuotedOperations() throws {
        for text in ["Radio Free Asia reported clashes in Lashio.",
                     "The Deir ez-Zor 24 network reported strikes on Lashio.",
                     "Casualty claims were reported by the United Nations Assistance Mission for Iraq (UNAMI) in Lashio.",
                     "The SDF's \"Wrath of the Euphrates\" operation has advanced to within 10 km of Lashio.",
                     "October 17, 2016: Operation \"We Are Coming, Nineveh\" begins near Lashio."] {
            let r = try TestParser.parse(text)
            #expect(r.mentions.map(\.text) == ["Lashio"], "\(text): \(r.mentions.map(\.text))")
        }
        let q = try TestParser.parse("Fighters said \"Mosul is free\" and moved toward Tal Afar.")
        #expect(q.mentions.map(\.text) == ["Mosul", "Tal Afar"], "\(q.mentions.map(\.text))")
        let quote = try TestParser.parse("Residents of “Raqqa” said the army came back to Raqqa 24 hours later.")
        #expect(quote.mentions.map(\.text) == ["Raqqa", "Raqqa"], "\(quote.mentions.map(\.text))")
    }
}
