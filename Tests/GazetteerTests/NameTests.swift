import Gazetteer
import Testing

@Suite struct NameFoldingTests {
    /// Hyphenated parts joined, folded ("Pétion-Ville" as GeoNames' "Pétionville"), with the
    /// hyphens the tokenizer joins words across (-, U+2010, U+2011); only hyphens between letters
    /// count.
    @Test(arguments: [
        ("Pétion-Ville", "petionville" as String?), ("Port-au-Prince", "portauprince"), ("T-4", nil), ("- Kabul", nil), ("Kabul", nil),
        ("Ras al-Ayn", "ras alayn"), ("Pétion\u{2010}Ville", "petionville"), ("Pétion\u{2011}Ville", "petionville"),
    ])
    func hyphensJoined(input: String, expected: String?) {
        #expect(NameFolding.hyphensJoined(input) == expected)
    }

    /// A hyphenated name the index lacks is found with its parts joined, before any fuzzy match.
    @Test func hyphenatedNameFoundJoined() throws {
        let top = try TestGazetteer.top("Pétion-Ville")
        #expect(top.place.name == "Pétionville" && top.match == .alias)
    }

    @Test(arguments: [
        ("Al Mayādīn", "al mayadin"), ("al-Mayadeen", "al mayadeen"), ("AL  MAYADIN", "al mayadin"),
        ("Tall ‘Afar", "tall afar"), ("Ra's al-'Ayn", "ras al ayn"), ("Dayr az Zawr", "dayr az zawr"),
        ("Straßenhaus", "strassenhaus"), ("Şanlıurfa", "sanliurfa"), ("Рестон", "рестон"),
        ("الميادين", "الميادين"), ("المَيادين", "الميادين"), ("مدينة الرقة", "مدينه الرقه"), ("  Deir ez-Zor — province ", "deir ez zor province"),
    ])
    func folds(input: String, expected: String) {
        #expect(NameFolding.fold(input) == expected)
    }

    /// Curly and modifier-letter apostrophes in otherwise ASCII names take a short path; it must
    /// fold as the full one does, and hand anything else (an acute accent, which decomposes to a
    /// space and a mark; an accented letter) to the full one.
    @Test(arguments: [
        ("O’Connor", "oconnor"), ("Sheriff’s Office", "sheriffs office"), ("‘Ana", "ana"), ("Qaʿim", "qaim"),
        ("Raʾs al-ʿAyn", "ras al ayn"), ("Baha’i  ", "bahai"), ("O’Connor Café", "oconnor cafe"), ("Ra´s", "ra s"),
        ("’", ""), ("Rock–Hill’s", "rock hills"),
    ])
    func foldsApostrophes(input: String, expected: String) {
        #expect(NameFolding.fold(input) == expected)
    }
}

@Suite struct TransliterationKeyTests {
    /// Each group: spellings news uses for one place; all must share a key.
    @Test(arguments: [
        ["al-Mayadeen", "Mayadin", "Al Mayādīn", "Al Mayadin", "Meyadin", "Mayadine", "al-Mayadin"],
        ["Deir ez-Zor", "Deir al-Zour", "Dayr az Zawr", "Der Ezzor", "Deir Ezzor", "Dair el-Zor", "Deir ez Zor"],
        ["Abu Kamal", "Albu Kamal", "Al-Bukamal", "Abukamal", "Abou Kamal", "Al Bu Kamal"],
        ["Tal Afar", "Tel Afar", "Tall ‘Afar", "Tall Afar"],
        ["Raqqa", "Ar-Raqqah", "Al-Raqqa", "Raqqah", "Arraqqa", "Ar Raqqa"],
        ["Ras al-Ayn", "Ra's al 'Ayn", "Ras al-Ain", "Ras el-Ain"],
        ["Jabal Sinjar", "Jebel Sinjar"],
        ["Qaim", "Al-Qa'im", "Al Qaim", "Kaim"],
        ["Hasakah", "Al-Hasakah", "Hassakeh", "Al Hasaka"],
    ])
    func variantsShareAKey(group: [String]) {
        let keys = Set(group.map { TransliterationKey.key($0) })
        #expect(keys.count == 1, "\(group.map { "\($0) → \(TransliterationKey.key($0))" })")
    }

    /// The article before a sun letter as GeoNames writes it: "al-Rai" is "Ar Rā‘ī" (too short a
    /// name for a transliteration key); moon letters and other names are left alone.
    @Test func assimilatedArticle() {
        #expect(NameFolding.assimilatedArticle("al rai") == "ar rai")
        #expect(NameFolding.assimilatedArticle("al shaddadi") == "ash shaddadi")
        #expect(NameFolding.assimilatedArticle("el thawra") == "ath thawra")
        #expect(NameFolding.assimilatedArticle("al dana") == "ad dana")
        #expect(NameFolding.assimilatedArticle("al bab") == nil)
        #expect(NameFolding.assimilatedArticle("alton") == nil)
        #expect(NameFolding.assimilatedArticle("al") == nil)
    }

    @Test func differentPlacesStayApart() {
        #expect(TransliterationKey.key("Homs") != TransliterationKey.key("Hama"))
        #expect(TransliterationKey.key("Mosul") != TransliterationKey.key("Manbij"))
        #expect(TransliterationKey.key("Idlib") != TransliterationKey.key("Aleppo"))
    }
}

@Suite struct EditDistanceTests {
    @Test(arguments: [("bostonn", "boston", 1), ("strassenha", "strassenhaus", 2), ("kitten", "sitting", 3), ("ab", "ba", 1), ("", "abc", 3)])
    func distances(a: String, b: String, d: Int) {
        #expect(EditDistance.distance(Array(a.utf8), Array(b.utf8), limit: 5) == d)
    }

    @Test func capIsRespected() {
        #expect(EditDistance.distance(Array("aaaaaaaa".utf8), Array("bbbbbbbb".utf8), limit: 2) == 3)
    }
}

/// Whether an alternate resembles a place's name (the geoparser's test of a small town's alternates).
@Suite struct NameResemblanceTests {
    @Test(arguments: [
        ("Raqqa", "Ar Raqqah", true),        // held in the other, folded
        ("Mayadeen", "Mayadin", true),       // two edits
        ("Deir Ezzor", "Dayr az Zawr", false),
        ("White House", "Fallston", false),
        ("al-Mayadeen", "Al Mayādīn", true), // folding first: hyphen, diacritics
    ])
    func resembles(a: String, b: String, expected: Bool) {
        #expect(NameFolding.resembles(a, b) == expected)
        #expect(NameFolding.resembles(b, a) == expected)
    }
}
