@testable import Gazetteer
import Testing

/// The index's codes ("id:…", "country:SY", "admin1:SY.07") compared part by part, with no code
/// string built for the comparison.
@Suite struct CodeComparisonTests {
    @Test func comparesAsTheWholeCodeWould() {
        #expect(Gazetteer.code("id:geonames:173480", is: "id:", "geonames:173480"))
        #expect(!Gazetteer.code("id:geonames:173480", is: "id:", "geonames:17348"))
        #expect(!Gazetteer.code("id:geonames:17348", is: "id:", "geonames:173480"))
        #expect(!Gazetteer.code("country:SY", is: "id:", "country:SY"))
        #expect(Gazetteer.code("country:SY", is: "country:", "SY"))
        #expect(Gazetteer.code("admin1:SY.07", is: "admin1:", "SY", "07"))
        #expect(!Gazetteer.code("admin1:SY.07", is: "admin1:", "SY", "0"))
        #expect(!Gazetteer.code("admin1:SY07", is: "admin1:", "SY", "07"))
        #expect(!Gazetteer.code("admin1:SY.07", is: "admin1:", "SY"))
        #expect(!Gazetteer.code("", is: "id:", ""))
    }
}
