import GeoCore

/// Serialises GeoJSON into bytes: RFC 7946 winding (exterior counter-clockwise, holes
/// clockwise), fixed coordinate precision, members in a fixed order, no whitespace.
///
/// Deterministic: the same value always gives the same bytes. Feature member order is `type`,
/// `id`, `bbox`, `properties`, `geometry`, then foreign members in input order; properties keep
/// their input order.
public struct GeoJSONWriter: Sendable {
    /// Decimals written for coordinates and bbox values.
    public var precision: Int
    /// The bytes written so far.
    public var bytes: [UInt8] = []

    /// Creates a writer.
    /// - Parameter precision: decimals for coordinates (default 7, about 1 cm).
    public init(precision: Int = NumberFormatting.defaultPrecision) {
        self.precision = precision
        bytes.reserveCapacity(1 << 16)
    }

    /// Encodes a whole GeoJSON object.
    public static func encode(_ object: GeoJSONObject, precision: Int = NumberFormatting.defaultPrecision) -> [UInt8] {
        var w = GeoJSONWriter(precision: precision)
        switch object {
        case .geometry(let g): w.append(g)
        case .feature(let f): w.append(f)
        case .featureCollection(let c):
            w.beginCollection()
            for (i, f) in c.features.enumerated() {
                if i > 0 { w.bytes.append(UInt8(ascii: ",")) }
                w.append(f)
            }
            w.endCollection(bbox: c.bbox, foreignMembers: c.foreignMembers)
        }
        return w.bytes
    }

    /// Encodes a JSON value.
    public static func encode(_ value: JSONValue) -> [UInt8] {
        var w = GeoJSONWriter()
        w.append(value)
        return w.bytes
    }

    /// A geometry as a JSON value (numbers unrounded).
    public static func jsonValue(_ g: Geometry) -> JSONValue {
        func pos(_ c: Coordinate) -> JSONValue {
            .array([.number(c.longitude), .number(c.latitude)] + (c.altitude.map { [.number($0)] } ?? []))
        }
        func ring(_ r: [Coordinate]) -> JSONValue { .array(r.map(pos)) }
        let coordinates: JSONValue
        switch g {
        case .point(let c): coordinates = pos(c)
        case .multiPoint(let cs), .lineString(let cs): coordinates = ring(cs)
        case .multiLineString(let ls): coordinates = .array(ls.map(ring))
        case .polygon(let p): coordinates = .array(p.rings.map(ring))
        case .multiPolygon(let ps): coordinates = .array(ps.map { .array($0.rings.map(ring)) })
        case .geometryCollection(let gs):
            return .object(JSONObject([("type", .string(g.typeName)), ("geometries", .array(gs.map(jsonValue)))]))
        }
        return .object(JSONObject([("type", .string(g.typeName)), ("coordinates", coordinates)]))
    }

