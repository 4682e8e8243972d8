import ArgumentParser
import GeoCore
import GeoJSONCoding
import Geodesy

/// `frontline area FILE`: geodesic area and perimeter of every polygonal feature.
struct AreaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "area",
        abstract: "Geodesic area (km², WGS84, geodesic edges) of every polygonal feature.",
        discussion: """
            Areas are exact on the WGS84 ellipsoid (Karney's algorithm, as GeographicLib's Planimeter);
            holes are subtracted and either ring winding is accepted. Points and lines are skipped.
            JSON: {"features":[{"index":0,"id":…,"area_km2":…,"perimeter_km":…}],"total_km2":…}
            With --by P, a "groups" array sums area per value of property P.
            """
    )

    @Argument(help: "GeoJSON, GeoJSONSeq or NDJSON file ('-' for standard input).")
    var file: String

    @Option(help: "Output format: json or table.")
    var format: ReportFormat = .json

    @Option(help: "Sum areas per value of this property.")
    var by: String?

    func run() throws {
        var rows: [(index: Int, id: FeatureID?, area: Double, perimeter: Double, key: String?, name: String)] = []
        try FeatureInput.forEach(file) { index, feature in
            guard let g = feature.geometry, g.isPolygonal else { return }
            if let problem = g.structuralProblems().first {
                throw InputFailure("\(FeatureInput.displayName(file)): \(FeatureInput.label(index, feature)): geometry.\(problem.path): \(problem.reason)")
            }
            let key = by.map { feature.properties?[$0]?.displayText ?? "null" }
            let name = feature.properties?["name"]?.displayText ?? ""
            let m = GeodesicArea.measure(g)
            rows.append((index, feature.id, m.areaM2 / 1e6, m.perimeterM / 1000, key, name))
        }
        let total = rows.reduce(0) { $0 + $1.area }
        var groups: [(key: String, area: Double, perimeter: Double, count: Int)] = []
        if by != nil {
            var order: [String: Int] = [:]
            for r in rows {
                let k = r.key ?? "null"
                if let i = order[k] {
                    groups[i].area += r.area
                    groups[i].perimeter += r.perimeter
                    groups[i].count += 1
                } else {
                    order[k] = groups.count
                    groups.append((k, r.area, r.perimeter, 1))
                }
            }
        }
        switch format {
        case .json:
            var members: [(key: String, value: JSONValue)] = [
                ("features", .array(rows.map { r in
                    .object(JSONObject([
                        ("index", .number(Double(r.index))),
                        ("id", r.id?.jsonValue ?? .null),
                        ("area_km2", JSONOutput.number(r.area)),
                        ("perimeter_km", JSONOutput.number(r.perimeter)),
                    ]))
                })),
            ]
            if let by {
                members.append(("by", .string(by)))
                members.append(("groups", .array(groups.map { g in
                    .object(JSONObject([
                        ("value", .string(g.key)), ("features", .number(Double(g.count))),
                        ("area_km2", JSONOutput.number(g.area)), ("perimeter_km", JSONOutput.number(g.perimeter)),
                    ]))
                })))
            }
            members.append(("total_km2", JSONOutput.number(total)))
            FileHandleOutput.standardOutput(JSONOutput.line(.object(JSONObject(members))))
        case .table:
            if by != nil {
                var t = TextTable(header: [by!, "features", "area_km2", "perimeter_km"], rightAligned: [1, 2, 3])
                t.rows = groups.map { [$0.key, String($0.count), fixed($0.area, 3), fixed($0.perimeter, 3)] }
                t.rows.append(["total", String(rows.count), fixed(total, 3), ""])
                FileHandleOutput.standardOutput(t.render())
            } else {
                var t = TextTable(header: ["index", "id", "name", "area_km2", "perimeter_km"], rightAligned: [0, 3, 4])
                t.rows = rows.map { [String($0.index), $0.id?.description ?? "", $0.name, fixed($0.area, 3), fixed($0.perimeter, 3)] }
                t.rows.append(["total", "", "", fixed(total, 3), ""])
                FileHandleOutput.standardOutput(t.render())
            }
        }
    }
}
