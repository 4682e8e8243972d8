#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GeoCore

/// Reads features one at a time from GeoJSON, GeoJSON Text Sequences (RFC 8142) or
/// newline-delimited GeoJSON, in bounded memory.
///
/// The format is recognised from the content: a FeatureCollection's `features` array is streamed
/// member by member; a file of several top-level objects (separated by newlines and/or RS bytes)
/// yields each Feature in turn (a FeatureCollection among them is streamed too); a bare geometry
/// becomes a feature with null properties.
///
/// ```swift
/// let reader = try GeoJSONFeatureReader(path: "claims.geojson")
/// while let feature = try reader.next() { … }
/// ```
///
/// Not thread-safe: one reader per task.
public final class GeoJSONFeatureReader {
    private let parser: JSONParser
    /// The name used in I/O errors (the file path, or `-` for standard input).
    public let name: String

    private enum State {
        case betweenObjects
        case inFeatures(count: Int)
        case afterFeatures
        case finished
    }
    private var state = State.betweenObjects
    private var parts = GeoJSONParts()
    private var objectIndex = 0

    /// Members of the (last) FeatureCollection other than `type`, `features` and `bbox`, complete
    /// once ``next()`` has returned `nil`.
    public private(set) var collectionForeignMembers = JSONObject()
    /// The (last) FeatureCollection's bbox, if it had one.
    public private(set) var collectionBBox: [Double]?
    /// How many top-level JSON texts the input held (1 for a plain GeoJSON file).
    public var topLevelCount: Int { objectIndex }

    /// Opens a file (or standard input for `-`).
    /// - Throws: `GeoJSONError.io` when the file cannot be opened.
    public convenience init(path: String, bufferSize: Int = 1 << 20) throws {
        if path == "-" {
            self.init(reader: ByteReader(fd: 0, owns: false, name: "-", bufferSize: bufferSize), name: "-")
            return
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw GeoJSONError.io(path: path, reason: String(cString: strerror(errno)))
        }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            _ = close(fd)
            throw GeoJSONError.io(path: path, reason: "is a directory")
        }
        self.init(reader: ByteReader(fd: fd, owns: true, name: path, bufferSize: bufferSize), name: path)
    }

    /// Reads from bytes in memory.
    public convenience init(bytes: [UInt8], name: String = "<memory>") {
        self.init(reader: ByteReader(bytes: bytes, name: name), name: name)
    }

    private init(reader: ByteReader, name: String) {
        parser = JSONParser(reader: reader)
        self.name = name
    }

    /// The next feature, or `nil` at the end of input.
    /// - Throws: `GeoJSONError.malformed` with line, column and JSON path; `GeoJSONError.io`.
    public func next() throws -> Feature? {
        do {
            return try step()
        } catch {
            state = .finished
            throw error.error
        }
    }

    private func step() throws(ParseFailure) -> Feature? {
        while true {
            switch state {
            case .finished:
                return nil
            case .betweenObjects:
                guard let b = try parser.skipWhitespace(recordSeparators: true) else {
                    state = .finished
                    return nil
                }
                guard b == UInt8(ascii: "{") else {
                    throw parser.fail(objectIndex == 0
                        ? "expected a GeoJSON object ('{'), found \(parser.describe(b))"
                        : "expected another GeoJSON object or end of input, found \(parser.describe(b))")
                }
                objectIndex += 1
                parser.reader.pos += 1
                parts = GeoJSONParts()
                if let done = try members(first: true) { return done }
            case .inFeatures(let count):
                let c = try parser.skipWhitespace()
                if c == UInt8(ascii: "]") {
                    parser.reader.pos += 1
                    state = .afterFeatures
                    continue
                }
                if count > 0 {
                    guard c == UInt8(ascii: ",") else {
                        throw parser.fail("expected ',' or ']' in features, found \(parser.describe(c))").within("features")
                    }
                    parser.reader.pos += 1
                }
                do {
                    let f = try parser.parseFeature()
                    state = .inFeatures(count: count + 1)
                    return f
                } catch {
                    throw error.within("[\(count)]").within("features")
                }
            case .afterFeatures:
                if let done = try members(first: false) { return done }
            }
        }
    }

    /// Reads members of a top-level object until it ends or its `features` array starts.
    /// Returns a feature when the object was a Feature or a bare geometry.
    private func members(first: Bool) throws(ParseFailure) -> Feature? {
        var expectSeparator = !first
        while true {
            let c = try parser.skipWhitespace()
            if c == UInt8(ascii: "}") {
                parser.reader.pos += 1
                state = .betweenObjects
                return try finishObject()
            }
            if expectSeparator {
                guard c == UInt8(ascii: ",") else { throw parser.fail("expected ',' or '}' in object, found \(parser.describe(c))") }
                parser.reader.pos += 1
                _ = try parser.skipWhitespace()
            } else if first && c != UInt8(ascii: "\"") && c != UInt8(ascii: "}") {
                throw parser.fail("expected a member name in quotes, found \(parser.describe(c))")
            }
            expectSeparator = true
            let key = try parser.parseString()
            try parser.expect(UInt8(ascii: ":"), "':' after member name")
            _ = try parser.skipWhitespace()
            if key == "features" && (parts.type == nil || parts.type == "FeatureCollection") {
                guard try parser.peek() == UInt8(ascii: "[") else {
                    throw parser.fail("features must be an array").within("features")
                }
                parser.reader.pos += 1
                parts.hadFeatures = true
                parts.type = parts.type ?? "FeatureCollection?"
                state = .inFeatures(count: 0)
                return nil
            }
            do { try parser.parseMember(key, into: &parts) } catch { throw error.within(key) }
        }
    }

    private func finishObject() throws(ParseFailure) -> Feature? {
        if parts.hadFeatures {
            guard parts.type == "FeatureCollection" else {
                throw parser.fail(parts.type == "FeatureCollection?"
                    ? "FeatureCollection has no \"type\" member"
                    : "an object with a \"features\" array must be a FeatureCollection, not \"\(parts.type ?? "")\"")
            }
            collectionForeignMembers = parts.foreign
            collectionBBox = parts.bbox
            return try step()
        }
        switch parts.type {
        case "FeatureCollection":
            throw parser.fail("FeatureCollection has no \"features\" array")
        case "Feature":
            return parser.feature(from: parts)
        case .some(let t) where JSONParser.geometryTypes.contains(t) || t == "GeometryCollection":
            return Feature(geometry: try parser.assembleGeometry(parts), properties: nil)
        case .some(let t):
            throw parser.fail("unknown GeoJSON type \"\(t)\"")
        case nil:
            throw parser.fail("object has no \"type\" member")
        }
    }
}
