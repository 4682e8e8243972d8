import ArgumentParser
import GeoCore
import GeoJSONCoding
import Territory

/// `frontline claims add`: one claim from the command line.
struct ClaimsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add one claim, with its area as a GeoJSON file or an area expression.",
        discussion: """
            Examples:
              frontline claims add --actor ISIS --claimant "Russian MoD" --from 2017-09-10 --area "Deir ez-Zor province"
              frontline claims add --actor SDF --from 2017-10-20 --area '{"side":{"of":"Euphrates","which":"east","within":"Deir ez-Zor province"}}'
            Prints {"id":…,"actor":…,"area_km2":…}.
            """
    )

    @Option(help: "Who controls the area (a name or alias: ISIS, IS, Daesh …).") var actor: String
    @Option(help: "Start of validity, ISO 8601 (2017-10-14, 2017-10, ~2017-10-14).") var from: String
    @Option(help: "End of validity (exclusive); omit for 'until superseded'.") var to: String?
    @Option(help: "Who says so (Russian MoD, CJTF-OIR, ISW …).") var claimant: String?
    @Option(help: "URL or citation.") var source: String?
    @Option(help: "Where in the source (e.g. the article span 929-940).") var sourceSpan: String?
    @Option(help: "control (default), contested, attack or support.") var status: String?
    @Option(help: "How precise the area is, in words.") var precision: String?
    @Option(help: "Free text.") var note: String?
    @Option(help: "A GeoJSON file whose (Multi)Polygon features, dissolved, are the area.") var geometry: String?
    @Option(help: "An area expression: a place name (\"western Iraq\") or JSON ({\"corridor\":{…}}).") var area: String?
    @Option(help: "Countries to prefer when a place name is ambiguous (ISO2, comma-separated).") var focus: String?
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard (geometry == nil) != (area == nil) else { throw ValidationError("give exactly one of --geometry FILE or --area EXPR") }
    }

    func run() throws {
        var props: [(key: String, value: JSONValue)] = [(key: "actor", value: .string(actor)), (key: "from", value: .string(from))]
        for (k, v) in [("to", to), ("claimant", claimant), ("source", source), ("source_span", sourceSpan), ("status", status), ("precision", precision), ("note", note)] {
            if let v { props.append((key: k, value: .string(v))) }
        }
        var shape: Geometry?
        if let geometry {
            let polygons = try FeatureInput.all(geometry).compactMap(\.geometry)
            guard !polygons.isEmpty else { throw InputFailure("\(geometry): no geometry") }
            shape = polygons.count == 1 ? polygons[0] : .geometryCollection(polygons)
            if polygons.count > 1 {
                do { shape = try Timeline.dissolve(polygons) } catch { throw InputFailure("\(geometry): \(error)") }
            }
        }
        if let area {
            do { props.append((key: "area", value: try AreaExpression(text: area).json)) } catch { throw InputFailure("--area: \(error)") }
        }
        let existing = try? StoreOptions(store: storeOptions.path).open(create: false)
        let reader = ClaimReader(actors: try TerritoryAccess.actors(store: existing),
                                 evaluator: try TerritoryAccess.evaluator(focus: focus.map { $0.uppercased().split(separator: ",").map(String.init) } ?? []))
        let claim: Claim
        do { claim = try reader.claim(from: Feature(geometry: shape, properties: JSONObject(props)), index: nil) } catch {
            throw InputFailure("\(error)")
        }
        let store = try storeOptions.open(create: true)
        let ids: [Int64]
        do { ids = try store.insert([claim]) } catch { throw InputFailure("\(error)") }
        FileHandleOutput.standardOutput(JSONOutput.line(.object(JSONObject([
            (key: "id", value: .number(Double(ids.first ?? 0))), (key: "actor", value: .string(claim.actor)),
            (key: "area_km2", value: .number(claim.areaKm2)), (key: "store", value: .string(storeOptions.path)),
        ]))))
    }
}
