import Gazetteer
import Geoparser
import Testing

/// The place-or-not rules that tell people, groups and stray alternates from places, and coherence
/// between ambiguous names. Texts written for these tests.
@Suite struct LookAlikeTests {
    func texts(_ text: String) throws -> [String] {
        try TestParser.parse(text, GeoparseOptions(demonyms: true, embedded: true)).mentions.map(\.text)
    }

    /// A day named for a saint names no place ("St. Patrick's Day" is not Patrick County), nor does
    /// a coast in a national coast guard's name. A town named three times is the place a paper is
    /// about, though it also says "Irish" three times: the demonyms neither lead the focus over the
    /// town's country nor make the town one place among others to set aside.
    @Test func saintsDaysAndTheTownAPaperIsAbout() throws {
        let t = try texts("""
            Rock Hill holds its St. Pat's weekend from today. For St. Patrick's Day, McHale's Irish tavern puts up a \
            tent on Rock Hill's Main Street, with Irish step dancing on a flatbed stage and an Irish fiddle group \
            playing until late. Rock Hill police will close four blocks. A Canadian Coast Guard choir cancelled its visit.
            """)
        #expect(t == ["Rock Hill", "Irish", "Rock Hill", "Irish", "Irish", "Rock Hill", "Canadian"], "\(t)")
        let r = try TestParser.parse("Irish dancers, Irish music and Irish stew: St. Patrick's Day came to Rock Hill, and Rock Hill loved it. Rock Hill will do it again.", GeoparseOptions(demonyms: true))
        #expect(r.focus.first == "US", "\(r.focus)")
    }

    /// A first-level area abroad named as part of a person's name is the person's, and so is the
    /// village the name would resolve to: "Keith Paul" is neither Paul, Cape Verde, nor Paul,
    /// Idaho; "Michael Keenan" is no Manx parish. A first-level area of the text's country stays.
    @Test func firstLevelAreasInPeoplesNames() throws {
        let t = try texts("""
            On Monday, council members Rick Gerber and Michael Keenan met in Henderson, Kentucky. Keith Paul, a police \
            spokesman in Henderson, said Virginia Smith had moved to Ohio.
            """)
        #expect(!t.contains("Michael") && !t.contains("Paul"), "\(t)")
        #expect(t.contains("Henderson") && t.contains("Kentucky") && t.contains("Ohio"), "\(t)")
    }

    @Test func peopleAreNotPlaces() throws {
        // A surname after a middle initial; a single name before a verb of speaking.
        let t = try texts("Derek D. Moore met voters in Tulsa, Oklahoma. Jennings said the meeting went well.")
        #expect(!t.contains("Moore") && !t.contains("Jennings"), "\(t)")
        #expect(t.contains("Tulsa") && t.contains("Oklahoma"))
    }

    /// A name the text plainly gives a place ("met in Charleston on Tuesday") stays a place
    /// wherever it stands alone, though a club named after it ("Charleston Gold Dome Lions Club")
    /// read as a person's name; a person's name after "in" before a noun ("in Fairfield hearing",
    /// a defendant's) is no such place.
    @Test func placeSaidPlainlyOutweighsAPersonsName() throws {
        let club = try texts("The Charleston Gold Dome Lions Club raised $5,000 for its sight programs. Members met in Charleston on Tuesday, and Charleston police closed two streets.")
        #expect(club.filter { $0 == "Charleston" }.count >= 2, "\(club)")
        let hearing = try texts("New twist develops in Fairfield hearing. Lawyers for Elizabeth Fairfield said on Monday that Fairfield would not plead guilty.")
        #expect(!hearing.contains("Fairfield"), "\(hearing)")
    }

    /// A name that only matched an unrelated alternate of its best place (Rogers Park, Chicago,
    /// once called Rogersville) is the namesake it fits next to the places the text names.
    @Test func namesakeNearTheTextsPlacesReplacesAnUnfitAlternate() throws {
        let r = try TestParser.parse("Voters east of Springfield, Missouri, approved the bond. Classes in Rogersville start in August, and the district will also serve Greene County families.")
        let place = try #require(r.mentions.first { $0.text == "Rogersville" }?.resolution?.place, "\(r.mentions.map(\.text))")
        #expect(place.name == "Rogersville" && place.country == "US" && place.admin1Code == "MO", "\(place.name) \(place.admin1Code)")
    }

    /// A short word that names a place only by an alternate unlike its name is a name: "Jin" (an
    /// otter) is not Tsu, Japan; a spelling of a place's name stays it ("Ana" is ‘Anah, Iraq).
    @Test func shortAlternatesUnlikeTheNameAreNames() throws {
        let otter = try texts("Jin, the otter who escaped from the Auckland Zoo last month, has been found alive. Jin was hungry.")
        #expect(!otter.contains("Jin") && otter.contains("Auckland"), "\(otter)")
        let towns = try TestParser.parse("Iraqi troops entered Haditha, Ana and Rawa in western Anbar.")
        #expect(towns.mentions.first { $0.text == "Ana" }?.resolution?.place.country == "IQ", "\(towns.mentions.map(\.text))")
        // Another romanisation of an Arabic name, which keys as the name does: "Hol" is al-Hawl.
        let hol = try TestParser.parse("The offensive was launched from the Hol area near the Iraqi border in Hasaka province.")
        #expect(hol.mentions.first { $0.text == "Hol" }?.resolution?.place.id.rawValue == "geonames:173797", "\(hol.mentions.map(\.text))")
    }

    @Test func institutionsAfterAPlaceKeepThePlace() throws {
        let r = try TestParser.parse("The Cottonport Fire Station flooded, and crews came from Marksville, La.")
        let cottonport = try #require(r.mentions.first { $0.text == "Cottonport" })
        #expect(cottonport.resolution?.place.country == "US")
    }

    @Test func armedGroupsAreNotPlaces() throws {
        let t = try texts("Hamas and Hezbollah fighters met the Taliban envoy in Doha and Beirut.")
        #expect(!t.contains("Hamas") && !t.contains("Hezbollah") && !t.contains("Taliban"), "\(t)")
        #expect(t.contains("Doha") && t.contains("Beirut"))
        // Spelt either way; with the article cut, "Shabab" alone names a village in Iran.
        #expect(try texts("Al-Shabab and al-Shabaab militants attacked a base near Mogadishu.") == ["Mogadishu"])
    }

    /// A place right after "Islamic State" names one of its branches ("Islamic State Sahel
    /// Province", "Islamic State Somalia", "the Islamic State in the Greater Sahara"): part of the group's name, reported only as embedded.
    /// The group in a place stays a place ("held by Islamic State in Iraq").
    @Test func islamicStateBranchesAreNotPlaces() throws {
        func plain(_ text: String) throws -> [String] { try TestParser.parse(text).mentions.map(\.text) }
        #expect(try plain("Islamic State Sahel Province claimed the attack near Menaka in Mali.") == ["Menaka", "Mali"])
        #expect(try plain("Islamic State Somalia fighters attacked Bosaso.") == ["Bosaso"])
        let embedded = try TestParser.parse("Islamic State Somalia fighters attacked Bosaso.", GeoparseOptions(embedded: true))
        #expect(embedded.mentions.first { $0.text == "Somalia" }?.role == "embedded", "\(embedded.mentions.map(\.text))")
        #expect(try plain("Territory held by Islamic State in Iraq shrank.") == ["Iraq"])
        // So is "the Greater Sahara" in the name of the branch there; the group in the Sahara is not.
        #expect(try plain("The Islamic State in the Greater Sahara has expanded around Menaka, in Mali.") == ["Menaka", "Mali"])
    }

