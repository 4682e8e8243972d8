import GeoCore

/// The members of one GeoJSON object as read, before `type` decides what they form.
struct GeoJSONParts {
    var type: String?
    var id: FeatureID?
    var geometry: Geometry?
    var hasGeometry = false
    /// Set when a top-level object's `features` array was streamed.
    var hadFeatures = false
    var properties: JSONObject?
    var bbox: [Double]?
    var coordinates: ParsedCoordinates?
    var geometries: [Geometry]?
    var foreign = JSONObject()
}

extension JSONParser {
    /// Reads one member of a GeoJSON object into `parts`, by its name.
    func parseMember(_ key: String, into parts: inout GeoJSONParts) throws(ParseFailure) {
        switch key {
        case "type":
            parts.type = try parseString()
        case "id":
            switch try parseValue() {
            case .string(let s): parts.id = .string(s)
            case .number(let n): parts.id = .number(n)
            default: throw fail("a feature id must be a string or a number")
            }
        case "geometry" where parts.type == nil || parts.type == "Feature":
            parts.hasGeometry = true
            if try skipWhitespace() == UInt8(ascii: "n") {
                try literal("null")
                parts.geometry = nil
            } else {
                parts.geometry = try parseGeometry()
            }
        case "properties" where parts.type == nil || parts.type == "Feature":
            if try skipWhitespace() == UInt8(ascii: "n") {
                try literal("null")
                parts.properties = nil
            } else {
                guard try peek() == UInt8(ascii: "{") else { throw fail("properties must be an object or null") }
                parts.properties = try parseObject()
            }
        case "bbox":
            guard case .array(let items) = try parseValue() else { throw fail("bbox must be an array of numbers") }
            var box: [Double] = []
            for (i, item) in items.enumerated() {
                guard case .number(let n) = item else { throw fail("bbox must be an array of numbers").within("[\(i)]") }
                box.append(n)
            }
            guard box.count >= 4, box.count % 2 == 0 else { throw fail("bbox must have 2×n numbers (n ≥ 2), has \(box.count)") }
            parts.bbox = box
        case "coordinates" where parts.type == nil || Self.geometryTypes.contains(parts.type!):
            parts.coordinates = try parseCoordinates()
        case "geometries" where parts.type == nil || parts.type == "GeometryCollection":
            parts.geometries = try parseList { () throws(ParseFailure) in try parseGeometry() }
        default:
            parts.foreign[key] = try parseValue()
        }
    }

    static let geometryTypes: Set<String> = ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"]

    /// Parses a geometry object (not null).
    func parseGeometry() throws(ParseFailure) -> Geometry {
        var parts = GeoJSONParts()
        try forEachMember { (key) throws(ParseFailure) in try parseMember(key, into: &parts) }
        return try assembleGeometry(parts)
    }

    /// Builds a geometry from its members, checking the coordinates' nesting against `type`.
    func assembleGeometry(_ parts: GeoJSONParts) throws(ParseFailure) -> Geometry {
        guard let type = parts.type else { throw fail("geometry has no \"type\" member") }
        if type == "GeometryCollection" {
            guard let gs = parts.geometries else { throw fail("GeometryCollection has no \"geometries\" array") }
            return .geometryCollection(gs)
        }
        guard Self.geometryTypes.contains(type) else {
            throw fail("unknown geometry type \"\(type)\" (expected Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon or GeometryCollection)")
        }
        guard let coords = parts.coordinates else { throw fail("\(type) has no \"coordinates\" member") }
        let want: Int = switch type {
        case "Point": 1
        case "MultiPoint", "LineString": 2
        case "MultiLineString", "Polygon": 3
        default: 4
        }
        if case .generic(let v) = coords {
            return try geometry(type, fromGeneric: v, depth: want)
        }
        switch (type, coords) {
        case ("Point", .position(let c)): return .point(c)
        case ("MultiPoint", .positions(let cs)): return .multiPoint(cs)
        case ("LineString", .positions(let cs)): return .lineString(cs)
        case ("MultiLineString", .rings(let ls)): return .multiLineString(ls)
        case ("Polygon", .rings(let rs)): return .polygon(Polygon(rings: rs))
        case ("MultiPolygon", .polygons(let ps)): return .multiPolygon(ps.map { Polygon(rings: $0) })
        default:
            throw fail("\(type) coordinates must be nested \(want) deep (\(Self.shape(want))), found \(coords.depth ?? 0)").within("coordinates")
        }
    }