    /// Starts a FeatureCollection: `{"type":"FeatureCollection","features":[`.
    public mutating func beginCollection() {
        bytes.append(contentsOf: #"{"type":"FeatureCollection","features":["#.utf8)
    }

    /// Ends a FeatureCollection, adding its bbox and foreign members after the features.
    public mutating func endCollection(bbox: [Double]? = nil, foreignMembers: JSONObject = JSONObject()) {
        bytes.append(UInt8(ascii: "]"))
        if let bbox { appendBBox(bbox) }
        appendMembers(foreignMembers, skipping: ["type", "features", "bbox"])
        bytes.append(UInt8(ascii: "}"))
    }

    /// Appends a Feature object.
    public mutating func append(_ f: Feature) {
        bytes.append(contentsOf: #"{"type":"Feature""#.utf8)
        if let id = f.id {
            bytes.append(contentsOf: #","id":"#.utf8)
            append(id.jsonValue)
        }
        if let bbox = f.bbox { appendBBox(bbox) }
        bytes.append(contentsOf: #","properties":"#.utf8)
        if let p = f.properties { append(.object(p)) } else { bytes.append(contentsOf: "null".utf8) }
        bytes.append(contentsOf: #","geometry":"#.utf8)
        if let g = f.geometry { append(g) } else { bytes.append(contentsOf: "null".utf8) }
        appendMembers(f.foreignMembers, skipping: ["type", "id", "bbox", "properties", "geometry"])
        bytes.append(UInt8(ascii: "}"))
    }

    /// Appends a geometry object with RFC 7946 winding.
    public mutating func append(_ g: Geometry) {
        bytes.append(contentsOf: #"{"type":""#.utf8)
        bytes.append(contentsOf: g.typeName.utf8)
        switch g {
        case .geometryCollection(let gs):
            bytes.append(contentsOf: #"","geometries":["#.utf8)
            for (i, m) in gs.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                append(m)
            }
            bytes.append(contentsOf: "]}".utf8)
            return
        default:
            bytes.append(contentsOf: #"","coordinates":"#.utf8)
        }
        switch g {
        case .point(let c): appendPosition(c)
        case .multiPoint(let cs), .lineString(let cs): appendPositions(cs, reversed: false)
        case .multiLineString(let ls):
            bytes.append(UInt8(ascii: "["))
            for (i, l) in ls.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                appendPositions(l, reversed: false)
            }
            bytes.append(UInt8(ascii: "]"))
        case .polygon(let p): appendPolygon(p)
        case .multiPolygon(let ps):
            bytes.append(UInt8(ascii: "["))
            for (i, p) in ps.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                appendPolygon(p)
            }
            bytes.append(UInt8(ascii: "]"))
        case .geometryCollection: break
        }
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func appendPolygon(_ p: Polygon) {
        bytes.append(UInt8(ascii: "["))
        for (i, ring) in p.rings.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            // RFC 7946 §3.1.6: exterior counter-clockwise, holes clockwise.
            let ccw = Winding.isCounterClockwise(ring)
            appendPositions(ring, reversed: (i == 0) != ccw)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    @inline(__always)
    private mutating func appendPositions(_ cs: [Coordinate], reversed: Bool) {
        bytes.append(UInt8(ascii: "["))
        let n = cs.count
        for k in 0..<n {
            if k > 0 { bytes.append(UInt8(ascii: ",")) }
            appendPosition(cs[reversed ? n - 1 - k : k])
        }
        bytes.append(UInt8(ascii: "]"))
    }

    @inline(__always)
    private mutating func appendPosition(_ c: Coordinate) {
        bytes.append(UInt8(ascii: "["))
        NumberFormatting.appendFixed(c.longitude, precision: precision, to: &bytes)
        bytes.append(UInt8(ascii: ","))
        NumberFormatting.appendFixed(c.latitude, precision: precision, to: &bytes)
        if let z = c.altitude {
            bytes.append(UInt8(ascii: ","))
            NumberFormatting.appendFixed(z, precision: min(precision, 3), to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func appendBBox(_ box: [Double]) {
        bytes.append(contentsOf: #","bbox":["#.utf8)
        for (i, v) in box.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            NumberFormatting.appendFixed(v, precision: precision, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func appendMembers(_ o: JSONObject, skipping reserved: Set<String>) {
        for m in o.members where !reserved.contains(m.key) {
            bytes.append(UInt8(ascii: ","))
            appendString(m.key)
            bytes.append(UInt8(ascii: ":"))
            append(m.value)
        }
    }

    /// Appends any JSON value.
    public mutating func append(_ v: JSONValue) {
        switch v {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let b): bytes.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n): NumberFormatting.appendShortest(n, to: &bytes)
        case .string(let s): appendString(s)
        case .array(let items):
            bytes.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                append(item)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let o):
            bytes.append(UInt8(ascii: "{"))
            for (i, m) in o.members.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                appendString(m.key)
                bytes.append(UInt8(ascii: ":"))
                append(m.value)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Appends a JSON string with the escapes RFC 8259 requires; other characters as UTF-8.
    public mutating func appendString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escape: scanned in place and copied whole.
        let plain = s.utf8.withContiguousStorageIfAvailable { u -> Bool in
            for b in u where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { return false }
            bytes.append(contentsOf: u)
            return true
        }
        if plain == true {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
            case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
            case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
            case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: #"\u00"#.utf8)
                bytes.append(hex[Int(b >> 4)])
                bytes.append(hex[Int(b & 0xF)])
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
