import Gazetteer
import Geoparser
import Testing

/// Names listed together are places of one kind, even in a text about a country that has towns
/// of those names; a town and its area named apart read together. Texts written for these tests.
@Suite struct ListedAreaTests {
    /// A report on the United States names Mexico, Missouri, and China, Maine, no more than
    /// Mexico and China when it lists them with other countries.
    @Test func countriesListedTogetherAreCountries() throws {
        let r = try TestParser.parse("""
            Health officials in Atlanta, Georgia, and in Raleigh, North Carolina, said the United States had 60 cases. \
            Officials in Mexico, China, Japan and Brazil also reported cases, as did Spain and Italy.
            """)
        for name in ["Mexico", "China", "Japan", "Brazil", "Spain", "Italy"] {
            let m = try #require(r.mentions.first { $0.text == name }, "\(name) not found: \(r.mentions.map(\.text))")
            #expect(m.resolution?.place.kind == .country, "\(name): \(m.resolution?.place.name ?? "-") \(m.resolution?.place.country ?? "-")")
        }
        // The US state stays a state.
        #expect(r.mentions.first { $0.text == "Georgia" }?.resolution?.place.country == "US")
    }

    /// A name listed among first-level areas of another country is that country's area: Ontario
    /// among Canada's provinces, not Ontario, California, in a report on the United States.
    @Test func areaListedAmongAnotherCountrysAreas() throws {
        let r = try TestParser.parse("""
            Clinics in Ohio, Texas, Oregon and California in the United States saw new cases this week; in Canada, \
            cases turned up in Manitoba, New Brunswick, Ontario, Alberta and British Columbia.
            """)
        let ontario = try #require(r.mentions.first { $0.text == "Ontario" }?.resolution?.place)
        #expect(ontario.kind == .admin1 && ontario.country == "CA", "\(ontario.name) \(ontario.country)")
    }

    /// A town and the first-level area that holds it, each among its name's best few readings,
    /// read together: "Alexandria" and "Virginia" are Alexandria and the state, though alone they
    /// are Alexandria, Egypt, and Virginia, Free State, and the text names them apart.
    @Test func townAndItsAreaNamedApartReadTogether() throws {
        let r = try TestParser.parse("Alexandria police arrested a man on Monday. He will be transferred to Virginia next month, and detectives in Alexandria said a trial would follow.")
        for m in r.mentions {
            #expect(m.resolution?.place.country == "US", "\(m.text): \(m.resolution?.place.name ?? "-") \(m.resolution?.place.country ?? "-")")
        }
        #expect(r.mentions.first { $0.text == "Virginia" }?.resolution?.place.kind == .admin1)
        #expect(r.mentions.count == 3)
    }

    /// A country named like an English word stays the country in a report on the United States,
    /// not a small namesake there that the keep rules would drop as the word ("China", Maine).
    @Test func countryNamedLikeAWordStaysTheCountry() throws {
        let r = try TestParser.parse("Health officials in Atlanta, Georgia, and Raleigh, North Carolina, said the United States recalled pet food made with wheat gluten imported from China.")
        #expect(r.mentions.first { $0.text == "China" }?.resolution?.place.kind == .country, "\(r.mentions.map(\.text))")
    }

    /// A name after a town and a comma that is several areas is the one that holds the town:
    /// "Columbus, Georgia" and "Athens, Georgia" are the US state (and the towns in it), "Tbilisi,
    /// Georgia" the country; "Lahore, Punjab" is Pakistan's province and "Ludhiana, Punjab"
    /// India's; "GOMA, Congo" is the Democratic Republic.
    @Test func areaAfterCommaHoldsTheTownBefore() throws {
        func read(_ text: String) throws -> [(String, String, String)] {
            try TestParser.parse(text).mentions.map { ($0.text, $0.resolution?.place.country ?? "-", $0.resolution?.place.kind.rawValue ?? "-") }
        }
        let columbus = try read("He grew up in Columbus, Georgia, and studied in Athens, Georgia.")
        #expect(columbus.allSatisfy { $0.1 == "US" }, "\(columbus)")
        #expect(columbus.filter { $0.0 == "Georgia" }.allSatisfy { $0.2 == "admin1" }, "\(columbus)")
        let tbilisi = try read("Protesters gathered in Tbilisi, Georgia, on Sunday.")
        #expect(tbilisi.allSatisfy { $0.1 == "GE" } && tbilisi.contains { $0.0 == "Georgia" && $0.2 == "country" }, "\(tbilisi)")
        let punjab = try read("Floods hit Lahore, Punjab, and Ludhiana, Punjab, on Monday.")
        #expect(punjab.map(\.1) == ["PK", "PK", "IN", "IN"], "\(punjab)")
        let goma = try read("GOMA, Congo (AP) — Rebels said they had seized the city.")
        #expect(goma.map(\.1) == ["CD", "CD"], "\(goma)")
    }

