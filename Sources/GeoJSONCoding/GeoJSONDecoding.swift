import GeoCore

/// Whole-document decoding, for small inputs and tests. Large inputs: ``GeoJSONFeatureReader``.
public enum GeoJSONDecoding {
    /// Decodes one GeoJSON object (FeatureCollection, Feature or geometry).
    /// - Throws: `GeoJSONError.malformed` with line, column and JSON path.
    public static func decode(_ bytes: [UInt8]) throws -> GeoJSONObject {
        let parser = JSONParser(reader: ByteReader(bytes: bytes))
        do throws(ParseFailure) {
            var parts = GeoJSONParts()
            guard try parser.skipWhitespace() == UInt8(ascii: "{") else {
                throw parser.fail("expected a GeoJSON object ('{'), found \(parser.describe(try parser.peek()))")
            }
            var features: [Feature]?
            try parser.forEachMember { (key) throws(ParseFailure) in
                if key == "features" && (parts.type == nil || parts.type == "FeatureCollection") {
                    features = try parser.parseList { () throws(ParseFailure) in try parser.parseFeature() }
                } else {
                    try parser.parseMember(key, into: &parts)
                }
            }
            if let b = try parser.skipWhitespace() { throw parser.fail("unexpected \(parser.describe(b)) after the GeoJSON object") }
            switch parts.type {
            case "FeatureCollection":
                guard let features else { throw parser.fail("FeatureCollection has no \"features\" array") }
                return .featureCollection(FeatureCollection(features: features, bbox: parts.bbox, foreignMembers: parts.foreign))
            case "Feature":
                return .feature(parser.feature(from: parts))
            case nil:
                throw parser.fail("object has no \"type\" member")
            default:
                return .geometry(try parser.assembleGeometry(parts))
            }
        } catch {
            throw error.error
        }
    }

    /// Decodes a geometry object.
    public static func decodeGeometry(_ text: String) throws -> Geometry {
        guard case .geometry(let g) = try decode(Array(text.utf8)) else {
            throw GeoJSONError.malformed(location: SourceLocation(line: 1, column: 1), path: "", reason: "expected a geometry object")
        }
        return g
    }
}

extension GeoJSONDecoding {
    /// Decodes any JSON text (one value, nothing after it), with the same error locations.
    public static func decodeValue(_ bytes: [UInt8]) throws -> JSONValue {
        let parser = JSONParser(reader: ByteReader(bytes: bytes))
        do throws(ParseFailure) {
            let value = try parser.parseValue()
            if let b = try parser.skipWhitespace() { throw parser.fail("unexpected \(parser.describe(b)) after the JSON value") }
            return value
        } catch {
            throw error.error
        }
    }
}