    /// A state's divisions, legislature and patrols are its bodies: the state in their names is
    /// embedded ("the Florida Division of Forestry", "a Florida Highway Patrol spokeswoman", "the
    /// Texas Legislature"); a language is no town ("ads in English and Spanish" is not English,
    /// Indiana).
    @Test func stateBodiesAndLanguages() throws {
        let r = try TestParser.parse("The Florida Division of Forestry and a Florida Highway Patrol spokeswoman told the Texas Legislature, in English, that roads near Tampa were closed.",
                                     GeoparseOptions(embedded: true))
        #expect(r.mentions.map { "\($0.text):\($0.role)" } == ["Florida:embedded", "Florida:embedded", "Texas:embedded", "Tampa:place"], "\(r.mentions.map(\.text))")
    }

    /// A country before a lower-case word for a part of a country heads a phrase about that part:
    /// "the US state of Texas" names the United States and Texas; "Georgia state", which names a
    /// first-level area too, is the US state; "Kuwait city" is the capital.
    @Test func countryBeforeAPartWord() throws {
        let r = try TestParser.parse("Wikinews spoke to residents of the US state of Texas.")
        #expect(r.mentions.map { "\($0.text):\($0.resolution?.place.kind.rawValue ?? "-")" } == ["US:country", "Texas:admin1"], "\(r.mentions.map(\.text))")
        let georgia = try TestParser.parse("Officials in Atlanta said Georgia state troopers closed the road.")
        #expect(georgia.mentions.first { $0.text.hasPrefix("Georgia") }?.resolution?.place.country == "US", "\(georgia.mentions.map(\.text))")
        let kuwait = try TestParser.parse("Kuwait city was quiet on Friday.")
        #expect(kuwait.mentions.first?.resolution?.place.kind == .city, "\(kuwait.mentions.map(\.text))")
    }

    @Test func abbreviatedNounModifiersAreNotPlaces() throws {
        let t = try texts("The U.S.-led coalition and U.K.-backed units struck near Raqqa, U.S. officials said.")
        #expect(t == ["Raqqa", "U.S."], "\(t)")
    }

    /// An Arabic article cut from a name the gazetteer lacks is no place (it was "Al", an
    /// alternate of Halle, Belgium); the word after it is one only where names are romanised so;
    /// a name found without its article keeps it, and the qualifier before it.
    @Test func articlesCutFromNames() throws {
        let camp = try TestParser.parse("Families were moved to al-Washokani camp.")
        #expect(camp.mentions.isEmpty, "\(camp.mentions.map(\.text))")
        #expect(camp.focus.isEmpty)
        let r = try TestParser.parse("Fighting went on in western al-Raqqa and east of al-Tabqa.")
        let raqqa = try #require(r.mentions.first)
        #expect(raqqa.text == "western al-Raqqa" && raqqa.qualifier == "west" && raqqa.resolution?.place.country == "SY", "\(raqqa)")
        #expect(r.mentions.last?.text == "al-Tabqa" && r.mentions.last?.relation == "east")
        // A word before an article and a capitalised word is part of a person's name.
        let t = try texts("Haider al-Abadi and Abu Bakr al-Baghdadi were named in Mosul.")
        #expect(t == ["Mosul"], "\(t)")
        // So is a word after an article after a capitalised word, the article cut from it.
        let militia = try texts("Asaib Ahl al-Haq and Kataib Hezbollah deployed to Tal Afar.")
        #expect(militia == ["Tal Afar"], "\(militia)")
        // A weekday after a place is a date, not a surname.
        let dated = try texts("Militants attacked Tikrit Tuesday, police said.")
        #expect(dated == ["Tikrit"], "\(dated)")
        // A large city that only shares a transliteration key does not make it a place.
        let assad = try texts("Bashar al-Assad met army officers in Damascus.")
        #expect(assad == ["Damascus"], "\(assad)")
    }

    /// The Persian ezafe joins a name's words like an article: "Mazar-i-Sharif" is one name, not
    /// "Sharif" (a transliteration of Charef, Algeria).
    @Test func ezafeJoinsNames() throws {
        let r = try TestParser.parse("The Taliban advanced on Mazar-i-Sharif, officials said.")
        #expect(r.mentions.map(\.text) == ["Mazar-i-Sharif"], "\(r.mentions.map(\.text))")
        #expect(r.mentions.first?.resolution?.place.country == "AF")
    }

    /// A short capitalised word is an acronym, unless it opens a dateline naming a city.
    @Test func shortDatelinesAreTheirCities() throws {
        let aden = try TestParser.parse("ADEN (AP) — Shelling hit the port on Thursday.")
        #expect(aden.mentions.first?.text == "ADEN" && aden.mentions.first?.resolution?.place.country == "YE", "\(aden.mentions)")
        let hama = try TestParser.parse("Rebels regroup\nHAMA — Fighting went on near the city.")
        #expect(hama.mentions.map(\.text) == ["HAMA"], "\(hama.mentions.map(\.text))")
        // An acronym, and a code that names a town only as an airport would.
        #expect(try texts("UN (AP) — The council met.").isEmpty)
        #expect(try texts("GBI, police arrest suspect in Albany.") == ["Albany"])
        // Not a dateline: a short word later in the text.
        #expect(try texts("Officials said ADEN was calm.").isEmpty)
    }

    @Test func arabicNamesOfGroupsAndOutletsAreNotPlaces() throws {
        // "al-Sham" alone is Damascus; after a capitalised word it ends a group's or a person's name.
        let r = try TestParser.parse("Hayat Tahrir al-Sham and Ahrar al-Sham fighters clashed near Idlib, Al Jazeera reported from Doha.")
        #expect(r.mentions.map(\.text) == ["Idlib", "Doha"], "\(r.mentions.map(\.text))")
    }

    @Test func namesEndingInKindPhrases() throws {
        let r = try TestParser.parse("SDF fighters seized the al-Omar oil field, and US troops stayed at Ain al-Asad air base.")
        #expect(r.mentions.map(\.text) == ["al-Omar oil field", "US", "Ain al-Asad air base"], "\(r.mentions.map(\.text))")
        #expect(r.mentions.first?.resolution?.place.id.rawValue == "frontline:al-omar-oil-field")
    }

    @Test func namesThatStartWithADemonym() throws {
        // "Syrian" alone is a demonym, but "Syrian Desert" is a region; "Syrian Democratic Forces" stays a group.
        let r = try TestParser.parse("The Syrian Democratic Forces and Syrian troops raced across the Syrian Desert toward Palmyra.")
        #expect(r.mentions.map(\.text) == ["Syrian Desert", "Palmyra"], "\(r.mentions.map(\.text))")
        #expect(r.mentions.first?.resolution?.place.id.rawValue == "frontline:syrian-desert")
    }

    @Test func barePlaceNamesAreNotRivers() throws {
        // "in Jordan" is the country; "the Jordan" and "the Jordan River" the river. A name with a
        // lower-case kind word is found whole ("the Nasib crossing").
        let r = try TestParser.parse("In Jordan, King Abdullah discussed the Nasib crossing with officials in Amman and Damascus.")
        #expect(r.mentions.first { $0.text == "Jordan" }?.resolution?.place.kind == .country)
        #expect(r.mentions.first { $0.text == "Nasib crossing" }?.resolution?.place.id.rawValue == "frontline:nasib-crossing")
        let river = try TestParser.parse("Pilgrims waded into the Jordan near Jericho, east of Jerusalem.")
        #expect(river.mentions.first { $0.text == "Jordan" }?.resolution?.place.kind == .river)
    }

