#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GeoCore

/// A hand-written JSON parser over a `ByteReader`, with typed fast paths for GeoJSON coordinates.
///
/// Numbers with at most 19 significant digits and a decimal exponent within ±22 are converted
/// exactly by Clinger's fast path; all others go through `strtod` (correctly rounded).
final class JSONParser {
    let reader: ByteReader
    /// Maximum nesting of arrays/objects in generic values (guards the stack).
    static let maxDepth = 512
    private var depth = 0

    init(reader: ByteReader) {
        self.reader = reader
    }

    // MARK: - Errors

    func fail(_ reason: String) -> ParseFailure {
        ParseFailure(location: reader.location(), reversedPath: [], reason: reason)
    }

    func io(_ body: () throws(GeoJSONError) -> UInt8?) throws(ParseFailure) -> UInt8? {
        do { return try body() } catch {
            throw ParseFailure(location: reader.location(), reversedPath: [], reason: error.description)
        }
    }

    @inline(__always)
    func peek() throws(ParseFailure) -> UInt8? {
        if reader.pos < reader.end { return reader.buffer[reader.pos] }
        return try io { () throws(GeoJSONError) in try reader.peek() }
    }

    @inline(__always)
    func skipWhitespace(recordSeparators: Bool = false) throws(ParseFailure) -> UInt8? {
        try io { () throws(GeoJSONError) in try reader.skipWhitespace(recordSeparators: recordSeparators) }
    }

    /// The byte at absolute index `i` (which may be past `end`); refills keeping `pos` and adjusts `i`.
    @inline(__always)
    func byte(at i: inout Int) throws(ParseFailure) -> UInt8? {
        if i < reader.end { return reader.buffer[i] }
        let offset = i - reader.pos
        let ok = try io { () throws(GeoJSONError) in try reader.fill(offset + 1) ? 1 : nil } != nil
        i = reader.pos + offset
        return ok ? reader.buffer[i] : nil
    }

    func describe(_ b: UInt8?) -> String {
        guard let b else { return "end of input" }
        if b >= 0x20 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        let hex = Array("0123456789ABCDEF")
        return "byte 0x\(hex[Int(b >> 4)])\(hex[Int(b & 0xF)])"
    }

    @inline(__always)
    func expect(_ want: UInt8, _ what: String) throws(ParseFailure) {
        let b = try skipWhitespace()
        guard b == want else { throw fail("expected \(what), found \(describe(b))") }
        reader.pos += 1
    }

    // MARK: - Scalars

