import ArgumentParser
import Foundation
import Gazetteer
import GeoCore
import GeoJSONCoding

extension PlaceKind: ExpressibleByArgument {
    public init?(argument: String) {
        let synonyms: [String: PlaceKind] = [
            "province": .admin1, "governorate": .admin1, "state": .admin1, "district": .admin2,
            "town": .city, "village": .city, "airbase": .military, "base": .military, "border": .crossing,
        ]
        if let k = PlaceKind(rawValue: argument.lowercased()) ?? synonyms[argument.lowercased()] { self = k } else { return nil }
    }
}

/// `frontline resolve NAME`: ranked gazetteer matches for a name as news spells it.
struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Resolve a place name (any spelling or script) to ranked gazetteer entries.",
        discussion: """
            Matches by folded name (case, diacritics, apostrophes, hyphens), by Arabic transliteration key
            (al-/ez-, Deir/Dayr, -a/-ah, ee/i, ou/u …), then by edit distance. Not found is an answer: exit 0
            with no results (and, on a terminal, the closest names). JSON:
            {"query":…,"results":[{"place":{"id","name","kind","country","admin1","lat","lon","population","alternates"},"matched","match","score","geo_precision","where_prec"}]}
            """
    )

    @Argument(help: "The name (quote it, or give several words).")
    var name: [String]

    @Option(help: "Focus country or countries (ISO2, comma-separated): ranked higher.")
    var country: String?

    @Option(help: "Kind hint: country, admin1 (province), admin2, city (town), river, valley, region, dam, military, …")
    var kind: PlaceKind?

    @Option(help: "A nearby point as LAT,LON: closer places rank higher.")
    var near: String?

    @Option(help: "Maximum results.")
    var limit: Int = 5

    @Option(help: "Output format: table, json or geojson.")
    var format: ResolveFormat = .table

    @Flag(help: "Explain each match: which name matched, how, and the score's parts.")
    var explain = false

    enum ResolveFormat: String, ExpressibleByArgument, CaseIterable { case table, json, geojson }

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        if let near, Self.parseNear(near) == nil { throw ValidationError("--near must be LAT,LON in degrees, e.g. 35.02,40.45") }
        if let country, !country.split(separator: ",").allSatisfy({ $0.count == 2 }) {
            throw ValidationError("--country takes ISO 3166-1 alpha-2 codes, comma-separated (SY,IQ)")
        }
    }

    static func parseNear(_ text: String) -> Coordinate? {
        let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let lat = parts[0], let lon = parts[1], abs(lat) <= 90, abs(lon) <= 180 else { return nil }
        return Coordinate(longitude: lon, latitude: lat)
    }

    func run() throws {
        let gazetteer = try GazetteerAccess.load()
        let query = name.joined(separator: " ")
        let context = ResolutionContext(
            countries: country?.uppercased().split(separator: ",").map(String.init) ?? [],
            kind: kind, near: near.flatMap(Self.parseNear).map { [$0] } ?? [])
        let results = gazetteer.resolve(query, context: context, limit: limit)
        let suggestions = results.isEmpty ? gazetteer.suggestions(for: query) : []
        switch format {
        case .json:
            var members: [(key: String, value: JSONValue)] = [
                ("query", .string(query)), ("results", .array(results.map { PlaceJSON.resolution($0, explain: explain) })),
            ]
            if results.isEmpty { members.append(("suggestions", .array(suggestions.map { .string($0) }))) }
            FileHandleOutput.standardOutput(JSONOutput.line(.object(JSONObject(members))))
        case .geojson:
            var writer = GeoJSONWriter()
            writer.beginCollection()
            for (i, r) in results.enumerated() {
                if i > 0 { writer.bytes.append(UInt8(ascii: ",")) }
                let geometry = (try? gazetteer.geometry(for: r.place)) ?? nil
                var props = PlaceJSON.resolution(r, explain: explain).objectValue ?? JSONObject()
                props["rank"] = .number(Double(i + 1))
                writer.append(Feature(id: .string(r.place.id.rawValue), geometry: geometry ?? .point(r.place.coordinate), properties: props))
            }
            writer.endCollection()
            FileHandleOutput.standardOutput(String(decoding: writer.bytes, as: UTF8.self) + "\n")
        case .table:
            if results.isEmpty {
                FileHandleOutput.standardOutput("no match for '\(query)'\n")
            } else {
                var t = TextTable(header: ["#", "id", "name", "kind", "country", "admin1", "lat", "lon", "population", "match", "score", "prec"], rightAligned: [0, 6, 7, 8, 10, 11])
                for (i, r) in results.enumerated() {
                    t.rows.append([String(i + 1), r.place.id.rawValue, r.place.name, r.place.kind.rawValue, r.place.country, r.admin1Name ?? "",
                                   fixed(r.place.coordinate.latitude, 5), fixed(r.place.coordinate.longitude, 5), r.place.population.map(String.init) ?? "",
                                   "\(r.match.rawValue): \(r.matched)", fixed(r.score, 3), String(r.geoPrecision.rawValue)])
                }
                FileHandleOutput.standardOutput(t.render())
                if explain {
                    for (i, r) in results.enumerated() {
                        FileHandleOutput.standardOutput("\n#\(i + 1) \(r.place.name) (\(r.place.id.rawValue)), score \(fixed(r.score, 3)):\n")
                        for reason in r.reasons { FileHandleOutput.standardOutput("  \(reason.points >= 0 ? "+" : "")\(fixed(reason.points, 3))  \(reason.reason)\n") }
                    }
                }
            }
        }
        if results.isEmpty && !suggestions.isEmpty && isatty(2) != 0 {
            FileHandleOutput.standardError("did you mean: \(suggestions.joined(separator: "; "))?\n")
        }
    }
}

/// JSON for places and resolutions.
enum PlaceJSON {
    static func place(_ p: Place, admin1: String?) -> JSONValue {
        .object(JSONObject([
            ("id", .string(p.id.rawValue)), ("name", .string(p.name)), ("kind", .string(p.kind.rawValue)),
            ("country", .string(p.country)), ("admin1", admin1.map { .string($0) } ?? .null),
            ("lat", .number(p.coordinate.latitude)), ("lon", .number(p.coordinate.longitude)),
            ("population", p.population.map { .number(Double($0)) } ?? .null),
            ("alternates", .array(p.alternates.map { .string($0) })),
        ]))
    }

    static func resolution(_ r: Resolution, explain: Bool) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("place", place(r.place, admin1: r.admin1Name)), ("matched", .string(r.matched)), ("match", .string(r.match.rawValue)),
            ("score", .number((r.score * 1000).rounded() / 1000)), ("geo_precision", .number(Double(r.geoPrecision.rawValue))),
            ("where_prec", .number(Double(r.wherePrecision))),
        ]
        if explain {
            members.append(("explain", .array(r.reasons.map { .object(JSONObject([("reason", .string($0.reason)), ("points", .number(($0.points * 1000).rounded() / 1000))])) })))
        }
        return .object(JSONObject(members))
    }
}

/// Loads the gazetteer, mapping failures to input errors (exit 1).
enum GazetteerAccess {
    static func load() throws -> Gazetteer {
        do { return try Gazetteer.shared() } catch { throw InputFailure("\(error)") }
    }
}
