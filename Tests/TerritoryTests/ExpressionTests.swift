import GeoJSONCoding
import Territory
import Testing

struct ExpressionTests {
    @Test func parsesEveryForm() throws {
        let text = """
            {"union":[{"corridor":{"river":"Euphrates","from":"al-Mayadeen","to":"Abu Kamal","km":10}},
              {"difference":[{"side":{"of":"Euphrates","which":"East","within":"Deir ez-Zor province"}},{"buffer":{"around":"Raqqa","km":5}}]},
              {"intersection":[{"part":{"of":"Iraq","which":"west"}},{"place":"Anbar"}]}]}
            """
        let e = try AreaExpression(text: text)
        guard case .union(let parts) = e, parts.count == 3 else { Issue.record("not a union: \(e)"); return }
        #expect(parts[0] == .corridor(river: "Euphrates", from: "al-Mayadeen", to: "Abu Kamal", km: 10))
        #expect(parts[1] == .difference([.side(river: "Euphrates", which: "east", within: .place("Deir ez-Zor province")), .buffer(around: .place("Raqqa"), km: 5)]))
        #expect(parts[2] == .intersection([.part(of: .place("Iraq"), which: "west"), .place("Anbar")]))
        // Written back and read again, it is the same expression.
        #expect(try AreaExpression(text: e.jsonText) == e)
        #expect(try AreaExpression(text: "western Iraq") == .place("western Iraq"))
    }

    @Test(arguments: [
        (#"{"corridor":{"river":"Euphrates","from":"a","to":"b"}}"#, "area.corridor: missing \"km\""),
        (#"{"corridor":{"river":"Euphrates","from":"a","to":"b","km":-3}}"#, "area.corridor.km"),
        (#"{"side":{"of":"Euphrates","which":"up","within":"Iraq"}}"#, "area.side.which: \"up\" is not one of east, north, south, west"),
        (#"{"union":[]}"#, "area.union: expected a non-empty array"),
        (#"{"difference":["Iraq"]}"#, "area.difference: needs at least two"),
        (#"{"union":["Iraq",{"part":{"of":"Syria","which":"middle"}}]}"#, "area.union[1].part.which"),
        (#"{"explode":"Iraq"}"#, "unknown operator \"explode\""),
        (#"{"type":"Point","coordinates":[1,2]}"#, "must be a Polygon or MultiPolygon"),
        (#"{"corridor":"#, "not valid JSON"),
    ])
    func badExpressionsNameThePath(text: String, message: String) {
        do {
            _ = try AreaExpression(text: text)
            Issue.record("accepted \(text)")
        } catch {
            #expect("\(error)".contains(message), "\(error)")
        }
    }
}
