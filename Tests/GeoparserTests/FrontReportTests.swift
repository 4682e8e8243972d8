import Gazetteer
import Geoparser
import Testing

/// Reports from front lines (Syria and Iraq, Ukraine, Yemen, Sudan, the Caucasus): outskirts and
/// coasts, outlets and institutes named after places, works and people that bear a town's name,
/// a country that opens a clause after a town, air bases Syrian news calls military airports, and
/// villages the gazetteer lacks. Texts written for these tests.
@Suite struct FrontReportTests {
    func summary(_ r: GeoparseResult) -> String {
        r.mentions.map { "\($0.text)=\($0.resolution?.place.name ?? "nil")/\($0.qualifier ?? "-")/\($0.relation ?? "-")" }.joined(separator: ", ")
    }

    /// A town's outskirts or edge and a country's coast are parts of them; a river's bank stays a
    /// relation.
    @Test func outskirtsEdgesAndCoastsArePartsOfThePlace() throws {
        let r = try TestParser.parse("Troops reached the southern outskirts of Damascus and Omdurman's western edge. Missiles were fired from the western coast of Yemen, and shells fell on the eastern bank of the Euphrates.")
        let rows = r.mentions.map { "\($0.text)/\($0.qualifier ?? "-")/\($0.relation ?? "-")" }
        #expect(rows == ["southern outskirts of Damascus/south/-", "Omdurman's western edge/west/-", "western coast of Yemen/west/-", "Euphrates/-/east"], "\(summary(r))")
    }

    /// Outlets, monitors, programmes and institutes named after a place name none: "France 24 were
    /// suspended", "Deir Ezzor 24 is a network", "the Sudan War Monitor", "Artsakh Public TV", "the
    /// Washington Institute for Near East Policy", "the Caucasus Programme".
    @Test func outletsAndInstitutesNamedAfterPlaces() throws {
        let r = try TestParser.parse("""
            RFI and France 24 were suspended by the junta in Mali. Deir Ezzor 24 is an independent network. The Sudan War \
            Monitor said fighting in Khartoum continued. Armenpress and Artsakh Public TV said Stepanakert was shelled. A study \
            by the Washington Institute for Near East Policy says ISIS holds land in Iraq. The Caucasus Programme said Armenia lost ground.
            """)
        #expect(r.mentions.map(\.text) == ["Mali", "Khartoum", "Stepanakert", "Iraq", "Armenia"], "\(summary(r))")
    }

    /// A works of four words with an "and" in its name makes the town no person's name ("the
    /// Avdiivka Coke and Chemical Plant"); a town someone fled to is a place, whatever a person of
    /// that surname made of it ("Ahmed Rafah, an aid worker").
    @Test func worksAndSurnamesLeaveTheTown() throws {
        let works = try TestParser.parse("Fighters shelled the Avdiivka Coke and Chemical Plant. Russian troops entered Avdiivka on Saturday, Ukraine said.")
        #expect(works.mentions.filter { $0.text == "Avdiivka" && $0.resolution?.place.country == "UA" }.count == 1, "\(summary(works))")
        let person = try TestParser.parse("Ahmed Rafah, an aid worker, said the shelling continued. She fled to Rafah in December. Israeli jets struck Rafah again.")
        #expect(person.mentions.filter { $0.text == "Rafah" && $0.resolution?.place.country == "PS" }.count == 2, "\(summary(person))")
    }

    /// A country after a town and a comma that opens a clause, as the subject of a verb of saying
    /// or of a possessive, does not place the town: "Shusha, Armenia denies", "After Avdiivka,
    /// Russia's next prize".
    @Test func countryOpeningAClauseAfterATown() throws {
        let r = try TestParser.parse("Azerbaijan says it has taken Shusha, Armenia denies it.")
        #expect(r.mentions.first { $0.text == "Shusha" }?.resolution?.place.country == "AZ", "\(summary(r))")
        let prize = try TestParser.parse("Ukrainian troops left the town in February. After Avdiivka, Russia's next big prize is Pokrovsk in Donetsk region.")
        #expect(prize.mentions.first { $0.text == "Avdiivka" }?.resolution?.place.country == "UA", "\(summary(prize))")
    }

