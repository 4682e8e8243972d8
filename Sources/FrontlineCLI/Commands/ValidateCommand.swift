import ArgumentParser
import GeoCore
import GeoJSONCoding
import GeoTopology

/// `frontline validate FILE`: every structural and topological problem, with its feature and place.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Report every invalid geometry with its feature, reason and location; exit 1 if any.",
        discussion: """
            Checks RFC 7946 structure (closed rings, enough positions, coordinates in range) and OGC
            validity through GEOS (self-intersections, holes outside shells, ...). A JSON syntax error is
            reported with its line, column and JSON path. --fix OUT writes a copy in which every invalid
            geometry is repaired (rings closed, then GEOS make-valid, structure method); the exit code
            still reports the input (1 when it had problems).
            """
    )

    @Argument(help: "GeoJSON, GeoJSONSeq or NDJSON file ('-' for standard input).")
    var file: String

    @Option(help: "Output format: table (one line per problem) or json.")
    var format: ReportFormat = .table

    @Option(name: .customLong("fix"), help: "Write a repaired copy to this path (format by extension).")
    var fixPath: String?

    @Option(help: "Coordinate decimals in the repaired copy.")
    var precision: Int = NumberFormatting.defaultPrecision

    struct Problem {
        var index: Int?
        var id: FeatureID?
        var path: String
        var reason: String
        var location: Coordinate?
    }

    func run() throws {
        var problems: [Problem] = []
        var count = 0
        let writer = try fixPath.map { path in
            do { return try GeoJSONFeatureWriter(path: path, format: GeoJSONFormat.forPath(path) ?? .geojson, precision: precision) }
            catch { throw InputFailure(file: path, error) }
        }
        do {
            try FeatureInput.forEach(file) { index, feature in
                count += 1
                let repaired = check(index, feature, into: &problems)
                if let writer, let path = fixPath {
                    do { try writer.write(repaired) } catch { throw InputFailure(file: path, error) }
                }
            }
        } catch let failure as InputFailure where !failure.isIO {
            // Malformed JSON: report it as a problem (it already names file, line, column, path).
            writer?.abandon()
            problems.append(Problem(index: nil, id: nil, path: "", reason: failure.message, location: nil))
            report(problems, count: count)
            throw ExitCode(1)
        }
        if let writer {
            do { try writer.finish() } catch { throw InputFailure(file: fixPath ?? "-", error) }
        }
        report(problems, count: count)
        if !problems.isEmpty { throw ExitCode(1) }
    }

    /// Appends the feature's problems and returns the feature with its geometry repaired.
    private func check(_ index: Int, _ feature: Feature, into problems: inout [Problem]) -> Feature {
        guard let g = feature.geometry else { return feature }
        var fixed = feature
        let structural = g.structuralProblems()
        for p in structural {
            problems.append(Problem(index: index, id: feature.id, path: "features[\(index)].geometry.\(p.path)", reason: p.reason, location: p.location))
        }
        let candidate = structural.isEmpty ? g : g.structurallyRepaired()
        do {
            if let v = try candidate.validityProblem() {
                if structural.isEmpty {
                    problems.append(Problem(index: index, id: feature.id, path: "features[\(index)].geometry", reason: v.reason, location: v.location))
                }
                fixed.geometry = try candidate.madeValid()
            } else if !structural.isEmpty {
                fixed.geometry = candidate
            }
        } catch {
            problems.append(Problem(index: index, id: feature.id, path: "features[\(index)].geometry", reason: "\(error)", location: nil))
        }
        return fixed
    }

    private func report(_ problems: [Problem], count: Int) {
        switch format {
        case .json:
            let items: [JSONValue] = problems.map { p in
                .object(JSONObject([
                    ("index", p.index.map { .number(Double($0)) } ?? .null),
                    ("id", p.id?.jsonValue ?? .null),
                    ("path", .string(p.path)),
                    ("reason", .string(p.reason)),
                    ("location", p.location.map { .array([.number($0.longitude), .number($0.latitude)]) } ?? .null),
                ]))
            }
            FileHandleOutput.standardOutput(JSONOutput.line(.object(JSONObject([
                ("file", .string(file)), ("features", .number(Double(count))),
                ("valid", .bool(problems.isEmpty)), ("problems", .array(items)),
            ]))))
        case .table:
            for p in problems {
                guard let index = p.index else {
                    FileHandleOutput.standardOutput("\(p.reason)\n")
                    continue
                }
                var line = "\(file): feature \(index)"
                if let id = p.id { line += " (id \(FeatureInput.quoted(id)))" }
                line += ": \(p.reason)"
                if let l = p.location { line += " at (\(l.longitude), \(l.latitude))" }
                line += " [\(p.path)]"
                FileHandleOutput.standardOutput(line + "\n")
            }
            let summary = problems.isEmpty
                ? "\(file): \(count) feature\(count == 1 ? "" : "s"), all valid\n"
                : "\(file): \(problems.count) problem\(problems.count == 1 ? "" : "s") in \(count) feature\(count == 1 ? "" : "s")\n"
            FileHandleOutput.standardError(summary)
        }
    }
}