    static func shape(_ depth: Int) -> String {
        switch depth {
        case 1: "a position"
        case 2: "an array of positions"
        case 3: "an array of arrays of positions"
        default: "an array of polygons' rings of positions"
        }
    }

    /// Converts untyped nested arrays (with empty members) to the geometry `type` needs.
    private func geometry(_ type: String, fromGeneric value: JSONValue, depth: Int) throws(ParseFailure) -> Geometry {
        func position(_ v: JSONValue, _ path: [String]) throws(ParseFailure) -> Coordinate {
            guard case .array(let items) = v, items.count >= 2 else {
                throw ParseFailure(location: reader.location(), reversedPath: path + ["coordinates"], reason: "expected a position of at least 2 numbers")
            }
            var ns: [Double] = []
            for item in items.prefix(3) {
                guard case .number(let n) = item else {
                    throw ParseFailure(location: reader.location(), reversedPath: path + ["coordinates"], reason: "position elements must be numbers")
                }
                ns.append(n)
            }
            return Coordinate(longitude: ns[0], latitude: ns[1], altitude: ns.count > 2 ? ns[2] : nil)
        }
        func list<T>(_ v: JSONValue, _ path: [String], _ f: (JSONValue, [String]) throws(ParseFailure) -> T) throws(ParseFailure) -> [T] {
            guard case .array(let items) = v else {
                throw ParseFailure(location: reader.location(), reversedPath: path + ["coordinates"], reason: "expected an array")
            }
            var out: [T] = []
            for (i, item) in items.enumerated() { out.append(try f(item, ["[\(i)]"] + path)) }
            return out
        }
        func positions(_ v: JSONValue, _ p: [String]) throws(ParseFailure) -> [Coordinate] { try list(v, p, position) }
        func rings(_ v: JSONValue, _ p: [String]) throws(ParseFailure) -> [[Coordinate]] { try list(v, p, positions) }
        switch type {
        case "Point": return .point(try position(value, []))
        case "MultiPoint": return .multiPoint(try positions(value, []))
        case "LineString": return .lineString(try positions(value, []))
        case "MultiLineString": return .multiLineString(try rings(value, []))
        case "Polygon":
            if case .array(let a) = value, a.isEmpty { return .polygon(Polygon(rings: [])) }
            return .polygon(Polygon(rings: try rings(value, [])))
        default: return .multiPolygon(try list(value, []) { (v, p) throws(ParseFailure) in Polygon(rings: try rings(v, p)) })
        }
    }

    /// Parses a Feature object.
    func parseFeature() throws(ParseFailure) -> Feature {
        var parts = GeoJSONParts()
        try forEachMember { (key) throws(ParseFailure) in try parseMember(key, into: &parts) }
        guard parts.type == "Feature" else {
            throw fail(parts.type.map { "expected a Feature, found \"\($0)\"" } ?? "feature has no \"type\" member")
        }
        return feature(from: parts)
    }

    /// Builds a Feature from members (type already checked); stray typed members become foreign.
    func feature(from parts: GeoJSONParts) -> Feature {
        var foreign = parts.foreign
        if let c = parts.coordinates { foreign["coordinates"] = c.jsonValue }
        if let gs = parts.geometries { foreign["geometries"] = .array(gs.map { GeoJSONWriter.jsonValue($0) }) }
        return Feature(id: parts.id, geometry: parts.geometry, properties: parts.properties, bbox: parts.bbox, foreignMembers: foreign)
    }
}