    /// "the Tabqa military airbase" is the air base the gazetteer knows as "Tabqa airbase"; a
    /// military airport it does not know is its town's name.
    @Test func militaryAirportsAreAirBases() throws {
        let r = try TestParser.parse("The army took al-Tabqa and the nearby Tabqa military airbase, shelled the Deir Ezzor military airport and flew from the Raqqa military airport in Syria.")
        #expect(r.mentions.first { $0.text == "Tabqa military airbase" }?.resolution?.place.kind == .military, "\(summary(r))")
        #expect(r.mentions.first { $0.text == "Deir Ezzor military airport" }?.resolution?.place.kind == .airport, "\(summary(r))")
        #expect(r.mentions.first { $0.text == "Raqqa military airport" }?.resolution?.place.kind == .city, "\(summary(r))")
    }

    /// Villages the gazetteer lacks are named, not dropped: after a list's first name it has ("the
    /// towns of Hajin, al-Hari and Gharanij"), and after "the village of" where an Arabic word that
    /// begins names opens the name ("the village of Abu Khatir", whose "Abu" alone is a town in
    /// India). A village it has is that village ("the village of Abu Hamam", curated).
    @Test func villagesTheGazetteerLacksAreNamed() throws {
        let r = try TestParser.parse("ISIS controls the towns of Hajin, al-Hari and Gharanij in Deir ez-Zor province. Clashes hit the village of Abu Khatir in Syria.")
        #expect(r.mentions.contains { $0.text == "al-Hari" && $0.resolution == nil }, "\(summary(r))")
        #expect(r.mentions.contains { $0.text == "Abu Khatir" && $0.resolution == nil }, "\(summary(r))")
        #expect(r.mentions.first { $0.text == "Gharanij" }?.resolution?.place.country == "SY", "\(summary(r))")
        let h = try TestParser.parse("Clashes hit the village of Abu Hamam in Syria.")
        #expect(h.mentions.first { $0.text == "Abu Hamam" }?.resolution?.place.id.rawValue == "frontline:abu-hamam", "\(summary(h))")
    }

    /// A bearing from a post at a place is the place's: "north-east of the US outpost at al-Tanf",
    /// "east of the Russian base at Hmeimim".
    @Test func bearingFromAPostIsThePlaces() throws {
        let r = try TestParser.parse("The camp lies about 400 kilometers north-east of the US outpost at al-Tanf in Syria. Jets struck 50 km east of the Russian base at Hmeimim.")
        #expect(r.mentions.first { $0.text == "US" }?.relation == nil, "\(summary(r))")
        #expect(r.mentions.first { $0.text == "al-Tanf" }?.relation == "northeast", "\(summary(r))")
        #expect(r.mentions.first { $0.text == "Hmeimim" }?.relation == "east", "\(summary(r))")
    }

    /// A town of a list that no other town of its country is named after keeps its place, however
    /// far from the list's others it lies: "talks in Ghadames and Sirte".
    @Test func aTownOfItsOwnNameInAList() throws {
        let r = try TestParser.parse("Talks were held in Ghadames and Sirte, Libya.")
        #expect(r.mentions.first { $0.text == "Ghadames" }?.resolution?.place.country == "LY", "\(summary(r))")
    }

    /// An airport named after a town the gazetteer lacks by that name names the town ("Kandahar
    /// Airport"); one named after a person does not name the hamlet of that name ("Atatürk
    /// International Airport"), and one the gazetteer has is found whole.
    @Test func airportsNamedAfterTowns() throws {
        let r = try TestParser.parse("Taliban fighters took Kandahar Airport and Mazar-i-Sharif Airport. The Damascus International Airport stayed open. Flights left Atatürk International Airport.")
        #expect(r.mentions.map(\.text) == ["Kandahar", "Mazar-i-Sharif", "Damascus International Airport"], "\(summary(r))")
        #expect(r.mentions.first?.resolution?.place.country == "AF", "\(summary(r))")
    }

