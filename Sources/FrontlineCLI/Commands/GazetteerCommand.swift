import ArgumentParser
import Foundation
import Gazetteer
import GeoJSONCoding

/// `frontline gazetteer stats|import`.
struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Inspect the gazetteer or import GeoNames dumps into your own.",
        subcommands: [Stats.self, Import.self]
    )

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Counts by kind and country, data files and versions.")

        @Option(help: "Output format: table or json.")
        var format: ReportFormat = .table

        @Option(help: "How many countries to list (by number of places).")
        var top: Int = 15

        func run() throws {
            let g = try GazetteerAccess.load()
            var byKind: [String: Int] = [:], byCountry: [String: Int] = [:], bySource: [String: Int] = [:]
            for i in 0..<g.count {
                guard let p = g.place(at: i) else { continue }
                byKind[p.kind.rawValue, default: 0] += 1
                byCountry[p.country, default: 0] += 1
                let source = p.source.hasPrefix("curated") ? "curated" : p.source
                bySource[source, default: 0] += 1
            }
            let countries = byCountry.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(top)
            // Data versions, as recorded beside the data.
            let versionsPath = "\(g.configuration.dataRoot)/Gazetteer/VERSIONS.tsv"
            let versions: [(String, String)] = ((try? String(contentsOfFile: versionsPath, encoding: .utf8)) ?? "")
                .split(separator: "\n").dropFirst().compactMap { line in
                    let f = line.split(separator: "\t").map(String.init)
                    return f.count >= 2 ? (f[0], f[1]) : nil
                }
            let files = g.files.map { f -> (String, Int) in
                let size = ((try? FileManager.default.attributesOfItem(atPath: f))?[.size] as? Int) ?? 0
                return (f, size)
            }
            switch format {
            case .json:
                func obj(_ d: [(String, Int)]) -> JSONValue { .object(JSONObject(d.map { ($0.0, .number(Double($0.1))) })) }
                FileHandleOutput.standardOutput(JSONOutput.line(.object(JSONObject([
                    ("places", .number(Double(g.count))),
                    ("by_kind", obj(byKind.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })),
                    ("by_country", obj(countries.map { ($0.key, $0.value) })),
                    ("by_source", obj(bySource.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })),
                    ("files", .array(files.map { .object(JSONObject([("path", .string($0.0)), ("bytes", .number(Double($0.1)))])) })),
                    ("versions", .object(JSONObject(versions.map { ($0.0, .string($0.1)) }))),
                    ("index", .string(g.indexPath)),
                ]))))
            case .table:
                var out = "places: \(g.count)\n\nby kind:\n"
                for (k, v) in byKind.sorted(by: { $0.value > $1.value }) { out += "  \(k.padding(toLength: 10, withPad: " ", startingAt: 0)) \(v)\n" }
                out += "\nby country (top \(top)):\n"
                for (k, v) in countries { out += "  \(k)  \(v)\n" }
                out += "\nby source:\n"
                for (k, v) in bySource.sorted(by: { $0.key < $1.key }) { out += "  \(k): \(v)\n" }
                out += "\nfiles:\n"
                for (f, s) in files { out += "  \(f) (\(s) bytes)\n" }
                out += "index: \(g.indexPath)\n"
                out += "\ndata versions:\n"
                for (k, v) in versions { out += "  \(k) \(v)\n" }
                FileHandleOutput.standardOutput(out)
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import GeoNames dumps (allCountries.txt, SY.txt, cities500.txt, alternateNamesV2.txt, admin1CodesASCII.txt) into your gazetteer.",
            discussion: """
                Writes one TSV into your gazetteer folder (FRONTLINE_USER_GAZETTEER, else ~/.local/share/frontline/gazetteer);
                the bundled data is never changed. Every line is checked first: a malformed line is reported with
                file and line, and nothing is written. Imported rows override bundled rows with the same id.
                """
        )

        @Argument(help: "GeoNames dump files.")
        var files: [String]

        @Option(help: "Name of the user gazetteer file (without .tsv).")
        var name: String = "imported"

        func validate() throws {
            guard !name.isEmpty, !name.contains("/") else { throw ValidationError("--name must be a plain file name") }
        }

        func run() throws {
            let configuration: GazetteerConfiguration
            do { configuration = try GazetteerConfiguration.fromEnvironment() } catch { throw InputFailure("\(error)") }
            let bundled = try? Gazetteer.shared()
            let summary: GeoNamesImporter.Summary
            do {
                summary = try GeoNamesImporter.importFiles(files, into: configuration.userDirectory, name: name, bundled: bundled)
            } catch {
                throw InputFailure("import failed, nothing changed: \(error)")
            }
            FileHandleOutput.standardOutput("imported \(summary.places) places and \(summary.alternateNames) alternate names into \(summary.output)"
                + (summary.skippedAlternateNames > 0 ? " (\(summary.skippedAlternateNames) alternate names for unknown places skipped)" : "") + "\n")
        }
    }
}