    @Test func unknownRiverAbroadIsNamedNotResolved() throws {
        // The gazetteer has no Sajur river; the town of Sājūr is in Israel, far from this report.
        let r = try TestParser.parse("In Syria, the Manbij council said it repelled an attack near the Sajur river, north of Aleppo.")
        let sajur = try #require(r.mentions.first { $0.text == "Sajur river" })
        #expect(sajur.resolution == nil)
        #expect(r.mentions.first { $0.text == "Aleppo" }?.resolution?.place.country == "SY")
        // Nor does the town cast a focus vote for Israel, which would keep it as the river where
        // the text names few other places; a town whose own name holds the word still votes.
        let few = try TestParser.parse("Kurdish forces dug in along the Sajur river west of the Euphrates.")
        #expect(few.mentions.first { $0.text == "Sajur river" }.map { $0.resolution == nil } == true, "\(few.mentions.map { $0.resolution?.place.country ?? "-" })")
        #expect(few.focus == ["SY"], "\(few.focus)")
        let town = try TestParser.parse("Representative Dahl, R-Elbow Lake, spoke at the hearing on Tuesday.")
        #expect(town.mentions.first { $0.text == "Elbow Lake" }?.resolution?.place.country == "US")
        // So are mountains named like an area abroad, which hold no town the text puts in them and
        // leave the town no lone place: "Zintan in the Western Mountains" is not in Ghana.
        let range = try TestParser.parse("The GNA holds Zintan in the Western Mountains.")
        #expect(range.mentions.map { "\($0.text):\($0.resolution?.place.country ?? "-")" } == ["Zintan:LY", "Western Mountains:-"], "\(range.mentions.map(\.text))")
        #expect(range.focus == ["LY"], "\(range.focus)")
    }

    @Test func transliterationKeysOnlyForRomanisedNames() throws {
        // "Spina" shares a key with Spain and "Honda" with Hondah, Arizona: keys model Arabic,
        // Persian and Turkish romanisations, not these.
        let t = try texts("Coach Spina and a Honda dealer in Lexington, Kentucky, met Dayr az Zawr refugees.")
        #expect(!t.contains("Spina") && !t.contains("Honda"), "\(t)")
        #expect(t.contains("Lexington") && t.contains("Dayr az Zawr"), "\(t)")
    }

    @Test func loneLookAlikeTownIsDropped() throws {
        // "Michael" names a place on the Isle of Man; nothing else here is there.
        let t = try texts("Michael drove from Dayton to Columbus, Ohio, on Tuesday.")
        #expect(!t.contains("Michael"), "\(t)")
        // A text naming one place only is about it.
        #expect(try texts("Clashes erupted in al-Mayadeen on Friday.") == ["al-Mayadeen"])
    }

    @Test func abbreviationKeepsItsPeriod() throws {
        let r = try TestParser.parse("Officials in Charleston, W.Va., said U.S. aid arrived.")
        #expect(r.mentions.map(\.text) == ["Charleston", "W.Va.", "U.S."])
        let wva = try #require(r.mentions.first { $0.text == "W.Va." })
        #expect(wva.end - wva.start == 5)
    }

    @Test func ambiguousNamesSettleEachOther() throws {
        // Alexandria and Pineville are both in Rapides Parish, Louisiana.
        let r = try TestParser.parse("Flooding closed roads between Alexandria and Pineville, and Rapides Parish opened shelters.")
        let alexandria = try #require(r.mentions.first { $0.text == "Alexandria" }?.resolution?.place)
        let pineville = try #require(r.mentions.first { $0.text == "Pineville" }?.resolution?.place)
        #expect(alexandria.country == "US" && pineville.country == "US")
        #expect(alexandria.admin1Code == pineville.admin1Code, "\(alexandria.name) \(alexandria.admin1Code), \(pineville.name) \(pineville.admin1Code)")
    }

    /// Other names' namesakes abroad do not pull a name away: in a report on Iraq and Syria,
    /// Moscow is the Russian capital (not Moscow Mills, Missouri, though the text names the U.S.),
    /// Washington the American one, and Geneva the Swiss city (Palmyra has namesakes near Geneva,
    /// New York, but the Syrian Palmyra is the plausible one).
    @Test func namesakesAbroadDoNotPullNames() throws {
        let r = try TestParser.parse("""
            Iraqi forces advanced on Tal Afar and Sinjar west of Mosul, and U.S. advisers flew in from Qayyarah, \
            officials in Washington said. In Syria, Raqqa and Deir ez-Zor remain contested. Foreign Minister \
            Sergei Lavrov met his counterpart in Moscow.
            """)
        func country(_ name: String) -> String? { r.mentions.first { $0.text == name }?.resolution?.place.country }
        #expect(country("Moscow") == "RU")
        let washington = r.mentions.first { $0.text == "Washington" }?.resolution?.place
        #expect(washington?.featureCode == "PPLC" && washington?.country == "US", "\(String(describing: washington))")
        let g = try TestParser.parse("""
            The Syrian Observatory for Human Rights, a British-based monitoring group, said fighting continued \
            around Palmyra and the T4 air base. \
            Thousands of civilians fled to Hasakah and to camps near Ain Issa, the United Nations said in Geneva.
            """)
        #expect(g.mentions.first { $0.text == "Geneva" }?.resolution?.place.country == "CH", "\(g.mentions.map(\.text))")
    }

    /// In a report on Syria that also names the United States (a secondary focus), "Washington" is
    /// the capital, not the state, and "Geneva" the Swiss city, not a namesake there; the United
    /// States named first makes them the namesakes ("Bellingham, Washington").
    @Test func secondaryFocusNamesakesGiveWayToCapitalsAndCities() throws {
        let r = try TestParser.parse("""
            Russia, Iran and Turkey agreed in Astana to set up four de-escalation zones in Syria, covering Idlib and Eastern Ghouta. \
            The talks follow a round of negotiations in Geneva that ended without progress. Washington was not party \
            to the deal, and a State Department spokeswoman said the United States had concerns about Iran's role.
            """)
        func place(_ name: String) -> Place? { r.mentions.first { $0.text == name }?.resolution?.place }
        #expect(place("Geneva")?.country == "CH", "\(String(describing: place("Geneva")))")
        #expect(place("Washington")?.featureCode == "PPLC", "\(String(describing: place("Washington")))")
        let us = try TestParser.parse("Ferries from Bellingham, Washington, to Alaska were cancelled, and schools in Spokane and Seattle closed.")
        #expect(us.mentions.first { $0.text == "Washington" }?.resolution?.place.kind == .admin1)
    }

    /// A national capital written by its own name is the capital, though a larger city of its
    /// country has the name as an alternate ("New Delhi" is GeoNames' New Delhi, not Delhi); a
    /// capital abroad does not take a namesake's place so ("Douglas" in a Kansas report is no
    /// Isle of Man town). "Kiev says" is Kyiv, by the spelling English writes, not a person.
    @Test func capitalByItsOwnName() throws {
        let r = try TestParser.parse("Officials in New Delhi said on Tuesday that talks with Pakistan would resume in Islamabad.")
        let delhi = r.mentions.first { $0.text == "New Delhi" }?.resolution?.place
        #expect(delhi?.name == "New Delhi" && delhi?.featureCode == "PPLC", "\(String(describing: delhi))")
        // A capital's English spelling before a verb of speaking is the capital speaking, not a person.
        let kiev = try TestParser.parse("Fighting continued near Shyrokyne. Kiev says the separatist-held area covers a third of the Donbas.")
        #expect(kiev.mentions.first { $0.text == "Kiev" }?.resolution?.place.featureCode == "PPLC", "\(kiev.mentions.map(\.text))")
        let k = try TestParser.parse("Deputies in Douglas and Johnson counties closed roads after the storm, the Kansas Highway Patrol said.")
        #expect(k.mentions.allSatisfy { $0.resolution?.place.country != "IM" }, "\(k.mentions.map { ($0.text, $0.resolution?.place.country) })")
    }