    /// "the southern districts of Tripoli" are Tripoli's south, not a district of the name (Lebanon
    /// has one); "the districts of Ana, Rawa and Qaim" stay a list of towns.
    @Test func districtsOfATown() throws {
        let r = try TestParser.parse("Haftar's forces laid mines in the southern districts of Tripoli before withdrawing from Libya's capital.")
        #expect(r.mentions.first.map { ($0.resolution?.place.country, $0.qualifier) } ?? (nil, nil) == ("LY", "south"), "\(summary(r))")
    }

    /// Claims of area: a country a size is measured by votes for no focus ("an area the size of
    /// Belgium"); "the administrative border of Deir ez-Zor" is the province's; "the oil-rich east
    /// of Syria" and "Syria's vast east" are parts of Syria.
    @Test func claimsOfArea() throws {
        let r = try TestParser.parse("ISIS held an area the size of Belgium in Syria. The army reached the administrative border of Deir ez-Zor. The race for the oil-rich east of Syria and Syria's vast east began.")
        #expect(r.focus == ["SY"], "\(r.focus)")
        #expect(r.mentions.first { $0.text == "Deir ez-Zor" }?.resolution?.place.kind == .admin1, "\(summary(r))")
        #expect(r.mentions.filter { $0.resolution?.place.country == "SY" && $0.qualifier == "east" && $0.relation == nil }.count == 2, "\(summary(r))")
    }

    /// A headline's capitals make no name of English words by a transliteration key ("A DAY-BY-DAY
    /// GUIDE" is no Dubai), nor does a possessive's "S" start one ("IRAQ'S WAR IN" is no Shūrīn).
    @Test func headlineWordsAreNoKeys() throws {
        let r = try TestParser.parse("A DAY-BY-DAY GUIDE TO THE FALL OF MOSUL\nIRAQ'S WAR IN 10 PLACES\nIraqi forces entered Mosul in Iraq.")
        #expect(r.mentions.map(\.text) == ["MOSUL", "IRAQ", "Mosul", "Iraq"], "\(summary(r))")
    }

    /// A name before a middle initial and a surname is a given name: "Lolita C. Baldor" names no
    /// Lolita, Texas, and "Patrick J. Sullivan" no Patrick (a sheading of the Isle of Man) nor
    /// Patrick County; "Charleston, W. Va." keeps its state.
    @Test func givenNamesBeforeAnInitial() throws {
        let r = try TestParser.parse("By Lolita C. Baldor. Officials in Ohio said it. Patrick J. Sullivan said Springfield will pay, as did Charleston, W. Va.")
        #expect(!r.mentions.contains { $0.text == "Lolita" || $0.text == "Patrick" }, "\(summary(r))")
        #expect(r.mentions.contains { $0.text == "W. Va." }, "\(summary(r))")
    }

    /// A town before its state's abbreviation written with periods and no comma ("Charleston W.
    /// Va.", "Fresno Calif.") is the town in that state, not a given name before a capitalised word.
    @Test func townBeforeItsStatesAbbreviation() throws {
        let r = try TestParser.parse("The flood reached Charleston W. Va. on Monday, and the fire Fresno Calif. a day later.")
        let charleston = try #require(r.mentions.first { $0.text == "Charleston" }, "\(summary(r))")
        #expect(charleston.resolution?.place.country == "US" && charleston.resolution?.place.admin1Code == "WV", "\(summary(r))")
        #expect(r.mentions.contains { $0.text == "W. Va." }, "\(summary(r))")
        #expect(r.mentions.first { $0.text == "Fresno" }?.resolution?.place.admin1Code == "CA", "\(summary(r))")
        // (A given name before a middle initial stays one.)
        let person = try TestParser.parse("Patrick J. Sullivan said the roads were closed.")
        #expect(!person.mentions.contains { $0.text == "Patrick" }, "\(summary(person))")
    }

