import ArgumentParser
import GeoJSONCoding
import Territory

/// `frontline claims import FILE`: all-or-nothing import of a FeatureCollection of claims.
struct ClaimsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import claims from a GeoJSON FeatureCollection (all or nothing).",
        discussion: """
            Each feature is a claim: properties actor, claimant, source, source_span, from, to, status, precision,
            note; the area is the geometry (Polygon/MultiPolygon) or, when the geometry is null, properties.area
            holding an area expression. Everything is checked first (dates, geometry validity with GEOS's reason,
            unknown actors and places with suggestions); nothing is stored unless every feature is good, unless
            --skip-invalid is given, which stores the good ones and reports each skipped feature.
            Prints {"imported":N,"skipped":M,"ids":[…]}.
            """
    )

    @Argument(help: "GeoJSON file of claims (- for stdin).")
    var file: String

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Store the valid claims and report the invalid ones instead of storing nothing.")
    var skipInvalid = false

    @Option(help: "Countries to prefer when a place name is ambiguous (ISO2, comma-separated).")
    var focus: String?

    func run() throws {
        let features = try FeatureInput.all(file)
        guard !features.isEmpty else { throw InputFailure("\(FeatureInput.displayName(file)): no features") }
        // Read the actors from an existing store without creating one before the input is checked.
        let existing = try? StoreOptions(store: storeOptions.path).open(create: false)
        let reader = ClaimReader(actors: try TerritoryAccess.actors(store: existing),
                                 evaluator: try TerritoryAccess.evaluator(focus: focus.map { $0.uppercased().split(separator: ",").map(String.init) } ?? []))
        var claims: [Claim] = []
        var problems: [ClaimInputError] = []
        for (i, f) in features.enumerated() {
            do { claims.append(try reader.claim(from: f, index: i)) } catch { problems.append(error) }
        }
        let name = FeatureInput.displayName(file)
        if !problems.isEmpty && !skipInvalid {
            for p in problems { FileHandleOutput.standardError("frontline: \(name): \(p)\n") }
            throw InputFailure("\(name): \(problems.count) of \(features.count) features invalid; nothing stored (use --skip-invalid to store the rest)")
        }
        for p in problems { FileHandleOutput.standardError("frontline: \(name): skipped \(p)\n") }
        let ids = claims.isEmpty ? [] : try insert(claims)
        FileHandleOutput.standardOutput(JSONOutput.line(.object(JSONObject([
            (key: "imported", value: .number(Double(ids.count))), (key: "skipped", value: .number(Double(problems.count))),
            (key: "ids", value: .array(ids.map { .number(Double($0)) })), (key: "store", value: .string(storeOptions.path)),
        ]))))
    }

    private func insert(_ claims: [Claim]) throws -> [Int64] {
        let store = try storeOptions.open(create: true)
        do { return try store.insert(claims) } catch { throw InputFailure("\(error)") }
    }
}

extension StoreOptions {
    init(store: String) {
        self.init()
        self.store = store
    }
}