    /// Names near each other in the text count more in coherence: Sinjar beside Tal Afar in the
    /// Iraq paragraph is the Iraqi town, though the Syria paragraph names Idlib province, near
    /// which a Syrian village is called Sinjar too.
    @Test func nearbyNamesWeighMore() throws {
        let r = try TestParser.parse("""
            MOSUL, Iraq (AP) — Iraqi special forces pushed into western Mosul, while militias cut the road \
            between Tal Afar and Sinjar. Families fled south to Qayyarah. In Syria, the Islamic State group \
            still holds Raqqa and Mayadin near the border with Iraq. Turkish troops took al-Bab. Officials in \
            Amman said the Rukban camp had no food. Washington warned Damascus against chemical attacks in \
            Idlib province after the attack on Khan Sheikhoun.
            """)
        let sinjar = try #require(r.mentions.first { $0.text == "Sinjar" }?.resolution?.place)
        #expect(sinjar.country == "IQ", "\(sinjar.name), \(sinjar.country)")
    }

    /// A town GeoNames lists without a population still outranks a namesake across the border that
    /// shares its name only by transliteration key.
    @Test func listedTownWithoutPopulationKeepsItsName() throws {
        let r = try TestParser.parse("Turkish jets struck near Ras al-Ain and Qamishli in Syria's north-east.")
        #expect(r.mentions.first { $0.text == "Ras al-Ain" }?.resolution?.place.country == "SY")
    }

    /// A bare name shared by a province and its seat is the city, even when the other places lie in
    /// the province (which would otherwise win coherence by containing them); the province is named
    /// with its word.
    @Test func bareNameOfAProvinceAndItsSeatIsTheCity() throws {
        let r = try TestParser.parse("""
            Russian forces have captured the village of Krasnohorivka, west of Donetsk, the Russian Defense \
            Ministry said on Tuesday, a claim Ukraine's General Staff denied. Ukrainian troops still hold \
            positions on the northern outskirts of Avdiivka and in parts of Chasiv Yar, east of Kramatorsk. In \
            the south, fighting continued near Robotyne in Zaporizhzhia region, while Kyiv said its drones \
            struck an oil depot in Russia's Belgorod region. The Institute for the Study of War said Moscow now \
            controls about 18 percent of Ukraine, including Crimea, which it annexed in 2014. Around Kharkiv, \
            Russian units pushed towards Vovchansk near the border. Officials in Kherson reported shelling from \
            the eastern bank of the Dnipro River. Shelling was reported across Donetsk region.
            """)
        #expect(r.mentions.first { $0.text == "Donetsk" }?.resolution?.place.kind == .city)
        #expect(r.mentions.first { $0.text == "Donetsk region" }?.resolution?.place.kind == .admin1)
    }

    /// So is a bare name shared by a first-level area and a town of 10,000 or more in it that bears
    /// the name, where GeoNames lists the town as no seat: "Kidal" (40,000 people) is the town, some
    /// 160 km from the region's point; "Daraa" (98,000) the city, and "Menaka" (14,000) the town;
    /// with its word, the area.
    @Test func bareNameOfAnAreaAndItsNamesakeTownIsTheTown() throws {
        let kidal = try TestParser.parse("French troops withdrew from Kidal, Tessalit and Timbuktu.")
        #expect(kidal.mentions.first { $0.text == "Kidal" }?.resolution?.place.kind == .city)
        let daraa = try TestParser.parse("Clashes erupted in Daraa, and later across Daraa province.")
        #expect(daraa.mentions.first { $0.text == "Daraa" }?.resolution?.place.kind == .city)
        #expect(daraa.mentions.first { $0.text == "Daraa province" }?.resolution?.place.kind == .admin1)
        let menaka = try TestParser.parse("Fighters have expanded around Menaka in Mali.")
        #expect(menaka.mentions.first { $0.text == "Menaka" }?.resolution?.place.kind == .city)
        let region = try TestParser.parse("Fighters have expanded across Menaka region in Mali.")
        #expect(region.mentions.first { $0.text == "Menaka region" }?.resolution?.place.kind == .admin1)
    }

    /// A bare name that is a first-level area's own name does not move, for being near the other
    /// names, to a small town outside that area that has the name as an alternate: "al-Jawf" in
    /// a report on Yemen is the governorate, not Jawf al Maqbābah in Abyan.
    @Test func areaByItsOwnNameStaysBesideTownOutsideIt() throws {
        let r = try TestParser.parse("The frontline around Taiz has barely moved, while fighting in al-Bayda and al-Jawf shifted control of several districts of Yemen.")
        let jawf = try #require(r.mentions.first { $0.text == "al-Jawf" }?.resolution?.place)
        #expect(jawf.kind == .admin1 && jawf.country == "YE", "\(jawf.name)")
    }

    /// A single word that names only a second-level area outside the text's countries is no place,
    /// as one naming only a small town there is not: "the Carter Center" in a report on Syria
    /// names no Carter County.
    @Test func bareCountyNameAbroadIsNoPlace() throws {
        let r = try TestParser.parse("Maps by the Carter Center show the government controlling about 60 percent of Syria.")
        #expect(r.mentions.map(\.text) == ["Syria"], "\(r.mentions.map(\.text))")
    }

    /// A direction ends its sentence: it does not qualify the name that starts the next one.
    @Test func qualifiersStayInTheirSentence() throws {
        let r = try TestParser.parse("Jets struck Houthi positions in Sirwah and in Jawf governorate to the north. Yemen's government is based in Aden.")
        let yemen = try #require(r.mentions.first { $0.text.hasSuffix("Yemen") })
        #expect(yemen.text == "Yemen")
        #expect(yemen.qualifier == nil)
    }

    /// An oil field the gazetteer lacks is named with its kind phrase and left unresolved, not put
    /// at a town abroad that shares its name by transliteration key (Sarıyer, Turkey; the Sharara
    /// field, which this test used to name, is now curated).
    @Test func unknownFacilityAbroadIsNamedNotResolved() throws {
        let r = try TestParser.parse("""
            Fighting closed the Sarir oil field, south of Jalu in Libya's east, and the LNA kept Sirte, \
            Benghazi and Tobruk.
            """)
        let field = try #require(r.mentions.first { $0.text.hasPrefix("Sarir") })
        #expect(field.text == "Sarir oil field")
        #expect(field.resolution == nil)
    }

    /// "The village of" asks for a populated place: the curated village of Baghuz, not a Turkish
    /// hamlet that shares its transliteration key.
    @Test func villageHintFindsCuratedVillage() throws {
        let r = try TestParser.parse("The Islamic State lost its last stronghold in Syria, the village of Baghouz, in March 2019.")
        #expect(r.mentions.first { $0.text == "Baghouz" }?.resolution?.place.id.rawValue == "frontline:baghuz")
    }

    /// A mountain or wadi named after a place is named with its word; abroad, the place it is
    /// named after is not it (a Jabal Hermel in a report on Syria is not Hermel, Lebanon; Jabal
    /// al-Zawiya, in Idlib, is the curated highland, not Zawiya, Libya).
    @Test func mountainsAreNamedWithTheirWord() throws {
        let r = try TestParser.parse("""
            Syrian state media said army units had entered Maarat al-Numan, on the M5 highway linking Damascus \
            with Aleppo. Opposition fighters withdrew to positions near Kafranbel and Jabal al-Zawiya.
            """)
        let jabal = try #require(r.mentions.first { $0.text.hasSuffix("Zawiya") })
        #expect(jabal.text == "Jabal al-Zawiya")
        #expect(jabal.resolution?.place.id.rawValue == "frontline:jabal-al-zawiya")
        let hermel = try TestParser.parse("Syrian troops near Damascus and Idlib fought in Jabal Hermel on Friday.")
        let named = try #require(hermel.mentions.first { $0.text.hasSuffix("Hermel") })
        #expect(named.text == "Jabal Hermel" && named.resolution == nil, "\(named)")
        let iraq = try TestParser.parse("In northern Iraq, Yazidi families still live in camps on Mount Sinjar, west of Mosul and Tal Afar.")
        let sinjar = try #require(iraq.mentions.first { $0.text.hasSuffix("Sinjar") })
        #expect(sinjar.text == "Mount Sinjar")
        #expect(sinjar.resolution?.place.country == "IQ")
    }

