import Gazetteer
import Geoparser
import Testing

/// Wire stories and briefings on the war against ISIS: credit lines, a nation's forces "in" a
/// country, dates before a town, qualifiers of two words or across a possessive, spellings of
/// the UN and OCHA. Texts written for these tests.
@Suite struct WireStoryTests {
    func summary(_ r: GeoparseResult) -> String {
        r.mentions.map { "\($0.text)=\($0.resolution?.place.name ?? "nil")/\($0.qualifier ?? "-")/\($0.relation ?? "-")" }.joined(separator: ", ")
    }

    /// "Editing by Louise Ireland" names no Ireland; the reporters' places after "in" stay places,
    /// and so does the word elsewhere in the story. A town "reported by" in a sentence stays one.
    @Test func creditLineNamesPeople() throws {
        let r = try TestParser.parse("Iraqi forces entered Rawa on Friday. Talks on Ireland's aid went on.\nReporting by Ellen Francis in Beirut and Maher Chmaytelli, Suleiman Al-Khalidi in Amman; Editing by Louise Ireland and Angus MacSwan")
        let texts = r.mentions.map(\.text)
        #expect(texts.contains("Beirut") && texts.contains("Amman") && texts.contains("Rawa"), "\(summary(r))")
        #expect(r.mentions.filter { $0.text == "Ireland" }.count == 1, "\(summary(r))")
        let town = try TestParser.parse("The dead birds were reported by Esperance farmer Tom Hadley, the agriculture department in Western Australia said.")
        #expect(town.mentions.contains { $0.text == "Esperance" }, "\(summary(town))")
    }

    /// "the Russian Aerospace Forces in Syria" is a nation's force in a country; "the Multinational
    /// Force in Iraq" is one name.
    @Test func nationalForcesInACountry() throws {
        let r = try TestParser.parse("The operation of the Russian Aerospace Forces in Syria continues, and U.S. Forces in Iraq stay.")
        #expect(r.mentions.map(\.text) == ["Syria", "U.S.", "Iraq"], "\(summary(r))")
        let named = try TestParser.parse("The Multinational Force in Iraq handed over the base.")
        #expect(!named.mentions.contains { $0.text == "Iraq" }, "\(summary(named))")
    }

    /// A weekday before a town is a date, not a given name that would make the town a surname in
    /// the whole story; nor is "Task Force" before a city a person speaking.
    @Test func dateOrTaskForceBeforeATown() throws {
        let r = try TestParser.parse("Government troops took Mayadin on Friday. On Friday Mayadin fell to the army.")
        #expect(r.mentions.filter { $0.text == "Mayadin" && $0.resolution?.place.country == "SY" }.count == 2, "\(summary(r))")
        let task = try TestParser.parse("The Joint Task Force Marawi said. Residents fled Marawi.")
        #expect(task.mentions.map(\.text) == ["Marawi"], "\(summary(task))")
    }

    /// "north eastern Syria" and "north east Syria" are the north-east; "the north and west of Iraq"
    /// is a part of Iraq, not west of it; "Syria's far northeast"; "fled to the north of Idlib
    /// governorate" is a destination in it, where "a village to the north of Raqqa" lies outside.
    @Test func qualifiersOfTwoWordsAndDestinations() throws {
        let r = try TestParser.parse("Fighting raged in north eastern Syria and in north east Syria. ISIS holds the north and west of Iraq. They remain in Syria's far northeast.")
        #expect(r.mentions.map { $0.qualifier ?? "-" } == ["northeast", "northeast", "west", "northeast"], "\(summary(r))")
        #expect(r.mentions.allSatisfy { $0.relation == nil }, "\(summary(r))")
        let moved = try TestParser.parse("Civilians fled to the north of Idlib governorate. The village lies to the north of Raqqa.")
        #expect(moved.mentions.map { "\($0.qualifier ?? "-")/\($0.relation ?? "-")" } == ["north/-", "-/north"], "\(summary(moved))")
    }

    /// "the far south-east of Syria's Deir ez-Zor province" is the province's south-east; Syria is
    /// a mention of its own.
    @Test func qualifierAcrossAPossessive() throws {
        let r = try TestParser.parse("The far south-east of Syria's Deir ez-Zor province is still held by ISIS.")
        #expect(r.mentions.map(\.text) == ["Syria", "Deir ez-Zor province"], "\(summary(r))")
        #expect(r.mentions.last?.qualifier == "southeast" && r.mentions.first?.qualifier == nil, "\(summary(r))")
    }

