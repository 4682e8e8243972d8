import ArgumentParser
import Dispatch
import Foundation
import Gazetteer
import GeoCore
import GeoJSONCoding
import Geoparser

/// `frontline geoparse [FILE|-]`: every place a text names, with offsets, resolution and qualifiers.
struct GeoparseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geoparse",
        abstract: "Find and resolve every place a text names (offsets in Unicode code points, end exclusive).",
        discussion: """
            JSON: {"mentions":[{"text","start","end","place":{"id","name","kind","country","admin1","lat","lon"},"qualifier","relation","score","geo_precision"}],"focus":[…]}
            Batch: --input-format jsonl reads one {"id","text"} object per line and writes one {"id","mentions"} line per
            document, streaming, in input order, on --jobs threads; a malformed line is reported on stderr with its line
            number and the rest of the batch goes on.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, geojson, table, jsonl }
    enum InputFormat: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @Argument(help: "Text file ('-' or nothing for standard input).")
    var file: String = "-"

    @Option(help: "Output format: json, geojson, table or jsonl.")
    var format: Format = .json

    @Option(help: "Input format: text (one document) or jsonl (one {\"id\",\"text\"} per line).")
    var inputFormat: InputFormat = .text

    @Option(help: "Focus countries, ISO2, comma-separated (default: inferred from the text).")
    var focus: String?

    @Flag(help: "Report demonyms (Syrian, Russian) as mentions of their country.")
    var demonyms = false

    @Flag(help: "Report places inside organisation names with role \"embedded\".")
    var embedded = false

    @Option(help: "Worker threads for jsonl input.")
    var jobs: Int = 1

    func validate() throws {
        guard jobs >= 1 && jobs <= 256 else { throw ValidationError("--jobs must be between 1 and 256") }
        if let focus, !focus.split(separator: ",").allSatisfy({ $0.count == 2 }) { throw ValidationError("--focus takes ISO2 codes, comma-separated (SY,IQ)") }
    }

    var options: GeoparseOptions {
        GeoparseOptions(focus: focus.map { $0.uppercased().split(separator: ",").map(String.init) }, demonyms: demonyms, embedded: embedded)
    }

    func run() throws {
        let parser: Geoparser
        do { parser = try Geoparser.shared() } catch { throw InputFailure("\(error)") }
        if inputFormat == .jsonl {
            try runBatch(parser)
            return
        }
        let data: Data
        do {
            data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw InputFailure("\(FeatureInput.displayName(file)): cannot read: \(error.localizedDescription)")
        }
        try Self.checkLength(data.count, at: FeatureInput.displayName(file))
        let text = try Self.decodeText(data, name: FeatureInput.displayName(file))
        let result = parser.parse(text, options: options)
        switch format {
        case .json:
            FileHandleOutput.standardOutput(JSONOutput.line(Self.json(result)))
        case .jsonl:
            FileHandleOutput.standardOutput(JSONOutput.line(.object(JSONObject([("id", .null), ("mentions", Self.mentionsJSON(result))]))))
        case .table:
            var t = TextTable(header: ["start", "end", "text", "place", "kind", "country", "qualifier", "relation", "score"], rightAligned: [0, 1, 8])
            for m in result.mentions {
                t.rows.append([String(m.start), String(m.end), m.text, m.resolution.map { "\($0.place.name) (\($0.place.id.rawValue))" } ?? "-",
                               m.resolution?.place.kind.rawValue ?? "", m.resolution?.place.country ?? "", m.qualifier ?? "", m.relation ?? "",
                               m.resolution.map { fixed($0.score, 2) } ?? ""])
            }
            FileHandleOutput.standardOutput(t.render() + "focus: \(result.focus.joined(separator: ","))\n")
        case .geojson:
            FileHandleOutput.standardOutput(try geojson(result, parser: parser) + "\n")
        }
    }

    /// A clear error for a text longer than the geoparser takes (``Geoparser/maxTextBytes``),
    /// which would otherwise give no mentions. `place` names the file, or the file and line.
    static func checkLength(_ bytes: Int, at place: String) throws {
        guard bytes > Geoparser.maxTextBytes else { return }
        throw InputFailure("\(place): text of \(bytes) bytes is longer than one document may be (\(Geoparser.maxTextBytes) bytes); "
            + "split it into documents, one JSON object per line, and use --input-format jsonl")
    }

    /// UTF-8 text, or a clear error for binary or non-UTF-8 input.
    static func decodeText(_ data: Data, name: String) throws -> String {
        if let nul = data.firstIndex(of: 0) {
            throw InputFailure("\(name): binary input (NUL byte at offset \(nul - data.startIndex)); geoparse reads UTF-8 text")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            // One pass to the first byte that breaks UTF-8, for the message.
            var offset = 0
            var decoder = UTF8()
            var bytes = data.makeIterator()
            decoding: while true {
                switch decoder.decode(&bytes) {
                case .scalarValue(let s): offset += UTF8.width(s)
                case .emptyInput, .error: break decoding
                }
            }
            throw InputFailure("\(name): not valid UTF-8 (near byte offset \(offset)); convert the text to UTF-8 first")
        }
        return text
    }

    static func json(_ r: GeoparseResult) -> JSONValue {
        .object(JSONObject([("mentions", mentionsJSON(r)), ("focus", .array(r.focus.map { .string($0) }))]))
    }

    static func mentionsJSON(_ r: GeoparseResult) -> JSONValue {
        .array(r.mentions.map { m in
            var members: [(key: String, value: JSONValue)] = [
                ("text", .string(m.text)), ("start", .number(Double(m.start))), ("end", .number(Double(m.end))),
                ("place", m.resolution.map { r in
                    .object(JSONObject([
                        ("id", .string(r.place.id.rawValue)), ("name", .string(r.place.name)), ("kind", .string(r.place.kind.rawValue)),
                        ("country", .string(r.place.country)), ("admin1", r.admin1Name.map { .string($0) } ?? .null),
                        ("lat", JSONOutput.number(r.place.coordinate.latitude)), ("lon", JSONOutput.number(r.place.coordinate.longitude)),
                    ]))
                } ?? .null),
                ("qualifier", m.qualifier.map { .string($0) } ?? .null), ("relation", m.relation.map { .string($0) } ?? .null),
                ("score", m.resolution.map { .number(($0.score * 1000).rounded() / 1000) } ?? .null),
                ("geo_precision", m.resolution.map { .number(Double(m.qualifier == nil ? $0.geoPrecision.rawValue : 2)) } ?? .null),
            ]
            if m.role != "place" { members.append(("role", .string(m.role))) }
            return .object(JSONObject(members))
        })
    }

    /// One feature per distinct place: its polygon or line where the gazetteer has one, else its point.
    func geojson(_ r: GeoparseResult, parser: Geoparser) throws -> String {
        var order: [String] = []
        var byPlace: [String: (Resolution, [Mention])] = [:]
        for m in r.mentions {
            guard let res = m.resolution else { continue }
            // A qualified mention ("western Iraq") is its own feature: the qualified part.
            let id = res.place.id.rawValue + (m.qualifier.map { "#" + $0 } ?? "")
            if byPlace[id] == nil { order.append(id); byPlace[id] = (res, []) }
            byPlace[id]!.1.append(m)  // set just above
        }
        let gazetteer = try GazetteerAccess.load()
        var writer = GeoJSONWriter()
        writer.beginCollection()
        for (n, id) in order.enumerated() {
            guard let (res, mentions) = byPlace[id] else { continue }
            if n > 0 { writer.bytes.append(UInt8(ascii: ",")) }
            var geometry = (try? gazetteer.geometry(for: res.place)) ?? nil
            let qualifier = mentions.first?.qualifier
            if let qualifier, let whole = geometry {
                geometry = (try? QualifiedPart.part(of: whole, which: qualifier)) ?? geometry
            }
            writer.append(Feature(id: .string(id), geometry: geometry ?? .point(res.place.coordinate), properties: JSONObject([
                ("name", .string(res.place.name)), ("qualifier", qualifier.map { .string($0) } ?? .null), ("kind", .string(res.place.kind.rawValue)), ("country", .string(res.place.country)),
                ("admin1", res.admin1Name.map { .string($0) } ?? .null), ("count", .number(Double(mentions.count))),
                ("mentions", .array(mentions.map { m in .object(JSONObject([
                    ("text", .string(m.text)), ("start", .number(Double(m.start))), ("end", .number(Double(m.end))),
                    ("qualifier", m.qualifier.map { .string($0) } ?? .null), ("relation", m.relation.map { .string($0) } ?? .null),
                ])) })),
            ])))
        }
        writer.endCollection(foreignMembers: JSONObject([("focus", .array(r.focus.map { .string($0) }))]))
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