    /// A place that begins a longer organisation name is not a mention ("Deir ez-Zor Military
    /// Council", "Baghdad Operations Command", "Kurdistan Workers' Party", "the University of Mosul");
    /// a facility's name keeps its place ("Damascus International Airport").
    @Test func organisationsNamedAfterPlaces() throws {
        let r = try TestParser.parse("""
            The Deir ez-Zor Military Council took the village, Baghdad Operations Command reported calm, and Turkey \
            blamed the Kurdistan Workers' Party. The University of Mosul reopened. Israel struck near Damascus \
            International Airport, and fighting went on in Raqqa.
            """)
        let texts = r.mentions.map(\.text)
        #expect(!texts.contains("Deir ez-Zor"), "\(texts)")
        #expect(!texts.contains("Baghdad"))
        #expect(!texts.contains("Kurdistan"))
        #expect(!texts.contains("Mosul"))
        // (The airport is a place of the gazetteer's own now: the whole name.)
        #expect(texts.contains("Damascus International Airport"))
        #expect(texts.contains("Raqqa"))
        // Not across a function word, nor in an upper-case headline.
        let headline = try TestParser.parse("ISLAMIC STATE LOSES GRIP ON EASTERN SYRIA AS ARMY REACHES DEIR EZ-ZOR")
        #expect(headline.mentions.contains { $0.text == "EASTERN SYRIA" }, "\(headline.mentions.map(\.text))")
        let holiday = try TestParser.parse("Rallies on May Day were cancelled in Qamishli and Raqqa.")
        #expect(!holiday.mentions.contains { $0.text.hasPrefix("May") }, "\(holiday.mentions.map(\.text))")
        let embedded = try TestParser.parse("The Deir ez-Zor Military Council took the village.", GeoparseOptions(embedded: true))
        #expect(embedded.mentions.contains { $0.text == "Deir ez-Zor" && $0.role == "embedded" })
    }