    /// Parses a JSON number at the current position.
    func parseNumber() throws(ParseFailure) -> Double {
        var i = reader.pos
        var negative = false
        var mantissa: UInt64 = 0
        var significant = 0
        var exponent = 0
        var exact = true
        var b = try byte(at: &i)
        if b == UInt8(ascii: "-") {
            negative = true
            i += 1
            b = try byte(at: &i)
        }
        guard let first = b, first >= 0x30, first <= 0x39 else {
            reader.pos = i
            throw fail("expected a number, found \(describe(b))")
        }
        if first == 0x30 {
            i += 1
            b = try byte(at: &i)
            if let d = b, d >= 0x30, d <= 0x39 {
                reader.pos = i
                throw fail("numbers must not have leading zeros")
            }
        } else {
            while let d = b, d >= 0x30, d <= 0x39 {
                if significant < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(d &- 0x30)
                    significant += 1
                } else {
                    exponent += 1
                    exact = false
                }
                i += 1
                b = try byte(at: &i)
            }
        }
        if b == UInt8(ascii: ".") {
            i += 1
            b = try byte(at: &i)
            guard let d0 = b, d0 >= 0x30, d0 <= 0x39 else {
                reader.pos = i
                throw fail("expected a digit after the decimal point, found \(describe(b))")
            }
            while let d = b, d >= 0x30, d <= 0x39 {
                if significant < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(d &- 0x30)
                    if mantissa != 0 { significant += 1 }
                    exponent -= 1
                } else if d != 0x30 {
                    exact = false
                }
                i += 1
                b = try byte(at: &i)
            }
        }
        if b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
            i += 1
            b = try byte(at: &i)
            var expNegative = false
            if b == UInt8(ascii: "+") || b == UInt8(ascii: "-") {
                expNegative = b == UInt8(ascii: "-")
                i += 1
                b = try byte(at: &i)
            }
            guard let d0 = b, d0 >= 0x30, d0 <= 0x39 else {
                reader.pos = i
                throw fail("expected a digit in the exponent, found \(describe(b))")
            }
            var e = 0
            while let d = b, d >= 0x30, d <= 0x39 {
                if e < 100_000 { e = e * 10 + Int(d - 0x30) }
                i += 1
                b = try byte(at: &i)
            }
            exponent += expNegative ? -e : e
        }
        let start = reader.pos
        reader.pos = i
        if exact && mantissa < (1 << 53) && exponent >= -22 && exponent <= 22 {
            let m = Double(mantissa)
            let v = exponent < 0 ? m / Self.powersOfTen[-exponent] : m * Self.powersOfTen[exponent]
            return negative ? -v : v
        }
        // Slow path: strtod on the number's bytes, which lie contiguous in the buffer.
        let count = i - start
        var text = [CChar](repeating: 0, count: count + 1)
        for k in 0..<count { text[k] = CChar(bitPattern: reader.buffer[start + k]) }
        let v = strtod(text, nil)
        guard v.isFinite else { throw fail("number out of range for a double") }
        return v
    }

    static let powersOfTen: [Double] = (0...22).map { (e: Int) -> Double in
        var v = 1.0
        for _ in 0..<e { v *= 10 }
        return v
    }

    /// Parses a JSON string at the current position (which must be a quote).
    func parseString() throws(ParseFailure) -> String {
        guard try peek() == UInt8(ascii: "\"") else { throw fail("expected a string, found \(describe(try peek()))") }
        reader.pos += 1
        var i = reader.pos
        // Fast path: no escapes before the closing quote.
        while true {
            guard let b = try byte(at: &i) else {
                reader.pos = i
                throw fail("unterminated string")
            }
            if b == UInt8(ascii: "\"") {
                let s = try makeString(UnsafeBufferPointer(start: reader.buffer + reader.pos, count: i - reader.pos))
                reader.pos = i + 1
                return s
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 {
                reader.pos = i
                throw fail("control character in string (must be escaped)")
            }
            i += 1
        }
        // Slow path with escapes.
        var bytes = Array(UnsafeBufferPointer(start: reader.buffer + reader.pos, count: i - reader.pos))
        reader.pos = i
        while true {
            // Plain bytes already in the buffer go in one copy; only escapes, the closing quote,
            // control characters and a refill take the byte-by-byte path below.
            var j = reader.pos
            while j < reader.end {
                let c = reader.buffer[j]
                if c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") || c < 0x20 { break }
                j += 1
            }
            if j > reader.pos {
                bytes.append(contentsOf: UnsafeBufferPointer(start: reader.buffer + reader.pos, count: j - reader.pos))
                reader.pos = j
            }
            guard let b = try peek() else { throw fail("unterminated string") }
            reader.pos += 1
            switch b {
            case UInt8(ascii: "\""):
                return try makeString(bytes)
            case UInt8(ascii: "\\"):
                guard let e = try peek() else { throw fail("unterminated escape") }
                reader.pos += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(e)
                case UInt8(ascii: "b"): bytes.append(0x08)
                case UInt8(ascii: "f"): bytes.append(0x0C)
                case UInt8(ascii: "n"): bytes.append(0x0A)
                case UInt8(ascii: "r"): bytes.append(0x0D)
                case UInt8(ascii: "t"): bytes.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if scalar >= 0xD800 && scalar < 0xDC00 {
                        guard try peek() == UInt8(ascii: "\\") else { throw fail("unpaired surrogate in \\u escape") }
                        reader.pos += 1
                        guard try peek() == UInt8(ascii: "u") else { throw fail("unpaired surrogate in \\u escape") }
                        reader.pos += 1
                        let low = try hex4()
                        guard low >= 0xDC00 && low < 0xE000 else { throw fail("invalid low surrogate in \\u escape") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if scalar >= 0xDC00 && scalar < 0xE000 {
                        throw fail("unpaired surrogate in \\u escape")
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw fail("invalid \\u escape") }
                    bytes.append(contentsOf: Array(String(Character(u)).utf8))
                default:
                    throw fail("invalid escape \\\(Character(Unicode.Scalar(e)))")
                }
            default:
                if b < 0x20 { throw fail("control character in string (must be escaped)") }
                bytes.append(b)
            }
        }
    }

    private func hex4() throws(ParseFailure) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let h = try peek() else { throw fail("unterminated \\u escape") }
            let d: UInt32
            switch h {
            case 0x30...0x39: d = UInt32(h - 0x30)
            case 0x41...0x46: d = UInt32(h - 0x41 + 10)
            case 0x61...0x66: d = UInt32(h - 0x61 + 10)
            default: throw fail("invalid hex digit in \\u escape")
            }
            v = v * 16 + d
            reader.pos += 1
        }
        return v
    }

    private func makeString<C: Collection<UInt8>>(_ bytes: C) throws(ParseFailure) -> String {
        guard let s = String(validating: bytes, as: UTF8.self) else { throw fail("string is not valid UTF-8") }
        return s
    }

    // MARK: - Generic values

    /// Parses any JSON value.
    func parseValue() throws(ParseFailure) -> JSONValue {
        let b = try skipWhitespace()
        switch b {
        case UInt8(ascii: "{"): return .object(try parseObject())
        case UInt8(ascii: "["):
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maxDepth else { throw fail("nesting deeper than \(Self.maxDepth)") }
            reader.pos += 1
            var items: [JSONValue] = []
            if try skipWhitespace() == UInt8(ascii: "]") {
                reader.pos += 1
                return .array(items)
            }
            while true {
                do { items.append(try parseValue()) } catch { throw error.within("[\(items.count)]") }
                let c = try skipWhitespace()
                reader.pos += 1
                if c == UInt8(ascii: "]") { return .array(items) }
                guard c == UInt8(ascii: ",") else {
                    reader.pos -= 1
                    throw fail("expected ',' or ']' in array, found \(describe(c))")
                }
            }
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case .some(let c) where c == UInt8(ascii: "-") || (c >= 0x30 && c <= 0x39):
            return .number(try parseNumber())
        default:
            throw fail("expected a JSON value, found \(describe(b))")
        }
    }

    func literal(_ word: StaticString) throws(ParseFailure) {
        var i = reader.pos
        for k in 0..<word.utf8CodeUnitCount {
            guard try byte(at: &i) == word.utf8Start[k] else {
                reader.pos = i
                throw fail("invalid literal (expected \(word))")
            }
            i += 1
        }
        reader.pos = i
    }

    /// Parses an object generically, members in order (a repeated key replaces the earlier value).
    func parseObject() throws(ParseFailure) -> JSONObject {
        var object = JSONObject()
        try forEachMember { (key) throws(ParseFailure) in
            object[key] = try parseValue()
        }
        return object
    }

    /// Iterates an object's members; `body` must consume the value. Path components are added.
    func forEachMember(_ body: (String) throws(ParseFailure) -> Void) throws(ParseFailure) {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw fail("nesting deeper than \(Self.maxDepth)") }
        try expect(UInt8(ascii: "{"), "'{'")
        if try skipWhitespace() == UInt8(ascii: "}") {
            reader.pos += 1
            return
        }
        while true {
            guard try skipWhitespace() == UInt8(ascii: "\"") else {
                throw fail("expected a member name in quotes, found \(describe(try peek()))")
            }
            let key = try parseString()
            try expect(UInt8(ascii: ":"), "':' after member name")
            _ = try skipWhitespace()
            do { try body(key) } catch { throw error.within(key) }
            let c = try skipWhitespace()
            reader.pos += 1
            if c == UInt8(ascii: "}") { return }
            guard c == UInt8(ascii: ",") else {
                reader.pos -= 1
                throw fail("expected ',' or '}' in object, found \(describe(c))")
            }
        }
    }

    // MARK: - Coordinates

    /// Parses a `coordinates` value into typed arrays by its nesting depth.
    func parseCoordinates() throws(ParseFailure) -> ParsedCoordinates {
        guard try skipWhitespace() == UInt8(ascii: "[") else { throw fail("coordinates must be an array, found \(describe(try peek()))") }
        // Look ahead: count '[' before the first number.
        var i = reader.pos
        var levels = 0
        while let b = try byte(at: &i) {
            if b == UInt8(ascii: "[") { levels += 1 } else if b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09 { break }
            i += 1
        }
        let next = try byte(at: &i)
        if next == UInt8(ascii: "]") || levels > 4 { return .generic(try parseValue()) }
        switch levels {
        case 1: return .position(try parsePosition())
        case 2: return .positions(try parsePositions())
        case 3: return .rings(try parseList { () throws(ParseFailure) in try parsePositions() })
        default: return .polygons(try parseList { () throws(ParseFailure) in try parseList { () throws(ParseFailure) in try parsePositions() } })
        }
    }

    @inline(__always)
    func parseList<T>(_ element: () throws(ParseFailure) -> T) throws(ParseFailure) -> [T] {
        try expect(UInt8(ascii: "["), "'['")
        var out: [T] = []
        if try skipWhitespace() == UInt8(ascii: "]") {
            reader.pos += 1
            return out
        }
        while true {
            do { out.append(try element()) } catch { throw error.within("[\(out.count)]") }
            let c = try skipWhitespace()
            reader.pos += 1
            if c == UInt8(ascii: "]") { return out }
            guard c == UInt8(ascii: ",") else {
                reader.pos -= 1
                throw fail("expected ',' or ']', found \(describe(c))")
            }
        }
    }

    func parsePositions() throws(ParseFailure) -> [Coordinate] {
        try parseList { () throws(ParseFailure) in try parsePosition() }
    }

    /// Parses `[lon, lat]` or `[lon, lat, alt]` (further elements are read and dropped).
    @inline(__always)
    func parsePosition() throws(ParseFailure) -> Coordinate {
        try expect(UInt8(ascii: "["), "'[' to start a position")
        var values: (Double, Double, Double) = (0, 0, 0)
        var n = 0
        if try skipWhitespace() == UInt8(ascii: "]") {
            throw fail("a position needs at least 2 numbers, found 0")
        }
        while true {
            let v: Double
            do { v = try parseNumber() } catch { throw error.within("[\(n)]") }
            switch n {
            case 0: values.0 = v
            case 1: values.1 = v
            case 2: values.2 = v
            default: break
            }
            n += 1
            let c = try skipWhitespace()
            reader.pos += 1
            if c == UInt8(ascii: "]") { break }
            guard c == UInt8(ascii: ",") else {
                reader.pos -= 1
                throw fail("expected ',' or ']' in position, found \(describe(c))")
            }
            _ = try skipWhitespace()
        }
        guard n >= 2 else { throw fail("a position needs at least 2 numbers, found \(n)") }
        return Coordinate(longitude: values.0, latitude: values.1, altitude: n >= 3 ? values.2 : nil)
    }
}
