import Territory
import Testing

struct ClaimDateTests {
    @Test(arguments: [
        ("2017", "2017", 1_483_228_800.0),
        ("2017-10", "2017-10", 1_506_816_000.0),
        ("2017-10-14", "2017-10-14", 1_507_939_200.0),
        ("2017-10-14T08:30Z", "2017-10-14T08:30:00Z", 1_507_969_800.0),
        ("2017-10-14T08:30:15+03:00", "2017-10-14T05:30:15Z", 1_507_959_015.0),
        ("2017-10-14T08:30:15.5-0130", "2017-10-14T10:00:15Z", 1_507_975_215.5),
        ("2016-02-29", "2016-02-29", 1_456_704_000.0),
        ("1969-12-31", "1969-12-31", -86_400.0),
    ])
    func parsesISO8601(text: String, iso: String, seconds: Double) throws {
        let d = try ClaimDate(parsing: text)
        #expect(d.seconds == seconds)
        #expect(d.iso == iso)
        #expect(!d.approximate)
    }

    @Test(arguments: ["~2017-10", "2017-10~", "2017-10?", "circa 2017-10", "c. 2017-10"])
    func approximateForms(text: String) throws {
        let d = try ClaimDate(parsing: text)
        #expect(d.approximate)
        #expect(d.precision == .month)
        #expect(d.description == "2017-10~")
        #expect(d.isoDateTime == "2017-10-01T00:00:00Z")
    }

    @Test(arguments: ["", "17-10-14", "2017-13", "2017-02-29", "2017-04-31", "2017-10-14T25:00", "2017-10-14 junk", "2017/10/14", "2017-10-14T08"])
    func rejectsBadDates(text: String) {
        #expect(throws: TerritoryError.self) { try ClaimDate(parsing: text) }
    }

    @Test func ordersByInstant() throws {
        #expect(try ClaimDate(parsing: "2017-10") < ClaimDate(parsing: "2017-10-02"))
        #expect(try ClaimDate(parsing: "2017-10-14T00:00Z") == ClaimDate(parsing: "2017-10-14"))
        #expect(try ClaimDate(parsing: "2017-10-14").epochMilliseconds == 1_507_939_200_000)
    }
}
