import GeoCore
import GeoJSONCoding

/// An area described with the gazetteer instead of drawn: "Deir ez-Zor province", 10 km either
/// side of the Euphrates from al-Mayadeen to Abu Kamal, the east bank within a province, the
/// western part of Iraq, and unions, intersections and differences of these.
///
/// Written as JSON (see ``init(json:path:)``); a bare string is a place name.
public indirect enum AreaExpression: Sendable, Hashable {
    /// A named area from the gazetteer: a country, province, curated region ("western Iraq").
    case place(String)
    /// Everything within `km` of an area or place (a town's point, a river's line).
    case buffer(around: AreaExpression, km: Double)
    /// The band `km` either side of `river` between the points of `from` and `to` along it.
    case corridor(river: String, from: String, to: String, km: Double)
    /// The part of `within` on one side (`east`, `west`, `north`, `south`) of `river`.
    case side(river: String, which: String, within: AreaExpression)
    /// A qualified part of an area (`west`, `northeast`, `central`, `border`; see `QualifiedPart`).
    case part(of: AreaExpression, which: String)
    /// Everything in any of the areas.
    case union([AreaExpression])
    /// What all the areas share.
    case intersection([AreaExpression])
    /// The first area without the others.
    case difference([AreaExpression])
    /// A literal GeoJSON geometry (polygonal).
    case geometry(Geometry)

    /// The sides ``side(river:which:within:)`` accepts.
    public static let sides: Set<String> = ["east", "west", "north", "south"]

    /// Parses an expression from JSON.
    ///
    /// Forms: `"Name"`, `{"place":"Name"}`, `{"buffer":{"around":E,"km":N}}`,
    /// `{"corridor":{"river":"R","from":"A","to":"B","km":N}}`,
    /// `{"side":{"of":"R","which":"east","within":E}}`, `{"part":{"of":E,"which":"west"}}`,
    /// `{"union":[E,…]}`, `{"intersection":[E,…]}`, `{"difference":[E,E,…]}`, or a GeoJSON
    /// Polygon/MultiPolygon object.
    /// - Parameter path: where the expression sits, for error messages (`properties.area`).
    /// - Throws: `TerritoryError.badExpression` naming the path and what is wrong.
    public init(json: JSONValue, path: String = "area") throws(TerritoryError) {
        func bad(_ p: String, _ what: String) -> TerritoryError { .badExpression("\(p): \(what)") }
        switch json {
        case .string(let name):
            guard !name.trimmingSpaces.isEmpty else { throw bad(path, "empty place name") }
            self = .place(name.trimmingSpaces)
        case .object(let o):
            if let type = o["type"]?.stringValue {
                guard type == "Polygon" || type == "MultiPolygon" else { throw bad(path, "a literal geometry must be a Polygon or MultiPolygon, not \(type)") }
                do {
                    self = .geometry(try GeoJSONDecoding.decodeGeometry(String(decoding: GeoJSONWriter.encode(json), as: UTF8.self)))
                } catch {
                    throw bad(path, "\(error)")
                }
                return
            }
            guard o.members.count == 1, let (key, value) = o.members.first else {
                throw bad(path, "expected one of place, buffer, corridor, side, part, union, intersection, difference, got {\(o.members.map(\.key).joined(separator: ","))}")
            }
            let p = "\(path).\(key)"
            func field(_ name: String) throws(TerritoryError) -> JSONValue {
                guard let v = value.objectValue?[name] else { throw bad(p, "missing \"\(name)\"") }
                return v
            }
            func string(_ name: String) throws(TerritoryError) -> String {
                guard let s = try field(name).stringValue, !s.trimmingSpaces.isEmpty else { throw bad("\(p).\(name)", "expected a non-empty string") }
                return s.trimmingSpaces
            }
            func km() throws(TerritoryError) -> Double {
                guard let k = try field("km").numberValue, k.isFinite, k > 0, k <= 2000 else { throw bad("\(p).km", "expected a number of km in (0, 2000]") }
                return k
            }
            func list() throws(TerritoryError) -> [AreaExpression] {
                guard case .array(let items) = value, !items.isEmpty else { throw bad(p, "expected a non-empty array of expressions") }
                var out: [AreaExpression] = []
                for (i, item) in items.enumerated() { out.append(try AreaExpression(json: item, path: "\(p)[\(i)]")) }
                return out
            }
            func which(_ allowed: Set<String>) throws(TerritoryError) -> String {
                let w = try string("which").lowercased()
                guard allowed.contains(w) else { throw bad("\(p).which", "\"\(w)\" is not one of \(allowed.sorted().joined(separator: ", "))") }
                return w
            }
            switch key {
            case "place":
                guard let s = value.stringValue, !s.trimmingSpaces.isEmpty else { throw bad(p, "expected a place name") }
                self = .place(s.trimmingSpaces)
            case "buffer":
                self = .buffer(around: try AreaExpression(json: try field("around"), path: "\(p).around"), km: try km())
            case "corridor":
                self = .corridor(river: try string("river"), from: try string("from"), to: try string("to"), km: try km())
            case "side":
                self = .side(river: try string("of"), which: try which(Self.sides), within: try AreaExpression(json: try field("within"), path: "\(p).within"))
            case "part":
                self = .part(of: try AreaExpression(json: try field("of"), path: "\(p).of"), which: try which(Self.partNames))
            case "union": self = .union(try list())
            case "intersection": self = .intersection(try list())
            case "difference":
                let items = try list()
                guard items.count >= 2 else { throw bad(p, "needs at least two expressions (the area, then what to take away)") }
                self = .difference(items)
            default:
                throw bad(path, "unknown operator \"\(key)\" (expected place, buffer, corridor, side, part, union, intersection, difference)")
            }
        default:
            throw bad(path, "expected a place name or an object")
        }
    }

    /// Parses command-line text: JSON when it starts with `{` or `"`, else a bare place name.
    /// - Throws: `TerritoryError.badExpression`.
    public init(text: String) throws(TerritoryError) {
        let t = text.trimmingSpaces
        if t.hasPrefix("{") || t.hasPrefix("\"") {
            let value: JSONValue
            do { value = try GeoJSONDecoding.decodeValue(Array(t.utf8)) } catch { throw .badExpression("not valid JSON: \(error)") }
            try self.init(json: value)
        } else {
            try self.init(json: .string(t))
        }
    }

    /// Qualifiers ``part(of:which:)`` accepts (those of `QualifiedPart`).
    public static let partNames: Set<String> = ["north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast", "central", "border"]

    /// The expression as JSON, in the forms ``init(json:path:)`` reads.
    public var json: JSONValue {
        func object(_ key: String, _ members: [(String, JSONValue)]) -> JSONValue {
            .object(JSONObject([(key: key, value: .object(JSONObject(members.map { (key: $0.0, value: $0.1) })))]))
        }
        switch self {
        case .place(let name): return .string(name)
        case .buffer(let e, let km): return object("buffer", [("around", e.json), ("km", .number(km))])
        case .corridor(let r, let f, let t, let km): return object("corridor", [("river", .string(r)), ("from", .string(f)), ("to", .string(t)), ("km", .number(km))])
        case .side(let r, let w, let e): return object("side", [("of", .string(r)), ("which", .string(w)), ("within", e.json)])
        case .part(let e, let w): return object("part", [("of", e.json), ("which", .string(w))])
        case .union(let es): return .object(JSONObject([(key: "union", value: .array(es.map(\.json)))]))
        case .intersection(let es): return .object(JSONObject([(key: "intersection", value: .array(es.map(\.json)))]))
        case .difference(let es): return .object(JSONObject([(key: "difference", value: .array(es.map(\.json)))]))
        case .geometry(let g): return GeoJSONWriter.jsonValue(g)
        }
    }

    /// Compact JSON text of ``json``.
    public var jsonText: String { String(decoding: GeoJSONWriter.encode(json), as: UTF8.self) }
}