    /// "the Turkmen town of Amerli" is in Iraq: a people of several countries says no country where
    /// the one it is named for has no such town.
    @Test func peopleOfSeveralCountries() throws {
        let r = try TestParser.parse("Shiite militias broke the siege of the Turkmen town of Amerli in Salahuddin province.")
        #expect(r.mentions.first { $0.text == "Amerli" }?.resolution?.place.country == "IQ", "\(summary(r))")
    }

    /// The coalition's "MERV" is the Middle Euphrates River Valley; "Ninewa" is Nineveh as the UN
    /// writes it; "In Salah al-Din Governorate" at a sentence's start is Salah al-Din, not In Salah;
    /// a headline's "THE CITY" is no Teresina.
    @Test func acronymsSpellingsAndSentenceOpenings() throws {
        let r = try TestParser.parse("ISIS fighters still hold much of the MERV. Partners in Ninewa Governorate report returns.\nIn Salah al-Din Governorate, partners report new returns.\nDEIR EZ-ZOR AIRPORT AND THE CITY ITSELF")
        let places = r.mentions.map { $0.resolution?.place.name ?? "nil" }
        #expect(places == ["Middle Euphrates River Valley", "Nineveh", "Salah ad Din", "Deir ez-Zor Airport"], "\(summary(r))")
    }

    /// An Arabic village's name that ends in an area's ("Sahem al-Golan") leaves the area's name a
    /// place elsewhere in the text.
    @Test func villageNamedAfterAnArea() throws {
        let r = try TestParser.parse("Fighters entered Sahem al-Golan. Israel holds the Golan.")
        #expect(r.mentions.contains { $0.text == "Golan" }, "\(summary(r))")
    }

    /// "Western Iraq" and "Eastern Syria", capitalised, are the countries and their parts, as
    /// "western Iraq" is, though the curated data has regions of those names; "Eastern Ghouta"
    /// stays the region.
    @Test func capitalisedDirectionAndCountry() throws {
        let r = try TestParser.parse("ISIS still holds territory in Western Iraq and Eastern Syria, and the army shelled Eastern Ghouta.")
        #expect(r.mentions.map { "\($0.resolution?.place.name ?? "nil")/\($0.qualifier ?? "-")" } == ["Iraq/west", "Syria/east", "Eastern Ghouta/-"], "\(summary(r))")
    }

    /// An agency's office named for a country ("OCHA Iraq") is no mention of it; "Qayyarah
    /// Airstrip" is the air base's or its town's; "Hawiga" is Hawija.
    @Test func officesAirstripsAndSpellings() throws {
        let r = try TestParser.parse("Troops retook the Qayyarah Airstrip and entered Hawiga district. For more information: OCHA Iraq, Erbil.")
        #expect(r.mentions.map(\.text) == ["Qayyarah Airstrip", "Hawiga district", "Erbil"], "\(summary(r))")
        #expect(r.mentions.allSatisfy { $0.resolution?.place.country == "IQ" }, "\(summary(r))")
    }

    /// "the left bank of the Euphrates" is its eastern bank (the river flows south-east), "the
    /// right bank of the Tigris" its western one, "the left bank of the Nile" its western one (the
    /// Nile flows north).
    @Test func leftAndRightBanksByTheRiversFlow() throws {
        let r = try TestParser.parse("Strikes were carried out on the left bank of the Euphrates, and troops crossed to the right bank of the Tigris.")
        #expect(r.mentions.map { "\($0.text)/\($0.relation ?? "-")" } == ["Euphrates/east", "Tigris/west"], "\(summary(r))")
        let nile = try TestParser.parse("Sudanese troops advanced on the left bank of the Nile north of Khartoum.")
        #expect(nile.mentions.first { $0.text == "Nile" }?.relation == "west", "\(summary(nile))")
    }

    /// Iraq's Jazira desert is its own region, not Syria's Jazira: "cleared the Jazira desert west
    /// of Baiji"; a town the gazetteer had lacked, "Jurf al-Sakhar in northern Babil".
    @Test func iraqsJaziraDesertAndItsTowns() throws {
        let r = try TestParser.parse("Iraqi forces cleared the Jazira desert west of Baiji, and militias hold Jurf al-Sakhar in northern Babil.")
        let ids = r.mentions.map { $0.resolution?.place.id.rawValue ?? "nil" }
        #expect(ids.contains("frontline:jazira-desert") && ids.contains("frontline:jurf-al-sakhar"), "\(summary(r))")
    }

