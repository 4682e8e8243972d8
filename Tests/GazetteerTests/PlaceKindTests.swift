@testable import Gazetteer
import Testing

/// A kind's index code is its position among the kinds, as indexes on disk store it.
@Suite struct PlaceKindTests {
    @Test func codeIsThePositionAmongAllCases() {
        for (position, kind) in PlaceKind.allCases.enumerated() {
            #expect(Int(kind.code) == position, "\(kind)")
            #expect(PlaceKind(code: kind.code) == kind)
        }
        #expect(PlaceKind(code: UInt8(PlaceKind.allCases.count)) == nil)
    }
}