    /// A town the text puts in an area that has none of its name is named without a place, not a
    /// namesake abroad: "Stroud, Ontario, Canada" (read from the last pair: the province in
    /// Canada, then the town in the province), "the Midlands in England"; a namesake in the area is
    /// taken ("Belgrade in central Minnesota"). States listed together stay states, and an
    /// abbreviation at the end of a text still names its state and votes for its country.
    @Test func townsInTheAreaTheTextPutsThemIn() throws {
        func read(_ text: String) throws -> [String: (String, String)] {
            var out: [String: (String, String)] = [:]
            for m in try TestParser.parse(text).mentions { out[m.text] = (m.resolution?.place.country ?? "-", m.resolution?.place.kind.rawValue ?? "-") }
            return out
        }
        let stroud = try read("His truck was pulled over on Provincial Highway 11 in Stroud, Ontario, Canada.")
        #expect(stroud["Stroud"]?.0 == "-" && stroud["Ontario"]?.0 == "CA" && stroud["Ontario"]?.1 == "admin1", "\(stroud)")
        let england = try read("Two nurses with the NHS West Midlands in England were taken ill with the infection last week.")
        // (The capitalised direction is the mention's: "West Midlands", with no place.)
        #expect(england["England"]?.0 == "GB" && england["West Midlands"]?.0 == "-", "\(england)")
        let belgrade = try read("Volunteers reopened the old library in Belgrade in central Minnesota last spring.")
        #expect(belgrade["Belgrade"]?.0 == "US", "\(belgrade)")
        let states = try read("Flu activity stayed low this week in Maine, Idaho, Illinois, Delaware, Colorado and Arkansas.")
        for state in ["Arkansas", "Colorado", "Delaware", "Idaho", "Illinois", "Maine"] {
            #expect(states[state]?.0 == "US" && states[state]?.1 == "admin1", "\(state): \(states)")
        }
        let r = try TestParser.parse("The lab is on Long Island, N.Y.\n")
        #expect(r.mentions.map(\.text) == ["Long Island", "N.Y."] && r.focus == ["US"], "\(r.mentions.map(\.text)) \(r.focus)")
    }

    /// One name, one place: a town the text puts in a province named with its word, where the
    /// gazetteer has none of its name, is named without a place however large its namesake abroad
    /// ("the town of Valencia in Cabo Delgado province", a made-up village, is not the Spanish
    /// city), and so is the name said again alone ("fled from Valencia"), whatever country its
    /// namesake lends the focus.
    @Test func oneNameOnePlace() throws {
        let r = try TestParser.parse("Insurgents attacked the town of Valencia in Cabo Delgado province on Wednesday, and thousands fled from Valencia to Pemba by boat.")
        let towns = r.mentions.filter { $0.text == "Valencia" }
        #expect(towns.count == 2 && towns.allSatisfy { $0.resolution == nil }, "\(towns.map { $0.resolution?.place.country ?? "-" })")
        #expect(r.mentions.first { $0.text == "Pemba" }?.resolution?.place.country == "MZ")
    }

    /// So with any area's kind word after a first-level area ("state", "region", "oblast"): the
    /// town is named without a place, not its large namesake abroad, and votes for the area's
    /// country, not the namesake's ("the village of Tripoli in Borno state" is about Nigeria).
    @Test(arguments: [
        ("Gunmen raided the village of Tripoli in Borno state, residents said.", "Tripoli", "NG"),
        ("Troops retook the village of Kingston in Donetsk oblast, officials said.", "Kingston", "UA"),
        ("Al-Shabaab fighters attacked the village of Medina in Gedo region on Monday.", "Medina", "SO"),
    ])
    func townInAnAreaNamedWithItsWord(text: String, town: String, country: String) throws {
        let r = try TestParser.parse(text)
        let m = try #require(r.mentions.first { $0.text == town })
        #expect(m.resolution == nil, "\(m.resolution?.place.country ?? "-")")
        #expect(r.focus == [country], "\(r.focus)")
    }

    /// A one-word name whose only places are small towns outside the text's countries is a word,
    /// unless the text says it is a place: then it is named without a place ("the town of Mahas
    /// in Somalia" is a town the gazetteer lacks, not Māḩiş, Jordan); said without a kind word
    /// it is no mention ("near Mahas").
    @Test func smallTownAbroadSaidToBeAPlace() throws {
        let r = try TestParser.parse("Militants seized the town of Mahas in Somalia on Wednesday.")
        let m = try #require(r.mentions.first { $0.text == "Mahas" })
        #expect(m.resolution == nil, "\(m.resolution?.place.country ?? "-")")
        #expect(r.focus == ["SO"])
        let bare = try TestParser.parse("Clashes were reported near Mahas in Somalia on Wednesday.")
        #expect(!bare.mentions.contains { $0.text == "Mahas" })
    }