    /// Every country of a border chain is at its border ("the Syria-Iraq-Jordan border"); a
    /// boundary is a border ("the Ninewa-Anbar boundary"); "US-supervised" is a modifier, as
    /// "US-led" is.
    @Test func borderChainsBoundariesAndModifiers() throws {
        let r = try TestParser.parse("The al-Tanf base lies on the Syria-Iraq-Jordan border. ISIS is active along the Ninewa-Anbar boundary. Analysts urged a US-supervised deal.")
        let border = r.mentions.filter { $0.qualifier == "border" }.map(\.text)
        #expect(border == ["Syria", "Iraq", "Jordan", "Ninewa", "Anbar"], "\(summary(r))")
        #expect(!r.mentions.contains { $0.text == "US" }, "\(summary(r))")
    }

    /// The al-Mayadeen channel, told so by its outlet noun, a possessive one, or a verb of telling,
    /// is no town; the town stays one where the army enters it.
    @Test func channelNamedLikeATown() throws {
        let r = try TestParser.parse("A commander told al-Mayadeen television that the army advanced. Al Mayadeen's correspondent said the town was quiet. Speaking to Al-Mayadeen, he said more. Troops entered al-Mayadeen.")
        #expect(r.mentions.map(\.text) == ["al-Mayadeen"] && r.mentions.first?.start == 171, "\(summary(r))")
    }

    /// "the east of the Euphrates" is east of the river, as "east of" is; "north-central Syria" is
    /// its north; "near the city of Deir ez-Zor" and "near Homs and Hama" are near.
    @Test func riversSidesCentresAndNearness() throws {
        let r = try TestParser.parse("Turkey vowed to clear the east of the Euphrates. Fighting raged in north-central Syria. Troops are near the city of Deir ez-Zor. Strikes hit targets near Homs and Hama.")
        #expect(r.mentions.map { "\($0.text)/\($0.qualifier ?? "-")/\($0.relation ?? "-")" }
                == ["Turkey/-/-", "Euphrates/-/east", "north-central Syria/north/-", "Deir ez-Zor/-/near", "Homs/-/near", "Hama/-/near"], "\(summary(r))")
    }

    /// A qualifier after "of" is shared down a list: "the borders of Syria, Jordan and Saudi Arabia".
    @Test func qualifierSharedDownAList() throws {
        let r = try TestParser.parse("The zone runs along the borders of Syria, Jordan and Saudi Arabia.")
        #expect(r.mentions.map { $0.qualifier ?? "-" } == ["border", "border", "border"], "\(summary(r))")
    }

    /// No place: a faith's adjective before a noun ("the largest Christian town in Iraq"), a vessel's
    /// name ("the submarine Krasnodar"), a common word opening a sentence that names a town
    /// abroad ("Mobile groups of terrorists" in a report on Syria).
    @Test func faithsVesselsAndSentenceOpeningWords() throws {
        let r = try TestParser.parse("Qaraqosh is the largest Christian town in Iraq. The submarine Krasnodar fired Kalibr missiles at Raqqa. Mobile groups of terrorists attacked positions near Palmyra in Syria.")
        #expect(r.mentions.map(\.text) == ["Qaraqosh", "Iraq", "Raqqa", "Palmyra", "Syria"], "\(summary(r))")
    }

    /// An operation's name in quotes after "operation" in lower case is no place (the Turkish
    /// operation "Olive Branch"); "Korea" is the country news means, not a Syrian village its
    /// transliteration key reaches.
    @Test func quotedOperationsAndKorea() throws {
        let r = try TestParser.parse("In Afrin, the Turkish operation \"Olive Branch\" was continuing. Syria will stay divided much like Cyprus or Korea.")
        #expect(r.mentions.map { $0.resolution?.place.name ?? "nil" } == ["‘Afrīn", "Syria", "Cyprus", "South Korea"], "\(summary(r))")
    }

    /// An edge of a town is a part of it ("the western edge of Deir Ezzor city"), a river's bank a
    /// relation; "border areas with Turkey" are Turkey's border areas; "Nineveh Operations" is a
    /// command, and "Fars-" opening a text is the agency's dateline.
    @Test func edgesBordersCommandsAndDatelines() throws {
        let r = try TestParser.parse("Fars- Iraqi forces reached the western edge of Deir Ezzor city, the commander of Nineveh Operations said. Fighting continued in the northern border areas with Turkey. Troops crossed the western bank of the Euphrates.")
        #expect(r.mentions.map { "\($0.resolution?.place.name ?? "nil")/\($0.qualifier ?? "-")/\($0.relation ?? "-")" }
                == ["Deir ez-Zor/west/-", "Turkey/border/-", "Euphrates/-/west"], "\(summary(r))")
    }
}