    /// A town whose name is also a word is kept outside the text's main country when a place the
    /// text names plainly lies next to it ("entered Hit … in western Anbar" in a report on Syria);
    /// the word stays a word ("a car bomb hit the market"), and at a sentence's start a word unless
    /// a list of its country's places follows ("Hit and Rutba were recaptured").
    @Test func townNamedLikeAWordNearANamedPlace() throws {
        let r = try TestParser.parse("""
            Local sources in al-Mayadeen said the group withdrew towards Albu Kamal. In Mayadin, a car bomb hit \
            the market. Government forces entered Hit on the Euphrates in western Anbar, while militants in \
            al-Bab fled north towards the Turkish border and Raqqa emptied.
            """)
        let hits = r.mentions.filter { $0.text == "Hit" }
        #expect(hits.count == 1, "\(r.mentions.map(\.text))")
        #expect(hits.first?.resolution?.place.country == "IQ")
        // At a sentence's start it is the town when a list of its country's places follows, and
        // a word otherwise ("Hope and Cheney": Cheney, Washington, lies 2,500 km from Hope, Arkansas).
        let list = try TestParser.parse("Iraqi forces pushed west along the Euphrates. Hit and Rutba were recaptured last year, and Hit, Haditha and Rawa are quiet.")
        let listed = list.mentions.filter { $0.text == "Hit" }
        #expect(listed.count == 2 && listed.allSatisfy { $0.resolution?.place.country == "IQ" },
                "\(list.mentions.map { ($0.text, $0.resolution?.place.country) })")
        let people = try TestParser.parse("Hope and Cheney spoke to reporters about Iraq.")
        #expect(!people.mentions.contains { $0.text == "Hope" }, "\(people.mentions.map(\.text))")
        // A town of 10,000 named like a word will do in a romanised-name country the text is about
        // (Mocha, Yemen: 17,000), not in others ("Commerce" stays a word in US news).
        let yemen = try TestParser.parse("Fighting around Taiz and on the west coast near Mocha intensified, officials in Aden and Sanaa said.")
        #expect(yemen.mentions.first { $0.text == "Mocha" }?.resolution?.place.country == "YE", "\(yemen.mentions.map(\.text))")
        // A province named on its own stays the province, not a small town abroad that has its name
        // as an alternate (Ambar, Turkey) and lies nearer the Syrian places.
        let anbar = try TestParser.parse("Government forces entered Hit on the Euphrates in western Anbar, the Syrian army said, as fighting went on in Deir ez-Zor, Raqqa and Palmyra.")
        #expect(anbar.mentions.first { $0.text == "western Anbar" }?.resolution?.place.kind == .admin1)
    }

    /// A major place the name is written as is not overtaken by a hamlet in the text's countries
    /// that only shares its transliteration key ("El-Arish" in a report on Syria is Arish, Egypt).
    @Test func majorPlaceByNameBeatsHamletByKey() throws {
        let r = try TestParser.parse("""
            Fighters crossed from Syria near al-Qaim, and the Syrian army retook Jarablus and Manbij. \
            In the Sinai, Egyptian forces fought militants near El-Arish.
            """)
        #expect(r.mentions.first { $0.text == "El-Arish" }?.resolution?.place.country == "EG", "\(r.mentions.map(\.text))")
    }

    /// A common word before a number is a designation ("the Kilo 18 camp", a road marker west of
    /// Ramadi), not the city abroad that has the word as an alternate (Kiel); the word alone as a
    /// place is unaffected.
    @Test func commonWordBeforeANumberIsADesignation() throws {
        let r = try TestParser.parse("""
            Families fleeing Rawa reached camps near Ramadi and Fallujah; about 12,000 people were \
            registered at the Kilo 18 camp west of Ramadi, officials in Anbar said.
            """)
        #expect(!r.mentions.contains { $0.text == "Kilo" }, "\(r.mentions.map(\.text))")
        #expect(r.mentions.first { $0.text == "Ramadi" }?.resolution?.place.country == "IQ")
    }

    /// A town that all but ties with a namesake in the text's leading country votes for that
    /// country when the focus is inferred: "Rawa", three times in a report on Anbar, does not make
    /// Poland (Rawa Mazowiecka) a focus country.
    @Test func nearTieTownVotesForTheLeadingCountry() throws {
        let r = try TestParser.parse("""
            Iraqi troops began an assault on Anah and Rawa in western Anbar. Militants fled from Anah \
            towards Rawa and the desert north of the Euphrates. Civilians left Rawa for Haditha and Ramadi.
            """)
        #expect(!r.focus.contains("PL"), "\(r.focus)")
        #expect(r.focus.first == "IQ", "\(r.focus)")
        #expect(r.mentions.filter { $0.text == "Rawa" }.allSatisfy { $0.resolution?.place.country == "IQ" })
    }

    /// A table's cell starts as a sentence does: "Main" in "| Area | Main towns |" is the word,
    /// not Ma'in, Jordan.
    @Test func tableCellStartsLikeASentence() throws {
        let r = try TestParser.parse("| Area | Main towns |\n| Western Iraq | Rawa |")
        #expect(!r.mentions.contains { $0.text == "Main" }, "\(r.mentions.map(\.text))")
        #expect(r.mentions.contains { $0.text == "Rawa" })
    }

    /// "The Old City" of a city the text is about is a part of it, not Old City, Pennsylvania,
    /// when the text names the US too; Jerusalem's Old City, in the text's main country, stays.
    @Test func theOldCityIsPartOfTheCityReported() throws {
        let mosul = try TestParser.parse("""
            Iraqi forces fought house to house in the Old City of Mosul. U.S. officials in Washington said \
            the coalition had flown 200 strikes around Mosul, and the U.S. would keep troops in Iraq.
            """)
        #expect(!mosul.mentions.contains { $0.resolution?.place.country == "US" && $0.text == "Old City" }, "\(mosul.mentions.map(\.text))")
        // (Nor where the text names the US more often than the city's country.)
        let raqqa = try TestParser.parse("The SDF said fighting continued in Raqqa. Amnesty said the Old City was flattened by U.S. airstrikes.")
        #expect(!raqqa.mentions.contains { $0.text == "Old City" }, "\(raqqa.mentions.map(\.text))")
        // (Nor do two such phrases anchor each other: Old City, Pennsylvania, and Old Bridge, New
        // Jersey, lie 100 km apart.)
        let bridges = try TestParser.parse("The SDF entered the Old City of Raqqa; the Old Bridge was destroyed. Brett McGurk, the US envoy, met tribal leaders in Tal Abyad.")
        #expect(!bridges.mentions.contains { $0.resolution?.place.country == "US" && $0.text.hasPrefix("Old") }, "\(bridges.mentions.map(\.text))")
        let jerusalem = try TestParser.parse("Police closed the Old City after clashes in East Jerusalem and Ramallah, in the West Bank.")
        #expect(jerusalem.mentions.first { $0.text == "Old City" }?.resolution?.place.country == "PS", "\(jerusalem.mentions.map(\.text))")
    }

    /// News channels and titles that start with a place are not that place ("Kurdistan 24",
    /// "Deir Ezzor 24", "Raqqa is Being Slaughtered Silently"); a distance after a place is not a
    /// channel ("Mosul 24 km").
    @Test func outletsNamedAfterPlaces() throws {
        let r = try TestParser.parse("""
            Kurdistan 24 reported that the SDF had reached Hajin in eastern Syria, while Deir Ezzor 24 said \
            the Syrian army had not entered al-Quriyah, on the Euphrates near al-Mayadeen. The group Raqqa is Being Slaughtered Silently said civilians were trapped. \
            Troops were stationed at Qayyarah, south of Mosul 24 km from the front.
            """)
        let texts = r.mentions.map(\.text)
        for outlet in ["Kurdistan", "Deir Ezzor", "Raqqa"] { #expect(!texts.contains(outlet), "\(outlet): \(texts)") }
        for place in ["Hajin", "al-Quriyah", "Qayyarah", "Mosul"] { #expect(texts.contains(place), "\(place): \(texts)") }
        // A news agency's acronym in capitals is not the place it spells: "SANA-" is not Sanaa.
        // So in title case ("Raqqa Is Being…"), but the acronym after a place is no title's verb.
        let title = try TestParser.parse("Activists from Raqqa Is Being Slaughtered Silently said civilians fled from Tabqa.")
        #expect(title.mentions.map(\.text) == ["Tabqa"], "\(title.mentions.map(\.text))")
        let told = try TestParser.parse("A teacher told Deir Ezzor 24 that pupils had returned to schools in Mayadin.")
        #expect(told.mentions.map(\.text) == ["Mayadin"], "\(told.mentions.map(\.text))")
        let sana = try TestParser.parse("SANA- Army units liberated Mohassan, south of Deir Ezzor city, the agency said.")
        #expect(!sana.mentions.contains { $0.text == "SANA" }, "\(sana.mentions.map(\.text))")
    }

    /// Islands named in news are islands: "the island of Mindanao", "Java" in a report on
    /// Indonesia (not a Georgian village), "Kharg Island".
    @Test func islandsAreFound() throws {
        let r = try TestParser.parse("""
            Troops ended the siege of Marawi on the island of Mindanao, while Indonesian police raided cells \
            in Java and Sulawesi. Iran said a drone had struck Kharg Island.
            """)
        for (name, id) in [("Mindanao", "frontline:mindanao"), ("Java", "frontline:java"), ("Sulawesi", "frontline:sulawesi"), ("Kharg Island", "frontline:kharg-island")] {
            #expect(r.mentions.first { $0.text == name }?.resolution?.place.id.rawValue == id, "\(name): \(r.mentions.map(\.text))")
        }
    }

    /// The word of an Arabic name after a capitalised word is the person's later in the text too
    /// ("Abu Bakr al-Baghdadi … Baghdadi had declared", not Baghdati, Georgia); and in a short text
    /// where the countries tie, the focus is all of them, the country of the biggest town (Iraq,
    /// for Mosul) first.
    @Test func personsNameLaterAloneAndShortTextFocus() throws {
        let r = try TestParser.parse("ISIS leader Abu Bakr al-Baghdadi was killed in Idlib. Baghdadi had declared the caliphate in Mosul.")
        #expect(!r.mentions.contains { $0.text.contains("Baghdadi") }, "\(r.mentions.map(\.text))")
        #expect(r.focus.first == "IQ", "\(r.focus)")
        #expect(r.mentions.map(\.text) == ["Idlib", "Mosul"])
    }

    /// Seas and oceans are places ("the eastern Mediterranean", "the Red Sea", "the Strait of
    /// Hormuz"); an ocean before capitalised words names something else ("the Pacific Decadal
    /// Oscillation").
    @Test func seasAndOceans() throws {
        let r = try TestParser.parse("""
            Houthi forces fired missiles at ships in the Red Sea and the Gulf of Aden, Iran threatened the \
            Strait of Hormuz, and Russian warships in the eastern Mediterranean fired cruise missiles at Syria.
            """)
        for (name, id) in [("Red Sea", "frontline:red-sea"), ("Gulf of Aden", "frontline:gulf-of-aden"), ("Strait of Hormuz", "frontline:strait-of-hormuz")] {
            #expect(r.mentions.first { $0.text == name }?.resolution?.place.id.rawValue == id, "\(name): \(r.mentions.map(\.text))")
        }
        let med = try #require(r.mentions.first { $0.text.hasSuffix("Mediterranean") })
        #expect(med.qualifier == "east" && med.resolution?.place.kind == .sea)
        let climate = try TestParser.parse("Buoys off Oregon recorded a cool Pacific Decadal Oscillation phase this year, scientists in Portland said.")
        #expect(!climate.mentions.contains { $0.text == "Pacific" }, "\(climate.mentions.map(\.text))")
    }

    /// "Lake" before a name the gazetteer has no lake for keeps the word in the mention; the town
    /// the name also names is the lake's place in the text's countries (Lake Naivasha, Kenya), and
    /// abroad it is named, not resolved ("Lake Tana" in Ethiopia is not Antananarivo).
    @Test func lakeWordStaysWithTheName() throws {
        let ethiopia = try TestParser.parse("Ethiopian troops clashed with militias near Lake Tana and Bahir Dar in the Amhara region of Ethiopia.")
        let tana = try #require(ethiopia.mentions.first { $0.text.hasSuffix("Tana") }, "\(ethiopia.mentions.map(\.text))")
        #expect(tana.text == "Lake Tana" && tana.resolution == nil)
        let kenya = try TestParser.parse("Police said raiders fled towards Lake Naivasha in Kenya.")
        let naivasha = try #require(kenya.mentions.first { $0.text.hasSuffix("Naivasha") })
        #expect(naivasha.text == "Lake Naivasha" && naivasha.resolution?.place.country == "KE")
        // A town abroad whose whole name is the lake's is not the lake: named, not resolved.
        let uganda = try TestParser.parse("Rebels crossed Lake Albert into Uganda, officials in Kampala said.")
        let albert = try #require(uganda.mentions.first { $0.text == "Lake Albert" }, "\(uganda.mentions.map(\.text))")
        #expect(albert.resolution == nil)
    }

    /// After "the town of", a capitalised word that is no English word and starts no name continues
    /// the name: "the town of Adan Yabaal" is a town the gazetteer lacks, not Aden, Yemen.
    @Test func townOfTwoWordNameNotItsFirstWord() throws {
        let r = try TestParser.parse("Al-Shabaab fighters overran an army base in Middle Shabelle region and briefly held the town of Adan Yabaal, officials in Mogadishu said.")
        let town = try #require(r.mentions.first { $0.text.hasPrefix("Adan") }, "\(r.mentions.map(\.text))")
        #expect(town.text == "Adan Yabaal" && town.resolution == nil)
    }

    /// A continent with a kind word is an armed group's "province", not a place.
    @Test func continentProvinceIsAnArmedGroup() throws {
        let r = try TestParser.parse("The group's West Africa Province (ISWAP) overran bases in Monguno and Damasak in Nigeria's Borno state.")
        #expect(!r.mentions.contains { $0.resolution?.place.name == "Africa" }, "\(r.mentions.map(\.text))")
        #expect(r.mentions.contains { $0.text == "Monguno" })
    }

    /// "Congo" names two countries alike: the text's other places decide.
    @Test func congoIsTheCountryTheTextIsIn() throws {
        let east = try TestParser.parse("Rebels of the ADF killed 20 civilians near Beni in North Kivu, in eastern Congo, officials in Goma said.")
        #expect(east.mentions.first { $0.text.hasSuffix("Congo") }?.resolution?.place.country == "CD", "\(east.mentions.map(\.text))")
        let west = try TestParser.parse("An Ebola outbreak in Congo has killed 9 people in the Cuvette-Ouest region around Etoumbi, officials in Brazzaville said.")
        #expect(west.mentions.first { $0.text == "Congo" }?.resolution?.place.country == "CG", "\(west.mentions.map(\.text))")
    }

    /// "Corridor" joins the name before it ("the Netzarim corridor"), as other kind words do.
    @Test func corridorJoinsTheName() throws {
        let r = try TestParser.parse("Israeli forces hold the Netzarim corridor and the Philadelphi Corridor, and raided Shejaiya in Gaza City.")
        #expect(r.mentions.first { $0.text.hasPrefix("Netzarim") }.map { ($0.text, $0.resolution?.place.id.rawValue) } ?? ("", nil) == ("Netzarim corridor", "frontline:netzarim-corridor"), "\(r.mentions.map(\.text))")
        #expect(r.mentions.first { $0.text == "Shejaiya" }?.resolution?.place.id.rawValue == "frontline:shejaiya")
    }

    /// "The" before a name a river shares with a town is the river; the bare name is the town.
    @Test func theBeforeARiversNameIsTheRiver() throws {
        let r = try TestParser.parse("Ukrainian marines hold a bridgehead on the left bank of the Dnipro near Krynky. Missiles struck Dnipro and Kharkiv.")
        let kinds = r.mentions.filter { $0.text == "Dnipro" }.map { $0.resolution?.place.kind }
        #expect(kinds == [.river, .city], "\(kinds)")
        #expect(try texts("Fighting continued along the Nile River north of Khartoum in Sudan.").contains("Nile River"))
    }

    /// A place that names a disease is the disease's, there and elsewhere in the text.
    @Test func diseasesNamedAfterPlaces() throws {
        let t = try texts("Two cases of West Nile virus were reported in Houston. Most West Nile cases occur in August, officials in Texas said.")
        #expect(!t.contains("Nile") && t.contains("Houston") && t.contains("Texas"), "\(t)")
        #expect(try !texts("Three patients in Kitakyushu, Japan, were treated for the Hong Kong Flu virus.").contains("Hong Kong"))
    }

    /// "The border with X" is the country X, not a province of its name: Niger, not Nigeria's
    /// Niger state.
    @Test func borderWithIsTheCountry() throws {
        let r = try TestParser.parse("Boko Haram attacked Damasak, near the border with Niger, in Nigeria's Borno state.")
        let niger = try #require(r.mentions.first { $0.text == "Niger" }, "\(r.mentions.map(\.text))")
        #expect(niger.resolution?.place.kind == .country && niger.resolution?.place.country == "NE")
    }

    /// A place after "of" in a party's or movement's name with a name before it is not a mention.
    @Test func partiesNamedAfterPlaces() throws {
        let t = try TestParser.parse("In Sulaimaniyah, the Patriotic Union of Kurdistan blamed the Democratic Party of Iranian Kurdistan.").mentions.map(\.text)
        #expect(t == ["Sulaimaniyah"], "\(t)")
    }

    /// Somalia's member states and Somaliland are curated regions, and English spellings of Somali
    /// towns need not resemble their official names ("Las Anod" is Laascaanood).
    @Test func somaliStatesAndSpellings() throws {
        let r = try TestParser.parse("Troops from Somaliland and Puntland clashed near Las Anod, and Jubaland forces held Kismayo.")
        func id(_ text: String) -> String? { r.mentions.first { $0.text == text }?.resolution?.place.id.rawValue }
        #expect(id("Somaliland") == "frontline:somaliland" && id("Puntland") == "frontline:puntland" && id("Jubaland") == "frontline:jubaland", "\(r.mentions.map(\.text))")
        #expect(id("Las Anod") == "geonames:400769")
        #expect(try TestParser.parse("Kurdish authorities in Rojava said Turkish drones struck Qamishli.").mentions.first?.resolution?.place.id.rawValue == "frontline:rojava")
    }

    /// A national capital named on its own stays the capital where a small town near the text's
    /// other places has its name only as an alternate: Tehran, not Tīrān by Isfahan and Natanz.
    @Test func capitalOverANearbyTownByAlternate() throws {
        let r = try TestParser.parse("Israeli jets struck Natanz, Fordow and Isfahan, and explosions were heard in Tehran and Tabriz, Iran said.")
        #expect(r.mentions.first { $0.text == "Tehran" }?.resolution?.place.id.rawValue == "geonames:112931", "\(r.mentions.map(\.text))")
    }

    /// An outlet's name with a kind word after it is the place: "the al-Jazeera desert" near
    /// Haditha is Iraq's Jazira desert; "Al Jazeera reported" stays the channel.
    @Test func outletNameWithAKindWordIsThePlace() throws {
        let r = try TestParser.parse("Al Jazeera reported that fighters hide in the al-Jazeera desert and in the Wadi Hauran near Haditha in Iraq.")
        #expect(r.mentions.map { $0.resolution?.place.id.rawValue ?? "-" }.prefix(2) == ["frontline:jazira-desert", "frontline:wadi-hauran"], "\(r.mentions.map(\.text))")
    }

    /// A big city's alternate is no reason to keep a surname a place: "Steven Chu" (Quzhou's
    /// alternate "Chu") is a person, and so is "Chu" later; a first-level area's own name stays a
    /// place after an organisation's word ("Racing Victoria … in Victoria").
    @Test func surnamesThatAreBigCitiesAlternates() throws {
        let chu = try TestParser.parse("Energy Secretary Steven Chu visited Denver, Colorado, on Monday. Chu said the plant would reopen.")
        #expect(!chu.mentions.contains { $0.text == "Chu" }, "\(chu.mentions.map(\.text))")
        let victoria = try TestParser.parse("Stables in Victoria, Australia, remain free of equine flu. Racing Victoria confirmed that the Melbourne Cup will be run in November.")
        #expect(victoria.mentions.first { $0.text == "Victoria" }?.resolution?.place.country == "AU")
    }

    /// With `--demonyms`, a demonym of no one country ("Arab", "Asian") names no place to report.
    @Test func demonymsOfNoOneCountry() throws {
        let r = try TestParser.parse("Arab and Asian leaders met American and French officials in Paris.", GeoparseOptions(demonyms: true))
        #expect(r.mentions.map(\.text) == ["American", "French", "Paris"], "\(r.mentions.map(\.text))")
    }

    /// "Superior Court" is a court (not Superior, Wisconsin); "United Russia" (a party), "Europe 1
    /// radio" (a station) and "Oxford Police" name their places only inside a name.
    @Test func courtsPartiesAndStations() throws {
        let r = try TestParser.parse("""
            A Merrimack County Superior Court judge ruled on Monday. United Russia controls the legislature, Europe 1 radio \
            reported. The Oxford Police said the suspect fled to Boston.
            """, GeoparseOptions(embedded: true))
        let texts = r.mentions.map(\.text)
        #expect(!texts.contains("Superior"), "\(texts)")
        #expect(r.mentions.first { $0.text == "Europe" }?.role == "embedded")
        #expect(r.mentions.first { $0.text == "Russia" }?.role == "embedded")
        #expect(r.mentions.first { $0.text == "Oxford" }?.role == "embedded")
    }

    /// A currency ("US$543 million") and the news agency "Agence France-Presse" are no places; a
    /// surname that shares a transliteration key with a country is not the country ("Cherry said").
    @Test func currenciesAgenciesAndCountryKeys() throws {
        let r = try TestParser.parse("""
            A US$543 million lawsuit was filed, Agence France-Presse reported from Paris. "It would be impressive," Cherry said.
            """)
        #expect(r.mentions.map(\.text) == ["Paris"], "\(r.mentions.map(\.text))")
    }

    /// A common English word that names only a small town is the word, unless a comma and an area
    /// that holds a place of its name follow: "in Surrey, UK" and "in Fife, Scotland" name the
    /// counties (not Surrey, British Columbia, nor Fife, Washington); "Mexico, China, Japan" stays a
    /// list of countries.
    @Test func commonWordBeforeItsAreaIsThePlace() throws {
        let surrey = try TestParser.parse("Vets culled sheep on a farm in Surrey, UK after foot-and-mouth was confirmed there.")
        let s = try #require(surrey.mentions.first { $0.text == "Surrey" }?.resolution?.place)
        #expect(s.country == "GB", "\(s.name)")
        let fife = try TestParser.parse("Walkers reported two sick geese on the shore at Cellardyke in Fife, Scotland.")
        #expect(fife.mentions.first { $0.text == "Fife" }?.resolution?.place.country == "GB")
        let list = try TestParser.parse("Officials in Mexico, China, Japan, Ukraine and Brazil report cases.")
        #expect(list.mentions.first { $0.text == "China" }?.resolution?.place.kind == .country)
    }

    /// A school named after a city does not make the city a person's first name for the rest of the
    /// text; one named after a small town's name does ("Kennedy Elementary School").
    @Test func schoolNamedAfterCityLeavesTheCity() throws {
        let r = try TestParser.parse("A girl from Buffalo, New York, who attended Buffalo Science Magnet School, died in Buffalo on Saturday.")
        let buffalo = r.mentions.filter { $0.text == "Buffalo" }
        #expect(buffalo.count == 2, "\(r.mentions.map(\.text))")
        #expect(buffalo.allSatisfy { $0.resolution?.place.country == "US" })
    }

    /// A common word at a sentence start that names a major place only by an alternate is the
    /// word ("Part of the route", not Perth, which GeoNames also calls "Part"); before a Roman
    /// numeral it is a designation ("Part III"). A country named by its own name at a sentence
    /// start stays the country.
    @Test func sentenceStartWordsNamingPlacesByAlternates() throws {
        let r = try TestParser.parse("Part of U.S. 83 south of Garden City, Kansas, was closed on Monday. The council ponders change, Part III. Turkey said it would help.")
        #expect(!r.mentions.contains { $0.text == "Part" }, "\(r.mentions.map(\.text))")
        #expect(r.mentions.contains { $0.text == "Garden City" && $0.resolution?.place.country == "US" })
        #expect(r.mentions.contains { $0.text == "Turkey" && $0.resolution?.place.country == "TR" }, "\(r.mentions.map(\.text))")
    }

    /// A common word the text plainly says is a place is a town of its name next to a place the
    /// text names, however small ("in Hurricane, according to the Putnam County sheriff" is
    /// Hurricane, West Virginia; "near Sake" beside Goma is Sake, Congo); with no such place near,
    /// it stays the word.
    @Test func commonWordSaidToBeAPlaceNearAnother() throws {
        let wv = try TestParser.parse("Two escaped inmates were caught on Sunday behind a gas station in Hurricane, according to the Putnam County sheriff.")
        let hurricane = try #require(wv.mentions.first { $0.text == "Hurricane" }?.resolution?.place, "\(wv.mentions.map(\.text))")
        #expect(hurricane.country == "US" && hurricane.admin1Code == "WV", "\(hurricane.name) \(hurricane.admin1Code)")
        let congo = try TestParser.parse("M23 rebels said they had seized Goma, the largest city in eastern Congo, after days of fighting near Sake.")
        #expect(congo.mentions.first { $0.text == "Sake" }?.resolution?.place.country == "CD", "\(congo.mentions.map(\.text))")
        let alone = try TestParser.parse("Nobody expected a storm in Hurricane, the officials said.")
        #expect(!alone.mentions.contains { $0.text == "Hurricane" }, "\(alone.mentions.map(\.text))")
    }

    /// A town before a state body's name is no first name ("Gainesville Environmental Services",
    /// "Manbij Military Council"), so the town stays a place elsewhere in the text; a letter alone
    /// is no place.
    @Test func townsBeforeStateBodiesAndLettersAlone() throws {
        let r = try TestParser.parse("A break in the Gainesville water main flooded two streets in Hall County on Friday. Questions go to Ruth Ashby, Gainesville Environmental Services director. Plan B was to go to Z.")
        #expect(r.mentions.filter { $0.text == "Gainesville" }.count >= 1, "\(r.mentions.map(\.text))")
        #expect(!r.mentions.contains { $0.text == "B" || $0.text == "Z" }, "\(r.mentions.map(\.text))")
        let manbij = try TestParser.parse("The Manbij Military Council said its fighters held the line near Manbij.", GeoparseOptions(embedded: true))
        #expect(manbij.mentions.filter { $0.text == "Manbij" }.count == 2, "\(manbij.mentions.map(\.text))")
    }

    /// A known name that runs on through a Romance particle into a capitalised word heads a longer
    /// name the gazetteer lacks: no mention of it ("the Adrar des Ifoghas mountains" are in Mali, not
    /// Mauritania's Adrar region; "Tour de France" is no town of Tours). The name after the
    /// particle is still read, and a whole name the gazetteer has is found whole.
    @Test func nameRunningOnPastARomanceParticle() throws {
        let mali = try TestParser.parse("The rebels pulled back from Kidal into the Adrar des Ifoghas mountains of northern Mali.")
        #expect(mali.mentions.map(\.text) == ["Kidal", "northern Mali"], "\(mali.mentions.map(\.text))")
        let race = try texts("He rode the Tour de France five times before the Giro.")
        #expect(race == ["France"], "\(race)")
        let rio = try TestParser.parse("Flooding closed roads between Rio de Janeiro and Petropolis.")
        #expect(rio.mentions.first?.text == "Rio de Janeiro" && rio.mentions.first?.resolution?.place.country == "BR")
    }

    /// A transliteration key does not run a known name into a capitalised English word: "Mosul
    /// Eye", a monitoring blog, matches Mosul's key ("Mosouli") by its letters, but is Mosul and an
    /// outlet's word, no place; the city named plainly stays.
    @Test func keyRunningANameIntoAnEnglishWord() throws {
        let mosul = try TestParser.parse("Videos posted by Mosul Eye showed the damage in Mosul.")
        #expect(mosul.mentions.map { ($0.text, $0.start) } .elementsEqual([("Mosul", 48)]) { $0 == $1 }, "\(mosul.mentions.map(\.text))")
        #expect(mosul.mentions.first?.resolution?.place.country == "IQ")
        // (Asked for, the name inside the outlet's is reported as embedded.)
        let embedded = try TestParser.parse("Videos posted by Mosul Eye showed the damage in Mosul.", GeoparseOptions(embedded: true))
        #expect(embedded.mentions.map(\.text) == ["Mosul", "Mosul"] && embedded.mentions.first?.role == "embedded", "\(embedded.mentions.map(\.text))")
    }
}