    /// "the region of X" and "the district of X" name the area of the name, where the gazetteer
    /// has one, as "province of" does; not where a country bears the name ("the resource-rich
    /// region of Syria").
    @Test(arguments: [
        ("Saudi troops fired at targets in the southwestern region of Jizan.", "southwestern region of Jizan", PlaceKind.admin1),
        ("Warplanes bombed the district of Razih near the border.", "Razih", PlaceKind.admin2),
        ("Troops entered the district of Sinjar on Monday.", "Sinjar", PlaceKind.admin2),
        ("Fighters massed in the resource-rich region of Syria.", "Syria", PlaceKind.country),
    ])
    func areaNounBeforeOf(text: String, name: String, kind: PlaceKind) throws {
        let r = try TestParser.parse(text)
        let m = try #require(r.mentions.first { $0.text == name }, "\(r.mentions.map(\.text))")
        #expect(m.resolution?.place.kind == kind, "\(m.resolution?.place.name ?? "-")")
    }

    /// A plural kind word and "of" before a list gives every name in it that kind ("the provinces
    /// of Latakia, Hama and Aleppo" are three provinces, not their cities), and a plural after a
    /// list of qualified names does too ("eastern Homs and southern Raqqa provinces"). An area
    /// larger than the kind after "of" holds such places instead: "the provinces of Iraq", "the
    /// towns of western Anbar", "Kilis and Hatay provinces of Turkey".
    @Test func pluralKindOfAList() throws {
        let r = try TestParser.parse("""
            Clashes were reported in the provinces of Latakia, Hama and Aleppo. ISIS holds desert areas in \
            eastern Homs and southern Raqqa provinces. The regions of Donetsk and Luhansk were annexed. Rebels \
            hold the provinces of northern Aleppo and southern Idlib.
            """)
        let kinds = r.mentions.map { "\($0.text):\($0.resolution?.place.kind.rawValue ?? "-")" }
        #expect(kinds == [
            "Latakia:admin1", "Hama:admin1", "Aleppo:admin1", "eastern Homs:admin1", "southern Raqqa:admin1",
            "Donetsk:admin1", "Luhansk:admin1", "northern Aleppo:admin1", "southern Idlib:admin1",
        ], "\(kinds)")
        #expect(r.mentions.first { $0.text == "southern Raqqa" }?.qualifier == "south")
        let held = try TestParser.parse("""
            Fighting spread across the provinces of Iraq. Aid reached the towns of Syria and Lebanon, and the \
            towns of western Anbar. Kilis and Hatay provinces of Turkey were shelled. The army took the cities \
            of Raqqa and Mosul, Iraq.
            """)
        let heldKinds = held.mentions.map { "\($0.text):\($0.resolution?.place.kind.rawValue ?? "-")" }
        #expect(heldKinds == [
            "Iraq:country", "Syria:country", "Lebanon:country", "western Anbar:admin1", "Kilis:admin1", "Hatay:admin1",
            "Turkey:country", "Raqqa:city", "Mosul:city", "Iraq:country",
        ], "\(heldKinds)")
    }

    /// A kind a list gives its names holds for common words and generic nouns too: "Bay and
    /// Bakool regions" are two Somali regions, and "Heath" among "the three Licking County cities
    /// of Pataskala, Heath and Newark" is the Ohio town; a direction stays a direction ("the
    /// province of Western Kasai" names Kasai once, qualified).
    @Test func listKindsHoldForCommonWords() throws {
        let r = try TestParser.parse("Troops fought in Bay and Bakool regions around Baidoa. Cases rose in the province of Western Kasai.")
        let found = r.mentions.map { "\($0.text):\($0.resolution?.place.kind.rawValue ?? "-"):\($0.resolution?.place.country ?? "-")" }
        #expect(found == ["Bay:admin1:SO", "Bakool:admin1:SO", "Baidoa:city:SO", "Western Kasai:admin1:CD"], "\(found)")
        let ohio = try TestParser.parse("Home prices climbed across the three Licking County cities of Pataskala, Heath and Newark, Ohio officials said.")
        let heath = try #require(ohio.mentions.first { $0.text == "Heath" }?.resolution?.place, "\(ohio.mentions.map(\.text))")
        #expect(heath.country == "US" && heath.kind == .city)
    }

    /// A name that a town and its area share, listed beside a name that is only an area, is the
    /// area: "from Kunduz, Takhar and Baghlan" are three provinces, and so is Hama in "the
    /// countryside of Idlib and Hama"; a list of towns stays towns.
    @Test func nameListedBesideAnAreaOnlyIsTheArea() throws {
        let af = try TestParser.parse("The Taliban advanced from Kunduz, Takhar and Baghlan.")
        #expect(af.mentions.map { $0.resolution?.place.kind } == [.admin1, .admin1, .admin1], "\(af.mentions.map { "\($0.text) \($0.resolution?.place.kind.rawValue ?? "-")" })")
        let sy = try TestParser.parse("The Observatory reported shelling in the countryside of Idlib and Hama.")
        #expect(sy.mentions.first { $0.text == "Hama" }?.resolution?.place.kind == .admin1, "\(sy.mentions.map(\.text))")
        let iq = try TestParser.parse("Bombs hit Mosul, Kirkuk and Baghdad.")
        #expect(iq.mentions.allSatisfy { $0.resolution?.place.kind == .city }, "\(iq.mentions.map { "\($0.text) \($0.resolution?.place.kind.rawValue ?? "-")" })")
    }
}