    /// A direction after a country's possessive says where a province lies, not which part of it:
    /// "Syria's northwestern Idlib province" has no qualifier, where "western Iraq" keeps one.
    @Test func directionAfterAPossessiveLocates() throws {
        let r = try TestParser.parse("A US raid hit a house in Syria's northwestern Idlib province. ISIS holds western Iraq.")
        #expect(r.mentions.first { $0.text == "Idlib province" }?.qualifier == nil, "\(summary(r))")
        #expect(r.mentions.first { $0.text == "western Iraq" }?.qualifier == "west", "\(summary(r))")
    }

    /// "outside Manbij", "opposite Albu Kamal" and "across the river from Albukamal" are near the
    /// town; "from outside Syria" is elsewhere, and "outside Oakland police headquarters" is at the
    /// building.
    @Test func besideATown() throws {
        let r = try TestParser.parse("Troops hold a position outside Manbij and the border town opposite Albu Kamal, across the river from Albukamal. Fighters from outside Syria came. Flowers piled up outside Oakland police headquarters in California.")
        #expect(r.mentions.filter { $0.relation == "near" }.map(\.text) == ["Manbij", "Albu Kamal", "Albukamal"], "\(summary(r))")
    }

    /// A town the text puts in a country is no namesake abroad that only shares its transliteration
    /// key ("Barisha, in Syria's northwestern Idlib province" is no Isparta, Turkey); "the Shekhan
    /// district of Nineveh" is in Nineveh (not Seyhan, Adana, a district by key).
    @Test func placedInAnArea() throws {
        let r = try TestParser.parse("He was killed in a raid in Barisha, in Syria's northwestern Idlib province.")
        #expect(r.mentions.first { $0.text == "Barisha" }.map { $0.resolution == nil } == true, "\(summary(r))")
        let d = try TestParser.parse("Yazidis fled to camps in the Shekhan district of Nineveh, Iraq.")
        #expect(d.mentions.first?.resolution?.place.country == "IQ", "\(summary(d))")
    }

    /// An Arabic compound name of a small town abroad, in a text about the Arabic-speaking world,
    /// is a place there the gazetteer lacks: named without a place ("Abu al-Hassan" is no Abou el
    /// Hassan, Algeria).
    @Test func arabicCompoundsAbroadAreNamed() throws {
        let r = try TestParser.parse("Clashes erupted in Abu al-Hassan and Ein Hamam, east of Deir ez-Zor in Syria.")
        #expect(r.mentions.filter { $0.resolution == nil }.map(\.text) == ["Abu al-Hassan", "Ein Hamam"], "\(summary(r))")
    }

    /// An agency that credits a story in brackets is no place ("(Fars)", "(Mehr)"), nor a channel
    /// after "in an interview with"; "Fars province" stays the province.
    @Test func agenciesInBrackets() throws {
        let r = try TestParser.parse("Iran's adviser said the army took Arak in Homs (Fars). In an interview with Al Mayadeen, he said Syria won. (Mehr) Shiraz, in Fars province, is calm.")
        #expect(r.mentions.map(\.text) == ["Iran", "Arak", "Homs", "Syria", "Shiraz", "Fars province"], "\(summary(r))")
        #expect(r.mentions.first { $0.text == "Arak" }?.resolution?.place.country == "SY", "\(summary(r))")
    }

    /// "airport" in lower case joins a name the gazetteer has an airport or air base of by the whole
    /// phrase ("the Deir ez-Zor airport", "the Hamdan airport", a word it knows only so); any other
    /// town's airport stays the town ("the Palmyra airport").
    @Test func airportsInLowerCase() throws {
        let r = try TestParser.parse("ISIS shelled the Deir ez-Zor airport and the Hamdan airport near Albu Kamal, while the Palmyra airport was quiet in Syria.")
        #expect(r.mentions.map(\.text) == ["Deir ez-Zor airport", "Hamdan airport", "Albu Kamal", "Palmyra", "Syria"], "\(summary(r))")
        #expect(r.mentions.prefix(2).allSatisfy { $0.resolution?.place.kind == .airport }, "\(summary(r))")
    }
}
