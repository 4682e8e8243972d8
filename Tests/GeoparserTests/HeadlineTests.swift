import Gazetteer
import Geoparser
import Testing

/// Headlines in title case or capitals, where every word is capitalised: a common English word
/// beside a name makes no person's name of it there, while other names still do. Texts written
/// for these tests.
@Suite struct HeadlineTests {
    let body = "\nThe army said on Monday that the city was secure after three weeks of fighting."

    @Test func placesInTitleCaseAndCapitals() throws {
        for (headline, names) in [("Syrian Army Liberates Al-Mayadeen From ISIS Terrorists In Deir Ez-Zor Province", ["Al-Mayadeen", "Deir Ez-Zor Province"]),
                                  ("SYRIAN ARMY LIBERATES AL-MAYADEEN FROM ISIS IN DEIR EZZOR", ["AL-MAYADEEN", "DEIR EZZOR"]),
                                  ("Iraqi Forces Retake Al-Qaim, Last ISIS Stronghold On Syria Border", ["Al-Qaim", "Syria"])] {
            let r = try TestParser.parse(headline + body)
            #expect(r.mentions.map(\.text) == names, "\(headline): \(r.mentions.map(\.text))")
            #expect(r.mentions.allSatisfy { $0.resolution != nil })
        }
    }

    /// A person's name in a headline stays a person's: its other word is no English word.
    @Test func personsInHeadlines() throws {
        for (headline, names) in [("Warren Buffett Buys Houston Firm", ["Houston"]), ("Abu Bakr Al-Baghdadi Appears In New Video", [])] {
            let r = try TestParser.parse(headline + body)
            #expect(r.mentions.map(\.text) == names, "\(headline): \(r.mentions.map(\.text))")
        }
    }

    /// A credit line is no headline: "(Reporting by … Maher Chmaytelli in Baghdad; …)".
    @Test func creditLineIsNoHeadline() throws {
        let r = try TestParser.parse("(Reporting by Ellen Francis in Beirut and Maher Chmaytelli in Baghdad; Writing by Tom Perry)" + body)
        #expect(r.mentions.map(\.text) == ["Beirut", "Baghdad"], "\(r.mentions.map(\.text))")
    }
}
