import Gazetteer
import Geoparser
import Testing

/// Arabic text: directions before and after names, the countryside of a province, short names
/// matched by their Arabic alternates, and organisations named with a place. Texts written for
/// these tests.
@Suite struct ArabicDirectionTests {
    /// "ريف دير الزور الشرقي" is the eastern countryside of Deir ez-Zor province; "شرق نهر الفرات"
    /// east of the Euphrates; "قوات سوريا الديمقراطية" (the Syrian Democratic Forces) names no place.
    @Test func directionsAndOrganisation() throws {
        let r = try TestParser.parse("سيطر الجيش السوري على مدينة الميادين في ريف دير الزور الشرقي. وقالت قوات سوريا الديمقراطية إنها تقدمت شرق نهر الفرات.")
        let m = Dictionary(r.mentions.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(m["دير الزور الشرقي"]?.qualifier == "east" && m["دير الزور الشرقي"]?.resolution?.place.kind == .admin1, "\(r.mentions.map(\.text))")
        #expect(m["نهر الفرات"]?.relation == "east")
        #expect(m["سوريا"] == nil, "\(r.mentions.map(\.text))")
        #expect(m["الميادين"]?.resolution?.place.country == "SY")
    }

    /// Three-letter names matched by their Arabic alternates are places ("حلب", Aleppo; "حمص",
    /// Homs), and a diagonal before a town is a relation: "شمال غرب حلب", north-west of Aleppo.
    @Test func shortNamesAndDiagonals() throws {
        let r = try TestParser.parse("تقدمت القوات في شمال غرب حلب وفي حمص.")
        #expect(r.mentions.map(\.text) == ["حلب", "حمص"], "\(r.mentions.map(\.text))")
        #expect(r.mentions.first?.relation == "northwest")
        #expect(r.mentions.allSatisfy { $0.resolution?.place.country == "SY" })
    }
}
