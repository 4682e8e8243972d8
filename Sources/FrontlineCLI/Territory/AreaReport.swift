import ArgumentParser
import GeoJSONCoding
import Territory

/// Output of area lists (snapshot, changes, disagree) as GeoJSON, JSON or a table.
enum AreaReport {
    enum Format: String, ExpressibleByArgument, CaseIterable { case geojson, json, table }

    static func write(_ areas: [TerritoryArea], format: Format, header: [(key: String, value: JSONValue)], at: ClaimDate? = nil) {
        switch format {
        case .geojson:
            let fc = FeatureCollection(features: areas.map { $0.feature(at: at) }, foreignMembers: JSONObject(header))
            FileHandleOutput.standardOutput(String(decoding: GeoJSONWriter.encode(.featureCollection(fc)), as: UTF8.self) + "\n")
        case .json:
            let items: [JSONValue] = areas.map { .object($0.feature(at: at).properties ?? JSONObject()) }
            FileHandleOutput.standardOutput(JSONOutput.line(.object(JSONObject(header + [(key: "areas", value: .array(items))]))))
        case .table:
            let extraKeys = Array(Set(areas.flatMap { $0.extra.map(\.key) })).sorted()
            var t = TextTable(header: ["actor", "status"] + extraKeys + ["km2", "claimants", "claims"], rightAligned: [2 + extraKeys.count])
            for a in areas {
                let extras = extraKeys.map { k in a.extra.first { $0.key == k }?.value ?? "" }
                t.rows.append([a.actor, a.status.rawValue] + extras + [fixed(a.areaKm2, 1), a.claimants.joined(separator: ", "), a.claimIDs.map(String.init).joined(separator: ",")])
            }
            FileHandleOutput.standardOutput(t.render())
        }
    }
}
